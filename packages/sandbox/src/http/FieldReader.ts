import { MAX_INSTANT_MS } from '../clock.ts';
import { centsOf, isValidDate, toCents } from '../contract.ts';
import { type FieldError, validationFailed } from './ApiError.ts';
import type { JsonObject } from './parseJsonBody.ts';

const MONEY = /^\d{1,13}\.\d{2}$/;

/** How a field is read. */
export interface FieldRule {
  /** Absent (or `null` when not `nullable`) is a `missing_required_field`. */
  required?: boolean;
  /** `null` is a value of its own (returned as `null`). */
  nullable?: boolean;
}

/**
 * Reads the fields of a JSON body one by one, collecting every problem instead of stopping at
 * the first, so a 422 lists all offending fields at once. Unknown keys are never looked at: the
 * sandbox ignores them, as clients built for a newer contract may send more.
 */
export class FieldReader {
  readonly errors: FieldError[] = [];

  constructor(private readonly body: JsonObject) {}

  /** Whether the body carries `param` at all. */
  has(param: string): boolean {
    return Object.hasOwn(this.body, param);
  }

  /** Records a problem with `param`. */
  fail(param: string, code: string, detail: string): undefined {
    this.errors.push({ param, code, detail });
    return undefined;
  }

  /** Throws a 422 when any field failed. */
  done(): void {
    if (this.errors.length > 0) throw validationFailed(this.errors);
  }

  private present(param: string, rule: FieldRule): unknown {
    const value = Object.hasOwn(this.body, param) ? this.body[param] : undefined;
    if (value === undefined || (value === null && !rule.nullable)) {
      if (rule.required) this.fail(param, 'missing_required_field', `The ${param} field is required.`);
      else if (value === null) this.fail(param, 'invalid_type', `The ${param} field cannot be null.`);
      return undefined;
    }
    return value;
  }

  /** A string of 1..`maxLength` characters (after trimming, which is what is returned). */
  string(param: string, rule: FieldRule & { maxLength?: number } = {}): string | null | undefined {
    const value = this.present(param, rule);
    if (value === undefined || value === null) return value as null | undefined;
    if (typeof value !== 'string')
      return this.fail(param, 'invalid_type', `The ${param} field must be a string.`);
    const text = value.trim();
    if (text === '') return this.fail(param, 'invalid_value', `The ${param} field cannot be empty.`);
    const maxLength = rule.maxLength ?? 255;
    if (text.length > maxLength) {
      return this.fail(param, 'too_long', `The ${param} field takes at most ${maxLength} characters.`);
    }
    return text;
  }

