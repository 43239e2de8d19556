/**
 * API dates (`due_date`, `first_due_date`…) are calendar dates, `YYYY-MM-DD`, with no time and no
 * zone. `new Date('2026-01-05')` reads them as UTC midnight, which São Paulo (UTC−03) shows as the
 * day before; so every function here does its arithmetic on UTC calendar fields and formats with
 * `timeZone: 'UTC'`, and the process's own time zone never enters.
 */

/** The IANA zone Dinie's business day runs on. */
export const SAO_PAULO_TIME_ZONE = 'America/Sao_Paulo';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whether `value` is an existing calendar date written `YYYY-MM-DD` (`2026-02-29` is not). */
export function isValidDate(value: string): boolean {
  return toUtcTime(value) !== null;
}

/** Options of {@link formatDate}. */
export interface FormatDateOptions {
  /** `Intl` date style; omitted, the locale's numeric date (`15/04/2026` in pt-BR). */
  dateStyle?: 'full' | 'long' | 'medium' | 'short';
}

/**
 * Formats a calendar date for display (`'2026-04-15'` → `15/04/2026` in pt-BR, `4/15/2026` in en-US),
 * always on the day written, whatever the time zone of the browser or server.
 *
 * @throws {RangeError} when `date` is not a valid `YYYY-MM-DD` date.
 */
export function formatDate(date: string, locale = 'pt-BR', options: FormatDateOptions = {}): string {
  const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return formatter.format(requireUtcTime(date));
}

/**
 * Formats an RFC 3339 timestamp (`'2026-03-04T10:00:00Z'`) as São Paulo wall-clock date and time
 * (`04/03/2026, 07:00` in pt-BR), the clock the borrower lives by.
 *
 * @throws {RangeError} when `timestamp` cannot be parsed.
 */
export function formatDateTime(timestamp: string, locale = 'pt-BR'): string {
  const time = Date.parse(timestamp);
  if (Number.isNaN(time))
    throw new RangeError(`Expected an RFC 3339 timestamp, got ${JSON.stringify(timestamp)}.`);
  const formatter = new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: SAO_PAULO_TIME_ZONE,
  });
  return formatter.format(time);
}

/** Today's calendar date in São Paulo, `YYYY-MM-DD`; pass `now` to pin the clock. */
export function todayInSaoPaulo(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: SAO_PAULO_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * Adds `months` calendar months (negative to go back). A day the target month lacks is clamped to
 * its last day: `2026-01-31` + 1 → `2026-02-28`, `2024-01-31` + 1 → `2024-02-29`.
 *
 * @throws {RangeError} when `date` is invalid or `months` is not an integer.
 */
export function addMonths(date: string, months: number): string {
  requireInteger(months, 'months');
  const start = new Date(requireUtcTime(date));
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(utcTime(year, month + 1, 0)).getUTCDate();
  return toCalendarDate(utcTime(year, month, Math.min(start.getUTCDate(), lastDay)));
}

/**
 * Adds `days` calendar days (negative to go back).
 *
 * @throws {RangeError} when `date` is invalid or `days` is not an integer.
 */
export function addDays(date: string, days: number): string {
  requireInteger(days, 'days');
  return toCalendarDate(requireUtcTime(date) + days * MS_PER_DAY);
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier), the count IOF and the CET use.
 *
 * @throws {RangeError} when either date is invalid.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((requireUtcTime(to) - requireUtcTime(from)) / MS_PER_DAY);
}

function toUtcTime(value: string): number | null {
  const match = CALENDAR_DATE.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  const time = utcTime(year, month, day);
  const check = new Date(time);
  return check.getUTCFullYear() === year && check.getUTCMonth() === month && check.getUTCDate() === day
    ? time
    : null;
}

function requireUtcTime(value: string): number {
  const time = toUtcTime(value);
  if (time === null)
    throw new RangeError(`Expected a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  return time;
}

/** `Date.UTC` maps years 0–99 to 1900–1999; `setUTCFullYear` takes the year as written. */
function utcTime(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

function toCalendarDate(time: number): string {
  const date = new Date(time);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function requireInteger(value: number, name: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`Expected an integer number of ${name}, got ${value}.`);
}
