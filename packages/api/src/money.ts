/**
 * Money on the wire is a decimal string of reais (`"25000.00"`); in code it is an integer number of
 * cents. Every conversion here goes through digit strings, never through float arithmetic, so a
 * value can cross the boundary any number of times without drifting by a cent.
 */

const WIRE_AMOUNT = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Converts a wire amount (`"25000.00"`, `"25000"`, `"25000.5"`, `"-1.00"`) to integer cents.
 *
 * @throws {TypeError} when the string is not a plain decimal with at most two decimals (exponents,
 * commas, signs other than a leading `-`, blanks and a third decimal are all refused).
 * @throws {RangeError} when the amount in cents exceeds `Number.MAX_SAFE_INTEGER`.
 */
export function toCents(amount: string): number {
  const match = WIRE_AMOUNT.exec(amount);
  if (match === null) {
    throw new TypeError(
      `Expected a decimal amount such as "25000.00" (digits, optional "." and up to 2 decimals), got ${JSON.stringify(amount)}.`,
    );
  }
  const [, sign = '', whole = '', fraction = ''] = match;
  const cents = Number(`${whole}${fraction.padEnd(2, '0')}`);
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`Amount ${amount} is too large to be held exactly in cents.`);
  }
  // `-0` would print as "-R$ 0,00"; a zero amount has no sign.
  return sign === '-' && cents !== 0 ? -cents : cents;
}

/**
 * Converts integer cents to the wire's decimal string, always with two decimals (`250000` →
 * `"2500.00"`, `-5` → `"-0.05"`).
 *
 * @throws {RangeError} when `cents` is not a safe integer.
 */
export function fromCents(cents: number): `${number}` {
  assertCents(cents);
  const digits = String(Math.abs(cents)).padStart(3, '0');
  const sign = cents < 0 ? '-' : '';
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}` as `${number}`;
}

/**
 * Formats cents as Brazilian reais for display (`250000` → `"R$ 2.500,00"` in pt-BR, with the
 * NO-BREAK SPACE U+00A0 that `Intl` puts after `R$`). Zero never carries a minus sign.
 *
 * @param locale - any BCP 47 locale; the currency stays BRL.
 * @throws {RangeError} when `cents` is not a safe integer.
 */
export function formatBRL(cents: number, locale = 'pt-BR'): string {
  // The decimal string keeps large amounts exact, where `cents / 100` would round in binary.
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'BRL' }).format(fromCents(cents));
}

const TYPED_AMOUNT = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{0,2}))?$/;

/**
 * Reads an amount a person typed in a pt-BR form field (`"25.000,00"`, `"R$ 1.234,5"`, `"1234"`)
 * and returns it in cents, or `null` when it is not an amount. `.` only groups thousands and must
 * group them correctly (`"25.5"` is refused rather than guessed), `,` starts the decimals.
 * Accepts what `formatBRL` prints in pt-BR, so a formatted value can be read back.
 */
export function parseBRLInput(text: string): number | null {
  const compact = text.replace(/[\s\u00A0\u202F]/g, '').replace(/^(-?)R\$/, '$1');
  const match = TYPED_AMOUNT.exec(compact);
  if (match === null) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  try {
    return toCents(`${sign}${whole.replaceAll('.', '')}.${fraction.padEnd(2, '0')}`);
  } catch {
    // Only the size check can fail here; an amount beyond safe cents is no amount for a form.
    return null;
  }
}

/** Options of {@link formatPercent}. */
export interface FormatPercentOptions {
  /** BCP 47 locale (default `'pt-BR'`). */
  locale?: string;
  /** Period the rate refers to, printed after the number: `a.m.` monthly, `a.a.` yearly. */
  suffix?: 'a.m.' | 'a.a.';
  /** Decimals to show (default 2, as rates and the CET are disclosed). */
  fractionDigits?: number;
}

/**
 * Formats a rate given in percent (`2.5` → `"2,50% a.m."`), the way interest rates and the CET are
 * written in Brazil.
 *
 * @throws {RangeError} when `percent` is not a finite number.
 */
export function formatPercent(percent: number, options: FormatPercentOptions = {}): string {
  if (!Number.isFinite(percent)) throw new RangeError(`Expected a finite percentage, got ${percent}.`);
  const { locale = 'pt-BR', suffix, fractionDigits = 2 } = options;
  const formatter = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    // A rate that rounds to zero reads "0,00%", never "-0,00%".
    signDisplay: 'negative',
  });
  const text = formatter.format(asFraction(percent));
  return suffix === undefined ? text : `${text} ${suffix}`;
}

/** Moves the decimal point in the literal, so `1.005` % rounds as written and not as its binary. */
function asFraction(percent: number): `${number}` | number {
  const literal = String(percent);
  return literal.includes('e') ? percent / 100 : (`${literal}e-2` as `${number}`);
}

function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`Expected integer cents within Number.MAX_SAFE_INTEGER, got ${cents}.`);
  }
}