  /** An integer within `min`..`max`. */
  integer(param: string, rule: FieldRule & { min: number; max: number }): number | null | undefined {
    const value = this.present(param, rule);
    if (value === undefined || value === null) return value as null | undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return this.fail(param, 'invalid_type', `The ${param} field must be an integer.`);
    }
    if (value < rule.min || value > rule.max) {
      return this.fail(
        param,
        'out_of_range',
        `The ${param} field must be between ${rule.min} and ${rule.max}.`,
      );
    }
    return value;
  }

  /**
   * An amount in reais, returned in cents: a string with exactly two decimals (`"25000.00"`, the
   * reference's spelling) or a JSON number with at most two (`25000`, `7997.34`, the SDKs').
   */
  money(param: string, rule: FieldRule = {}): number | undefined {
    const value = this.present(param, rule);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number') {
      try {
        if (value < 0) throw new TypeError('negative');
        return centsOf(value);
      } catch {
        return this.fail(
          param,
          'invalid_format',
          `The ${param} field must be an amount in reais with at most two decimals, such as 25000 or 7997.34.`,
        );
      }
    }
    if (typeof value !== 'string') {
      return this.fail(
        param,
        'invalid_type',
        `The ${param} field must be an amount such as "25000.00" (or the number 25000).`,
      );
    }
    if (!MONEY.test(value)) {
      return this.fail(
        param,
        'invalid_format',
        `The ${param} field must be an amount in reais with two decimals, such as "25000.00".`,
      );
    }
    return toCents(value);
  }

  /** A calendar date `YYYY-MM-DD`. */
  date(param: string, rule: FieldRule = {}): string | undefined {
    const value = this.present(param, rule);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string')
      return this.fail(param, 'invalid_type', `The ${param} field must be a string.`);
    if (!isValidDate(value)) {
      return this.fail(param, 'invalid_format', `The ${param} field must be a date written YYYY-MM-DD.`);
    }
    return value;
  }

  /**
   * An instant, returned in epoch ms: an RFC 3339 date-time with a zone (`2027-03-04T00:00:00Z`,
   * the reference's spelling) or integer Unix seconds (`1804118400`, the SDKs').
   */
  timestamp(param: string, rule: FieldRule = {}): number | null | undefined {
    const value = this.present(param, rule);
    if (value === undefined || value === null) return value as null | undefined;
    if (typeof value === 'number') {
      if (!Number.isInteger(value) || value < 0) {
        return this.fail(
          param,
          'invalid_format',
          `The ${param} field must be whole Unix seconds, such as 1804118400.`,
        );
      }
      if (value * 1000 > MAX_INSTANT_MS) {
        return this.fail(param, 'out_of_range', `The ${param} field must not be after 9999-12-31T23:59:59Z.`);
      }
      return value * 1000;
    }
    if (typeof value !== 'string')
      return this.fail(
        param,
        'invalid_type',
        `The ${param} field must be a date-time string or Unix seconds.`,
      );
    const time = parseRfc3339(value);
    if (time === null) {
      return this.fail(
        param,
        'invalid_format',
        `The ${param} field must be an existing RFC 3339 date-time with a zone, such as "2027-03-04T00:00:00Z".`,
      );
    }
    if (time > MAX_INSTANT_MS) {
      return this.fail(param, 'out_of_range', `The ${param} field must not be after 9999-12-31T23:59:59Z.`);
    }
    return time;
  }

  /** An id matching `pattern` (for example `^co_[0-9a-f]{32}$`). */
  id(param: string, pattern: RegExp, rule: FieldRule = {}): string | undefined {
    const value = this.present(param, rule);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string')
      return this.fail(param, 'invalid_type', `The ${param} field must be a string.`);
    if (!pattern.test(value)) {
      return this.fail(param, 'invalid_format', `The ${param} field is not a well-formed id.`);
    }
    return value;
  }

  /** One of `values`. */
  oneOf<T extends string>(param: string, values: readonly T[], rule: FieldRule = {}): T | undefined {
    const value = this.present(param, rule);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      return this.fail(param, 'invalid_value', `The ${param} field must be one of: ${values.join(', ')}.`);
    }
    return value as T;
  }

  /**
   * Which of two spellings of one field the body uses (the reference's and the SDKs', e.g.
   * `installments` and `installment_count`): the first of `names` present, else the first of
   * `names`, so a missing field is named in the caller's own dialect. Both present is a
   * `conflicting_fields` problem.
   */
  spelling(names: readonly [string, string]): string {
    const [first, second] = names;
    if (this.has(first) && this.has(second)) {
      this.fail(second, 'conflicting_fields', `Send ${first} or ${second}, not both: they are one field.`);
    }
    return this.has(second) && !this.has(first) ? second : first;
  }

  /** The raw value, for fields with rules of their own. */
  raw(param: string, rule: FieldRule = {}): unknown {
    return this.present(param, rule);
  }
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/i;

/**
 * An RFC 3339 date-time in epoch ms, or `null` when it is malformed or names a moment that does
 * not exist (February 30th, hour 24, minute 60): `Date.parse` would roll those forward.
 */
function parseRfc3339(value: string): number | null {
  const match = RFC3339.exec(value);
  if (match === null) return null;
  const [, date = '', hour, minute, second, , zoneHour = '00', zoneMinute = '00'] = match;
  if (!isValidDate(date)) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  if (Number(zoneHour) > 23 || Number(zoneMinute) > 59) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}
