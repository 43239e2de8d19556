/**
 * When and how long to wait before trying a call again. The statuses and limits follow the
 * retry policy both official Dinie SDKs share, so a partner sees the same behaviour from us.
 */

/** Client errors worth another attempt: a request timeout and a rate limit. */
const RETRYABLE_CLIENT_STATUSES: ReadonlySet<number> = new Set([408, 429]);
/** The one server error that never goes away by itself: the server does not implement the call. */
const NOT_IMPLEMENTED = 501;

/** First backoff ceiling, doubled on every retry. */
export const BACKOFF_BASE_MS = 500;
/** Largest backoff ceiling. */
export const BACKOFF_CAP_MS = 8_000;
/** Longest wait a server's `Retry-After` can impose; a longer request is cut to this. */
export const RETRY_AFTER_CAP_MS = 60_000;

/**
 * Tells whether a response status is worth another attempt: 408, 429 and every 5xx but 501
 * (Not Implemented, which no retry can change).
 */
export function isRetryableStatus(status: number): boolean {
  if (RETRYABLE_CLIENT_STATUSES.has(status)) return true;
  return status >= 500 && status !== NOT_IMPLEMENTED;
}

/**
 * Tells whether an error answer is worth another attempt: a {@link isRetryableStatus} status, or a
 * `409 idempotency_key_in_use`, which means an earlier attempt with the same `Idempotency-Key`
 * (one that timed out on our side) is still running on the server; once it ends, the retry gets
 * its stored answer.
 */
export function isRetryableError(status: number, code: string | undefined): boolean {
  return isRetryableStatus(status) || (status === 409 && code === 'idempotency_key_in_use');
}

/**
 * Exponential backoff with full jitter: a uniform delay in `[0, min(cap, base · 2^retry))`.
 * Full jitter spreads clients that failed together instead of having them retry in step.
 *
 * @param retry - 0 for the first retry.
 * @param random - a source in `[0, 1)`.
 */
export function backoffDelayMs(retry: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/**
 * The wait before retry number `retry`: the server's request when it made one (capped at
 * {@link RETRY_AFTER_CAP_MS}), else {@link backoffDelayMs}.
 */
export function retryDelayMs(retry: number, retryAfter: number | undefined, random: () => number): number {
  if (retryAfter !== undefined) return Math.min(RETRY_AFTER_CAP_MS, Math.ceil(retryAfter * 1000));
  return backoffDelayMs(retry, random);
}
