import { fromCents, toCents } from '../money.ts';
import type { Money, Timestamp } from '../types.ts';
import type { SdkMoney, SdkTimestamp } from './sdkTypes.ts';

/*
 * The two scalar differences of the dialects. Money crosses through integer cents and digit
 * strings only: a JSON number is read through its shortest decimal spelling (what `JSON.parse`
 * produced it from), never multiplied, so 7997.34 is 799734 cents and back to 7997.34 exactly.
 */

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Integer cents of an amount in either dialect: a decimal string (`"25000.00"`) or a JSON number
 * (`25000`, `7997.34`).
 *
 * @throws {TypeError} when it is neither, is not finite, or has more than two decimals.
 */
export function centsOf(amount: Money | SdkMoney | string): number {
  if (typeof amount === 'number') {
    const spelled = String(amount);
    if (!Number.isFinite(amount) || !PLAIN_NUMBER.test(spelled)) {
      throw new TypeError(`Expected an amount in reais such as 25000 or 7997.34, got ${spelled}.`);
    }
    return toCents(spelled);
  }
  if (typeof amount !== 'string') {
    throw new TypeError(`Expected an amount in reais, got ${JSON.stringify(amount)}.`);
  }
  return toCents(amount);
}

/** An amount as the SDKs send it (`"7997.34"` → `7997.34`), through integer cents. */
export function moneyToSdk(amount: Money | SdkMoney): SdkMoney {
  return Number(fromCents(centsOf(amount)));
}

/** An amount as documented (`7997.34` → `"7997.34"`), through integer cents. */
export function moneyFromSdk(amount: Money | SdkMoney): Money {
  return fromCents(centsOf(amount));
}

/**
 * Epoch milliseconds of an instant in either dialect: an RFC 3339 string or integer Unix seconds.
 *
 * @throws {TypeError} when it is neither.
 */
export function instantMs(instant: Timestamp | SdkTimestamp): number {
  if (typeof instant === 'number') {
    if (!Number.isSafeInteger(instant)) {
      throw new TypeError(`Expected integer Unix seconds, got ${instant}.`);
    }
    return instant * 1000;
  }
  const ms = typeof instant === 'string' ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new TypeError(`Expected an RFC 3339 date-time or Unix seconds, got ${JSON.stringify(instant)}.`);
  }
  return ms;
}

/** An instant as the SDKs send it: whole Unix seconds (fractions of a second are dropped). */
export function timestampToSdk(instant: Timestamp | SdkTimestamp): SdkTimestamp {
  return Math.floor(instantMs(instant) / 1000);
}

/** An instant as documented: RFC 3339 in UTC to the second, `2026-03-04T10:00:00Z`. */
export function timestampFromSdk(instant: Timestamp | SdkTimestamp): Timestamp {
  return `${new Date(timestampToSdk(instant) * 1000).toISOString().slice(0, 19)}Z`;
}

/** `mapper(value)`, or `null` when the value is `null` (nullable money and instants). */
export function orNull<T, R>(value: T | null, mapper: (value: T) => R): R | null {
  return value === null ? null : mapper(value);
}
