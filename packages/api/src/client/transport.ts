import { DinieApiError, type DinieApiErrorInit } from '../DinieApiError.ts';
import { abortedError, invalidResponseError, tokenError } from './clientErrors.ts';
import type { ErrorResponseParts } from './errorFromResponse.ts';
import { newIdempotencyKey } from './idempotencyKey.ts';
import type { GetToken } from './RequestOptions.ts';
import { backoffDelayMs, isRetryableError, retryDelayMs } from './retryPolicy.ts';
import { sendAttempt } from './sendAttempt.ts';
import type { Sleep } from './sleep.ts';
import type { TransportRequest, TransportResponse } from './TransportRequest.ts';
import { buildUrl } from './url.ts';

/** Everything the transport needs, with every default already applied. */
export interface TransportConfig {
  baseUrl: string;
  getToken: GetToken;
  fetch: typeof fetch;
  /** True when the caller gave its own `fetch`: uploads must then go through it, never XHR. */
  customFetch: boolean;
  maxRetries: number;
  timeoutMs: number;
  headers: Readonly<Record<string, string>>;
  sleep: Sleep;
  random: () => number;
  now: () => number;
}

/** Sends one logical call, with its retries, and returns the parsed answer. */
export type Transport = <T>(request: TransportRequest) => Promise<TransportResponse<T>>;

/**
 * Creates the transport every resource method goes through. Per logical call it mints one
 * `Idempotency-Key` (POST) that every retry repeats, asks for a token before each attempt, answers
 * one `401` with a forced token refresh, and retries 408, 429, every 5xx but 501, a `409
 * idempotency_key_in_use` and network failures with backoff or the server's `Retry-After`, never
 * after the caller aborted.
 */
export function createTransport(config: TransportConfig): Transport {
  return async <T>(request: TransportRequest): Promise<TransportResponse<T>> => {
    const options = request.options ?? {};
    const callerSignal = options.signal;
    const url = buildUrl(config.baseUrl, request.path, request.query);
    const idempotencyKey =
      options.idempotencyKey ?? (request.method === 'POST' ? newIdempotencyKey() : undefined);
    let forceRefresh = false;
    let reauthenticated = false;
    let retries = 0;

    for (let attempt = 0; ; attempt++) {
      if (callerSignal?.aborted) throw abortedError(callerSignal.reason);
      const headers = new Headers({ accept: 'application/json' });
      for (const source of [config.headers, options.headers ?? {}]) {
        for (const [name, value] of Object.entries(source)) headers.set(name, value);
      }
      if (request.auth === 'bearer') {
        headers.set('authorization', `Bearer ${await token(config.getToken, forceRefresh, callerSignal)}`);
        forceRefresh = false;
      } else {
        headers.set('authorization', `Basic ${request.auth.basic}`);
      }
      if (idempotencyKey !== undefined) headers.set('idempotency-key', idempotencyKey);
      if (attempt > 0) headers.set('x-dinie-retry-count', String(attempt));

      const timeoutMs = options.timeoutMs ?? config.timeoutMs;
      const outcome = await sendAttempt({
        fetch: config.fetch,
        customFetch: config.customFetch,
        request,
        url,
        headers,
        timeoutMs,
      });
      let delayMs: number;
      if (outcome.kind === 'failure') {
        if (!outcome.retryable || retries >= config.maxRetries) throw outcome.error;
        delayMs = backoffDelayMs(retries, config.random);
      } else {
        const { response, bodyText } = outcome;
        if (response.ok) return success<T>(response, bodyText);
        if (response.status === 401 && request.auth === 'bearer' && !reauthenticated) {
          // A token can be revoked or expire early; one fresh token settles that, a second 401 is real.
          reauthenticated = true;
          forceRefresh = true;
          continue;
        }
        const error = await readError({
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
          bodyText,
          receivedAt: config.now(),
        });
        if (!isRetryableError(response.status, error.code) || retries >= config.maxRetries) throw error;
        delayMs = retryDelayMs(retries, error.retryAfter, config.random);
      }
      retries++;
      try {
        await config.sleep(delayMs, callerSignal);
      } catch (reason) {
        if (callerSignal?.aborted) throw abortedError(reason);
        throw reason;
      }
    }
  };
}

/**
 * The error of an HTTP error answer. Its parser, which also reads `Retry-After`, is loaded the
 * first time the API answers with an error, so the code that only ever sees successes does not
 * carry it; should that load fail, the error still says the status and the request id, and a
 * retry waits the backoff.
 */
async function readError(parts: ErrorResponseParts): Promise<DinieApiError> {
  let init: DinieApiErrorInit;
  try {
    const { errorInitFromResponse } = await import('./errorFromResponse.ts');
    init = errorInitFromResponse(parts);
  } catch {
    init = {
      status: parts.status,
      code: 'http_error',
      title: parts.statusText || `HTTP ${parts.status}`,
      requestId: parts.headers.get('x-request-id') ?? undefined,
    };
  }
  return new DinieApiError(init);
}

async function token(
  getToken: GetToken,
  forceRefresh: boolean,
  signal: AbortSignal | undefined,
): Promise<string> {
  let value: unknown;
  try {
    value = await getToken(signal === undefined ? { forceRefresh } : { forceRefresh, signal });
  } catch (error) {
    // A call rejects only with DinieApiError: the partner's own failure stays reachable as `cause`.
    if (signal?.aborted) throw abortedError(signal.reason);
    throw tokenError(`getToken failed: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  if (typeof value !== 'string' || value === '') {
    const detail = `getToken must resolve to a non-empty string, got ${describeValue(value)}.`;
    throw tokenError(detail, new TypeError(detail));
  }
  return value;
}

function describeValue(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value === 'object' ? 'an object' : String(value);
  }
}

function success<T>(response: Response, bodyText: string): TransportResponse<T> {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const base = { status: response.status, headers: response.headers, requestId };
  if (response.status === 204 || response.status === 205 || bodyText.trim() === '') {
    return { ...base, data: undefined as T };
  }
  try {
    return { ...base, data: JSON.parse(bodyText) as T };
  } catch (cause) {
    const detail = `The Dinie API answered ${response.status} with a body that is not JSON.`;
    throw invalidResponseError(response.status, detail, requestId, cause);
  }
}
