/**
 * Calendar-date arithmetic for the credit math. The arithmetic itself is the package's date
 * helpers (on UTC fields, so IOF and CET day counts never move with the server's time zone); this
 * adds a check that names the offending field.
 */
import { isValidDate } from '../dates.ts';

export { addDays, addMonths, daysBetween } from '../dates.ts';

/**
 * Asserts that `date` is an existing `YYYY-MM-DD` calendar date.
 *
 * @throws {RangeError} naming `field` when the date does not exist.
 */
export function requireDate(date: string, field = 'date'): void {
  if (!isValidDate(date))
    throw new RangeError(`${field} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}.`);
}
