import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import type { DinieProxyLogger } from './logger.ts';
import type { DinieEventContext } from './options.ts';
import { ProblemError } from './problem.ts';
import type { DedupeStore } from './stores/dedupeStore.ts';
import type { EventStore } from './stores/eventStore.ts';
import { StoreUnavailableError } from './stores/StoreUnavailableError.ts';
import { type DinieWebhookEvent, isDinieWebhookEvent } from './webhookEvent.ts';

/** Dinie and the Standard Webhooks libraries reject timestamps more than 5 minutes off. */
const TOLERANCE_SECONDS = 5 * 60;

/**
 * Verifies a Standard Webhooks delivery against one or several secrets (several while a
 * rotation is under way) and returns the event. Throws a 400 problem for missing headers or a
 * malformed body and a 401 problem for a stale timestamp or a signature no secret produced.
 */
export function createWebhookVerifier(
  secrets: readonly string[],
): (raw: Buffer, headers: Request['headers']) => DinieWebhookEvent {
  const verifiers = secrets.map((secret) => new Webhook(secret));
  return (raw, headers) => {
    const id = single(headers['webhook-id']);
    const timestamp = single(headers['webhook-timestamp']);
    const signature = single(headers['webhook-signature']);
    if (!id || !timestamp || !signature) {
      throw new ProblemError(
        400,
        'missing_webhook_headers',
        'webhook-id, webhook-timestamp and webhook-signature are required.',
      );
    }
    if (!/^\d{1,12}$/.test(timestamp)) {
      throw new ProblemError(400, 'invalid_webhook_timestamp', 'webhook-timestamp must be Unix seconds.', {
        param: 'webhook-timestamp',
      });
    }
    // Checked here as well as in the library so a stale delivery gets its own code.
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) {
      throw new ProblemError(
        401,
        'webhook_timestamp_out_of_tolerance',
        'webhook-timestamp is more than 5 minutes away from now.',
      );
    }
    const signed = { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature };
    const verified = verifiers.some((verifier) => {
      try {
        verifier.verify(raw, signed, { jsonParse: false });
        return true;
      } catch (error) {
        if (error instanceof WebhookVerificationError) return false;
        throw error;
      }
    });
    if (!verified)
      throw new ProblemError(401, 'invalid_webhook_signature', 'No webhook secret produced this signature.');

    let event: unknown;
    try {
      event = JSON.parse(raw.toString('utf8'));
    } catch {
      event = undefined;
    }
    if (!isDinieWebhookEvent(event)) {
      throw new ProblemError(
        400,
        'malformed_event',
        'The webhook body must be a JSON event with `type` and `data`.',
      );
    }
    return event;
  };
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Options of {@link webhookHandler}. */
export interface WebhookHandlerOptions {
  verify: (raw: Buffer, headers: Request['headers']) => DinieWebhookEvent;
  dedupe: DedupeStore;
  /** How long a webhook id is remembered; longer than Dinie's whole retry schedule. */
  dedupeTtlMs: number;
  /** How long a claim lasts before the delivery is confirmed; shorter than Dinie's first retry. */
  claimTtlMs: number;
  events: EventStore;
  borrowerOf: (event: DinieWebhookEvent) => Promise<string | null>;
  onEvent: ((event: DinieWebhookEvent, context: DinieEventContext) => void | Promise<void>) | undefined;
  log: DinieProxyLogger;
}

/**
 * `POST /webhooks` after a raw body parser: verify, dedupe by `webhook-id`, store the event for
 * its borrower (which fans it out to that borrower's SSE streams), then call `onEvent`. When
 * anything fails the id is released and the answer is an error, so Dinie delivers it again.
 */
export function webhookHandler(options: WebhookHandlerOptions): RequestHandler {
  return async (req: Request, res: Response, _next: NextFunction) => {
    if (!Buffer.isBuffer(req.body)) {
      if (req.body !== undefined) {
        options.log({
          level: 'error',
          msg: 'webhook body was already parsed by another middleware; mount createDinieProxy before express.json() (signatures cover the raw bytes)',
        });
        throw new ProblemError(500, 'internal_error', 'The webhook receiver is misconfigured.');
      }
      req.body = Buffer.alloc(0);
    }
    let event: DinieWebhookEvent;
    try {
      event = options.verify(req.body as Buffer, req.headers);
    } catch (error) {
      if (error instanceof ProblemError) {
        options.log({ level: 'warn', msg: 'webhook refused', code: error.code });
      }
      throw error;
    }
    const webhookId = single(req.headers['webhook-id']) as string;
    if (!(await options.dedupe.claim(webhookId, options.claimTtlMs))) {
      options.log({ level: 'info', msg: 'webhook already handled', webhook_id: webhookId, type: event.type });
      res.status(200).json({ received: true, duplicate: true });
      return;
    }
    try {
      const externalId = await options.borrowerOf(event);
      if (externalId !== null) await options.events.append(externalId, event);
      await options.onEvent?.(event, { externalId });
      await options.dedupe.confirm(webhookId, options.dedupeTtlMs);
    } catch (error) {
      // If the store itself is down the claim cannot be given back; it lapses after claimTtlMs.
      await options.dedupe.release(webhookId).catch(() => undefined);
      options.log({
        level: 'error',
        msg: 'webhook dispatch failed; Dinie will deliver it again',
        webhook_id: webhookId,
        type: event.type,
        error,
      });
      throw error instanceof ProblemError || error instanceof StoreUnavailableError
        ? error
        : new ProblemError(500, 'internal_error', 'The webhook could not be handled.', { cause: error });
    }
    options.log({ level: 'info', msg: 'webhook handled', webhook_id: webhookId, type: event.type });
    res.status(200).json({ received: true });
  };
}
