/**
 * Why a Brazilian field was refused, as a stable machine code. This package carries no copy:
 * forms translate the code into a message, and the sandbox and the proxy report it as is.
 *
 * - `required`: empty or only blanks.
 * - `invalid_characters`: a character the field can never hold (a letter in a CPF, a symbol…).
 * - `invalid_length`: the wrong number of digits or characters once the mask is removed; for a
 *   phone, also a 10-digit number starting 6–9 (a mobile missing its ninth digit) or a kind of
 *   number the field does not take.
 * - `repeated_digits`: one digit repeated (`111.111.111-11`); passes the checksum, yet never issued.
 * - `invalid_check_digits`: the check digits do not match.
 * - `invalid_country_code`: a phone number with an international prefix other than `+55`.
 * - `invalid_ddd`: a phone area code that Anatel has not allocated.
 * - `invalid_mobile_prefix`: an 11-digit number whose subscriber part does not start with 9.
 * - `invalid_landline_prefix`: a 10-digit number whose subscriber part does not start with 2–5.
 */
export type ValidationIssueCode =
  | 'required'
  | 'invalid_characters'
  | 'invalid_length'
  | 'repeated_digits'
  | 'invalid_check_digits'
  | 'invalid_country_code'
  | 'invalid_ddd'
  | 'invalid_mobile_prefix'
  | 'invalid_landline_prefix';

/** The first rule a value broke, from `validateCpf`, `validateCnpj` or `validatePhone`. */
export interface ValidationIssue {
  /** Machine code; see {@link ValidationIssueCode}. */
  readonly code: ValidationIssueCode;
}
