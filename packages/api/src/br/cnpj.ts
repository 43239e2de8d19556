import { formatCnpj as formatCnpjCharacters } from '@brazilian-utils/brazilian-utils/format-cnpj';
import { isValidCnpj as hasValidCnpjCheckDigits } from '@brazilian-utils/brazilian-utils/is-valid-cnpj';
import { applyMask } from './mask.ts';
import type { ValidationIssue } from './ValidationIssue.ts';

const CNPJ_LENGTH = 14;
/** Root (8) and order (4) may hold letters since IN RFB 2.229/2024; the 2 check digits never do. */
const BASE_LENGTH = 12;
const CNPJ_PATTERN = '##.###.###/####-##';
const SEPARATORS = /[.\-/\s]/g;
const CNPJ_CHARACTERS = /^[0-9A-Za-z.\-/\s]*$/;
/** `version: 2` reads alphanumeric CNPJs too; the library's default is numeric only. */
const ALPHANUMERIC = { version: 2 } as const;

const compactOf = (value: string) => value.replace(SEPARATORS, '').toUpperCase();

/**
 * Checks a numeric or alphanumeric CNPJ in any usual shape (`12.ABC.345/01DE-35`,
 * `12abc34501de35`, `11.222.333/0001-81`) and returns the first rule it breaks, or `null` when it
 * is valid. Only the 14 all-equal numeric strings count as repeated: the Receita defines no
 * reserved alphanumeric values.
 */
export function validateCnpj(value: string): ValidationIssue | null {
  if (value.trim() === '') return { code: 'required' };
  if (!CNPJ_CHARACTERS.test(value)) return { code: 'invalid_characters' };
  const compact = compactOf(value);
  if (compact.length !== CNPJ_LENGTH) return { code: 'invalid_length' };
  if (!/^\d{2}$/.test(compact.slice(BASE_LENGTH))) return { code: 'invalid_characters' };
  if (/^(\d)\1*$/.test(compact)) return { code: 'repeated_digits' };
  if (!hasValidCnpjCheckDigits(compact, ALPHANUMERIC)) return { code: 'invalid_check_digits' };
  return null;
}

/** Whether `value` is a valid numeric or alphanumeric CNPJ; see {@link validateCnpj}. */
export function isValidCnpj(value: string): boolean {
  return validateCnpj(value) === null;
}

/**
 * The canonical 14 upper-case characters of a valid CNPJ (`12.abc.345/01de-35` →
 * `12ABC34501DE35`), or `null` when invalid. Store it as text: a number loses leading zeros.
 */
export function normalizeCnpj(value: string): string | null {
  return isValidCnpj(value) ? compactOf(value) : null;
}

/**
 * The display mask of a CNPJ (`12ABC34501DE35` → `12.ABC.345/01DE-35`). A value that is not 14
 * letters and digits is returned unchanged rather than mangled.
 */
export function formatCnpj(value: string): string {
  const compact = compactOf(value);
  return CNPJ_CHARACTERS.test(value) && compact.length === CNPJ_LENGTH
    ? formatCnpjCharacters(compact, ALPHANUMERIC)
    : value;
}

/**
 * Input mask for a CNPJ field: upper-cases, keeps letters and digits in the first 12 positions and
 * only digits in the last 2, at most 14, and lays them over `00.000.000/0000-00` as far as they
 * go. A character that cannot sit where it would land is skipped, so typing, deleting and pasting
 * formatted or bare text all converge on the same value. Pair it with a text keyboard and
 * auto-capitalisation: a numeric keyboard cannot type the alphanumeric CNPJs issued from July 2026.
 */
export function maskCnpjInput(text: string): string {
  let kept = '';
  for (const character of text) {
    if (kept.length === CNPJ_LENGTH) break;
    // Tested before upper-casing: `'ß'.toUpperCase()` is two letters, `'ı'` becomes an ASCII `I`.
    const allowed = kept.length < BASE_LENGTH ? /^[0-9A-Za-z]$/ : /^\d$/;
    if (allowed.test(character)) kept += character.toUpperCase();
  }
  return applyMask(kept, CNPJ_PATTERN);
}
