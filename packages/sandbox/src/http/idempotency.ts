import type { MiddlewareHandler } from 'hono';
import type { SandboxCore } from '../SandboxCore.ts';
import type { IdempotencyRecord } from '../state/records.ts';
import { queueIdempotencyExpiry } from '../state/SandboxState.ts';
import { ApiError } from './ApiError.ts';
import { fingerprintRequest } from './fingerprint.ts';
import type { SandboxEnv } from './SandboxEnv.ts';

const REPLAYED_HEADERS = ['content-type', 'location'];

/**
 * Drops stored responses older than the replay window, taken off a queue in the order they
 * expire: the cost is that of the records dropped, not of every record kept.
 */
export function purgeIdempotency(core: SandboxCore): void {
  const { idempotency, idempotencyExpiries } = core.state;
  for (const record of idempotencyExpiries.takeDue(core.clock.nowMs())) {
    // A key whose request failed, and was used again since, holds another record now.
    if (idempotency.get(record.scope) === record) idempotency.delete(record.scope);
  }
}

/**
 * `Idempotency-Key` (or `X-Idempotency-Key`) on POST: per credential, the first successful
 * response is stored and replayed with `Idempotent-Replayed: true` to any repeat with the same
 * method, path and body for 24 h of sandbox time. Another body is a 409 `idempotency_key_reused`;
 * a repeat while the first is still running a 409 `idempotency_key_in_use`. Only successes are
 * kept: a request that failed changed nothing, so repeating it runs it again.
 */
export function idempotency(core: SandboxCore): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST' || c.req.path.endsWith('/auth/token')) return next();
    const key = c.req.header('idempotency-key') ?? c.req.header('x-idempotency-key');
    if (key === undefined) return next();
    if (key.length === 0 || key.length > 255) {
      throw new ApiError(
        400,
        'invalid_idempotency_key',
        'Idempotency-Key must be 1 to 255 characters long.',
        {
          param: 'Idempotency-Key',
        },
      );
    }
    purgeIdempotency(core);
    const scope = `${c.get('credential').id} ${key}`;
    // The path without its API prefix: `/v3/…` and `/api/v3/…` name the same operation.
    const path = c.req.path.startsWith(c.env.prefix) ? c.req.path.slice(c.env.prefix.length) : c.req.path;
    const fingerprint = await fingerprintRequest(
      c.req.method,
      path,
      c.req.header('content-type') ?? null,
      c.get('rawBody'),
    );
    const existing = core.state.idempotency.get(scope);
    if (existing !== undefined) {
      if (existing.fingerprint !== fingerprint) {
        throw new ApiError(
          409,
          'idempotency_key_reused',
          'This Idempotency-Key was already used with another request.',
        );
      }
      if (existing.state === 'running') {
        throw new ApiError(
          409,
          'idempotency_key_in_use',
          'A request with this Idempotency-Key is still running.',
        );
      }
      const headers = new Headers(existing.headers);
      headers.set('idempotent-replayed', 'true');
      return new Response(existing.body, { status: existing.status, headers });
    }
    const record: IdempotencyRecord = {
      scope,
      fingerprint,
      state: 'running',
      status: 0,
      headers: [],
      body: '',
      createdAt: core.timestamp(),
    };
    core.state.idempotency.set(scope, record);
    try {
      await next();
    } catch (error) {
      core.state.idempotency.delete(scope);
      throw error;
    }
    const response = c.res;
    if (response.status < 200 || response.status >= 300) {
      core.state.idempotency.delete(scope);
      return;
    }
    record.state = 'done';
    record.status = response.status;
    record.headers = REPLAYED_HEADERS.flatMap((name) => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, value] as [string, string]];
    });
    record.body = await response.clone().text();
    queueIdempotencyExpiry(core.state, record);
    core.changed();
  };
}
