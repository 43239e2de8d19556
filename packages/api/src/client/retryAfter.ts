/*
 * The server's own answer to "when may I try again", read only from error answers: it is loaded
 * with the problem parser, so code that only ever sees successes does not carry it.
 */

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

function parseNonNegative(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}
