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
 * Reads how long the server asked the client to wait, in seconds: `retry-after-ms` first, then
 * `Retry-After` as delta-seconds or an HTTP-date. `undefined` when absent or unreadable.
 *
 * @param now - the current time in epoch milliseconds, for HTTP-dates.
 */
export function retryAfterSeconds(headers: Headers, now: number): number | undefined {
  const milliseconds = parseNonNegative(headers.get('retry-after-ms'));
  if (milliseconds !== undefined) return milliseconds / 1000;

  const header = headers.get('retry-after')?.trim();
  if (header === undefined || header === '') return undefined;
  const seconds = parseNonNegative(header);
  if (seconds !== undefined) return seconds;
  // Every HTTP-date form starts with a day name; anything else `Date.parse` might still accept.
  const date = /^[A-Za-z]{3}/.test(header) ? Date.parse(header) : Number.NaN;
  // A date in the past means "now"; negative waits make no sense.
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/**
 * The wait before retry number `retry`: the server's request when it made one (capped at
 * {@link RETRY_AFTER_CAP_MS}), else {@link backoffDelayMs}.
 */
export function retryDelayMs(retry: number, retryAfter: number | undefined, random: () => number): number {
  if (retryAfter !== undefined) return Math.min(RETRY_AFTER_CAP_MS, Math.ceil(retryAfter * 1000));
  return backoffDelayMs(retry, random);
}

function parseNonNegative(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}
