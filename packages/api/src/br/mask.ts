/** The character of a mask pattern that stands for one significant character of the value. */
const SLOT = '#';

/**
 * Lays the significant characters of a field over a display pattern (`'###.###.###-##'`), for
 * input masks. A separator is written only once a character follows it, so the result never ends
 * in a separator: Backspace then always removes a real character instead of getting stuck on a
 * `.` that the mask puts straight back. Characters beyond the pattern's slots are dropped.
 *
 * @param significant - the characters to place, already filtered to what the field accepts.
 * @param pattern - `#` for each slot, anything else is a literal separator.
 */
export function applyMask(significant: string, pattern: string): string {
  let out = '';
  let next = 0;
  for (const symbol of pattern) {
    if (next >= significant.length) break;
    if (symbol === SLOT) {
      out += significant[next];
      next += 1;
    } else {
      out += symbol;
    }
  }
  return out;
}
