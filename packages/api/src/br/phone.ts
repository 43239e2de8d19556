import { formatPhone as formatPhoneDigits } from '@brazilian-utils/brazilian-utils/format-phone';
import { getAreaCodeInfo } from '@brazilian-utils/brazilian-utils/get-area-code-info';
import { isValidLandlinePhone } from '@brazilian-utils/brazilian-utils/is-valid-landline-phone';
import { isValidMobilePhone } from '@brazilian-utils/brazilian-utils/is-valid-mobile-phone';
import { applyMask } from './mask.ts';
import type { ValidationIssue } from './ValidationIssue.ts';

/** A geographic Brazilian number: mobile (DDD + 9 digits starting with 9) or landline (DDD + 8, starting 2–5). */
export type PhoneKind = 'mobile' | 'landline';

/** Options of {@link validatePhone}, {@link isValidPhone} and {@link normalizePhone}. */
export interface PhoneOptions {
  /** Which kinds of number the field takes (default both). */
  accept?: readonly PhoneKind[];
}

const COUNTRY_CODE = '55';
const MOBILE_LENGTH = 11;
const LANDLINE_LENGTH = 10;
const MOBILE_PATTERN = '(##) #####-####';
const LANDLINE_PATTERN = '(##) ####-####';
const PHONE_CHARACTERS = /^\+?[\d\s().-]*$/;
const BOTH: readonly PhoneKind[] = ['mobile', 'landline'];

/**
 * Strips the mask and the country code. The code is only taken off when the text says it is
 * international (`+55…`, `0055…`) or is too long to be national: a bare `55` is also the DDD of
 * Rio Grande do Sul's west.
 */
function nationalDigits(value: string): { digits: string; foreign: boolean } {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) {
    return digits.startsWith(COUNTRY_CODE)
      ? { digits: digits.slice(COUNTRY_CODE.length), foreign: false }
      : { digits, foreign: true };
  }
  if (digits.startsWith(`00${COUNTRY_CODE}`)) return { digits: digits.slice(4), foreign: false };
  if (!trimmed.startsWith('(') && digits.length > MOBILE_LENGTH && digits.startsWith(COUNTRY_CODE)) {
    return { digits: digits.slice(COUNTRY_CODE.length), foreign: false };
  }
  return { digits, foreign: false };
}

/**
 * Checks a Brazilian phone number in any usual shape (`(11) 98765-4321`, `11987654321`,
 * `+55 11 98765-4321`, `+5511987654321`) and returns the first rule it breaks, or `null` when it
 * is valid. Stricter than the library alone: a mobile must start with 9 (all have since the
 * "nono dígito" of 2016), a landline with 2–5, and the DDD must be one of the 67 in use.
 */
export function validatePhone(value: string, options: PhoneOptions = {}): ValidationIssue | null {
  if (value.trim() === '') return { code: 'required' };
  if (!PHONE_CHARACTERS.test(value.trim())) return { code: 'invalid_characters' };
  const { digits, foreign } = nationalDigits(value);
  if (foreign) return { code: 'invalid_country_code' };
  const accept = options.accept ?? BOTH;
  const kind =
    digits.length === MOBILE_LENGTH ? 'mobile' : digits.length === LANDLINE_LENGTH ? 'landline' : null;
  if (kind === null || !accept.includes(kind)) return { code: 'invalid_length' };
  if (getAreaCodeInfo(digits.slice(0, 2)) === null) return { code: 'invalid_ddd' };
  const first = digits.charAt(2);
  if (kind === 'mobile') {
    return first === '9' && isValidMobilePhone(digits, { version: 2 })
      ? null
      : { code: 'invalid_mobile_prefix' };
  }
  // 6–9 began the 8-digit mobiles of before 2016: most likely a mobile missing its ninth digit.
  if ('6789'.includes(first) && accept.includes('mobile')) return { code: 'invalid_length' };
  if (!'2345'.includes(first) || !isValidLandlinePhone(digits)) return { code: 'invalid_landline_prefix' };
  return null;
}

/** Whether `value` is a valid Brazilian phone number; see {@link validatePhone}. */
export function isValidPhone(value: string, options: PhoneOptions = {}): boolean {
  return validatePhone(value, options) === null;
}

/** The E.164 form of a valid number (`(11) 98765-4321` → `+5511987654321`), or `null` when invalid. */
export function normalizePhone(value: string, options: PhoneOptions = {}): string | null {
  return isValidPhone(value, options) ? `+${COUNTRY_CODE}${nationalDigits(value).digits}` : null;
}

/** Options of {@link formatPhone}. */
export interface FormatPhoneOptions {
  /** `national` (default) prints `(11) 98765-4321`; `international` prints `+55 11 98765-4321`. */
  style?: 'national' | 'international';
}

/**
 * The display form of a valid phone number, from any shape including E.164. An invalid value is
 * returned unchanged rather than mangled.
 */
export function formatPhone(value: string, options: FormatPhoneOptions = {}): string {
  if (!isValidPhone(value)) return value;
  const { digits } = nationalDigits(value);
  // The library's default mask reads no DDD and truncates; name the mask every time.
  return formatPhoneDigits(digits, { mask: options.style === 'international' ? 'international' : 'auto' });
}

/**
 * Input mask for a phone field: keeps the digits, drops a pasted `+55`, and lays them over
 * `(00) 00000-0000` when the number after the DDD starts with 9 (a mobile) or `(00) 0000-0000`
 * otherwise, so the grouping never jumps while a number is typed. Idempotent, so it can run on
 * every keystroke.
 */
export function maskPhoneInput(text: string): string {
  const { digits } = nationalDigits(text);
  const mobile = digits.charAt(2) === '9';
  const kept = digits.slice(0, mobile ? MOBILE_LENGTH : LANDLINE_LENGTH);
  return applyMask(kept, mobile ? MOBILE_PATTERN : LANDLINE_PATTERN);
}
