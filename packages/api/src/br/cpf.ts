import { formatCpf as formatCpfDigits } from '@brazilian-utils/brazilian-utils/format-cpf';
import { isValidCpf as hasValidCpfCheckDigits } from '@brazilian-utils/brazilian-utils/is-valid-cpf';
import { applyMask } from './mask.ts';
import type { ValidationIssue } from './ValidationIssue.ts';

const CPF_LENGTH = 11;
const CPF_PATTERN = '###.###.###-##';
/** Digits plus the separators people type or paste; anything else (a letter) is refused, not stripped. */
const CPF_CHARACTERS = /^[\d.\-/\s]*$/;

const digitsOf = (value: string) => value.replace(/\D/g, '');

/**
 * Checks a CPF typed, pasted or stored in any usual shape (`529.982.247-25`, `52998224725`,
 * `529 982 247 25`) and returns the first rule it breaks, or `null` when it is valid.
 * Letters are refused outright: silently dropping them would accept `abc52998224725`.
 */
export function validateCpf(value: string): ValidationIssue | null {
  if (value.trim() === '') return { code: 'required' };
  if (!CPF_CHARACTERS.test(value)) return { code: 'invalid_characters' };
  const digits = digitsOf(value);
  if (digits.length !== CPF_LENGTH) return { code: 'invalid_length' };
  if (/^(\d)\1*$/.test(digits)) return { code: 'repeated_digits' };
  if (!hasValidCpfCheckDigits(digits)) return { code: 'invalid_check_digits' };
  return null;
}

/** Whether `value` is a valid CPF in any usual shape; see {@link validateCpf}. */
export function isValidCpf(value: string): boolean {
  return validateCpf(value) === null;
}

/** The canonical 11 digits of a valid CPF (`529.982.247-25` → `52998224725`), or `null` when invalid. */
export function normalizeCpf(value: string): string | null {
  return isValidCpf(value) ? digitsOf(value) : null;
}

/**
 * The display mask of a CPF (`52998224725` → `529.982.247-25`). A value that is not 11 digits is
 * returned unchanged, so a bad stored value is shown as it is rather than mangled.
 */
export function formatCpf(value: string): string {
  const digits = digitsOf(value);
  return CPF_CHARACTERS.test(value) && digits.length === CPF_LENGTH ? formatCpfDigits(digits) : value;
}

/**
 * Input mask for a CPF field: keeps the digits of whatever was typed or pasted, at most 11, and
 * lays them over `000.000.000-00` as far as they go (`5299` → `529.9`). Idempotent, so it can run
 * on every keystroke.
 */
export function maskCpfInput(text: string): string {
  return applyMask(digitsOf(text).slice(0, CPF_LENGTH), CPF_PATTERN);
}
