/**
 * Calendar-date arithmetic for the credit math, on UTC fields so that IOF and CET day counts never
 * move by one with the server's time zone. `@dinie-embed/api` has the public equivalents; these
 * stay private to `credit/` so the math has no dependency to wait for.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function utcTime(year: number, month: number, day: number): number {
  // `Date.UTC` would read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

function parse(date: string): number | null {
  const match = CALENDAR_DATE.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const time = utcTime(year, month, day);
  const check = new Date(time);
  return check.getUTCFullYear() === year && check.getUTCMonth() === month && check.getUTCDate() === day
    ? time
    : null;
}

function format(time: number): string {
  const date = new Date(time);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * The UTC timestamp of a `YYYY-MM-DD` calendar date.
 *
 * @throws {RangeError} naming `field` when the date does not exist.
 */
export function requireDate(date: string, field = 'date'): number {
  const time = parse(date);
  if (time === null)
    throw new RangeError(`${field} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}.`);
  return time;
}

/** Calendar days from `from` to `to`, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((requireDate(to) - requireDate(from)) / MS_PER_DAY);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return format(requireDate(date) + days * MS_PER_DAY);
}

/** `date` plus `months` calendar months, a day the target month lacks clamped to its last day. */
export function addMonths(date: string, months: number): string {
  const start = new Date(requireDate(date));
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(utcTime(year, month + 1, 0)).getUTCDate();
  return format(utcTime(year, month, Math.min(start.getUTCDate(), lastDay)));
}
