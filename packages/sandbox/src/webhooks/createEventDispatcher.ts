import { isAfter, toTimestamp } from '../clock.ts';
import {
  EVENT_TYPE_TO_SDK,
  type SdkEventContext,
  type WebhookEvent,
  type WebhookEventType,
  webhookEventToSdk,
} from '../contract.ts';
import type { IdFactory } from '../ids.ts';
import type { ResolvedOptions } from '../options.ts';
import type { Scheduler } from '../scheduler.ts';
import type { EventRecord, WebhookEndpointRecord } from '../state/records.ts';
import type { SandboxState } from '../state/SandboxState.ts';
import { subscribes } from './eventPatterns.ts';
import { signWebhook } from './signatures.ts';

/** The API version every event payload is shaped by. */
export const API_VERSION = '2026-03-01';

/** What the dispatcher needs from the sandbox. */
export interface DispatcherDeps {
  state: SandboxState;
  options: ResolvedOptions;
  newId: IdFactory;
  scheduler: Scheduler;
  /** Sandbox time in epoch ms. */
  nowMs: () => number;
  /** The customer and loan an event is about, as they are now, for its SDK-dialect form. */
  sdkContext: (data: Record<string, unknown>) => SdkEventContext;
}

/** Records an event and delivers it to every active endpoint subscribed to it. */
export type EmitEvent = (type: WebhookEventType, data: Record<string, unknown>) => EventRecord;

/**
 * Fans events out to webhook endpoints with Standard Webhooks signatures and retries. Attempts to
 * one endpoint go one at a time, in the order events happened, so a receiver sees `loan.signed`
 * before `loan.disbursing`; a failed attempt is retried later on its own and never holds the
 * queue. The endpoint is read again at each attempt: deleting or disabling it stops deliveries,
 * and a rotation signs retries with the secrets live at that moment.
 */
export function createEventDispatcher(deps: DispatcherDeps): EmitEvent {
  const { state, options, newId, scheduler } = deps;
  const queues = new Map<string, Promise<void>>();

  const enqueue = (endpointId: string, work: () => Promise<void>): Promise<void> => {
    const next = (queues.get(endpointId) ?? Promise.resolve()).then(work, work);
    queues.set(endpointId, next);
    void next.finally(() => {
      if (queues.get(endpointId) === next) queues.delete(endpointId);
    });
    return next;
  };

  const secretsOf = (endpoint: WebhookEndpointRecord): string[] => {
    const now = toTimestamp(deps.nowMs());
    return [
      endpoint.secret,
      ...endpoint.previousSecrets.filter((old) => isAfter(old.expiresAt, now)).map((old) => old.secret),
    ];
  };

  const attempt = async (endpointId: string, event: EventRecord, attemptNumber: number): Promise<void> => {
    const endpoint = state.webhookEndpoints.get(endpointId);
    if (endpoint === undefined || endpoint.status !== 'active') return;
    const docs = {
      id: event.id,
      type: event.type,
      api_version: API_VERSION,
      created_at: event.createdAt,
      timestamp: event.createdAt,
      delivery_id: newId('dlv_'),
      data: event.data,
    } as WebhookEvent;
    // An endpoint created by an SDK client gets the SDK's names, numbers and seconds.
    const body = JSON.stringify(
      endpoint.dialect === 'sdk' ? webhookEventToSdk(docs, deps.sdkContext(event.data)) : docs,
    );
    // Receivers compare this with their own clock, so it is wall time even when sandbox time has moved.
    const timestamp = Math.floor(options.now() / 1000);
    const signatures = await Promise.all(
      secretsOf(endpoint).map((secret) => signWebhook(secret, event.id, timestamp, body)),
    );
    let delivered = false;
    try {
      const response = await options.fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Dinie-Sandbox (api-version=2026-03-01)',
          'webhook-id': event.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signatures.join(' '),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.webhookTimeoutMs),
      });
      delivered = response.status >= 200 && response.status < 300;
      await response.arrayBuffer().catch(() => undefined);
    } catch {
      // Unreachable, refused, timed out: a failed attempt like any non-2xx answer.
    }
    const delay = options.webhookRetryDelaysMs[attemptNumber];
    if (!delivered && delay !== undefined) {
      scheduler.schedule(delay, () =>
        enqueue(endpointId, () => attempt(endpointId, event, attemptNumber + 1)),
      );
    }
  };

  return (type, data) => {
    const event: EventRecord = { id: newId('evt_'), type, createdAt: toTimestamp(deps.nowMs()), data };
    for (const endpoint of state.webhookEndpoints.values()) {
      if (endpoint.status !== 'active' || !subscribes(endpoint.events, type)) continue;
      // The two documented events the SDKs do not know (they throw on them) never reach them.
      if (endpoint.dialect === 'sdk' && EVENT_TYPE_TO_SDK[type] === null) continue;
      const endpointId = endpoint.id;
      scheduler.schedule(0, () => enqueue(endpointId, () => attempt(endpointId, event, 0)));
    }
    return event;
  };
}
