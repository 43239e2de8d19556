import {
  normalizeCnpj,
  normalizeCpf,
  normalizePhone,
  type ValidationIssue,
  validateCnpj,
  validateCpf,
  validatePhone,
} from '../contract.ts';
import type { FieldReader } from '../http/FieldReader.ts';

const ISSUE_DETAILS: Record<ValidationIssue['code'], string> = {
  required: 'is empty',
  invalid_characters: 'has characters it can never hold',
  invalid_length: 'has the wrong number of digits',
  repeated_digits: 'repeats a single digit',
  invalid_check_digits: 'has check digits that do not match',
  invalid_country_code: 'is not a Brazilian (+55) number',
  invalid_ddd: 'has an area code (DDD) not in use',
  invalid_mobile_prefix: 'is a mobile number that does not start with 9',
  invalid_landline_prefix: 'is a landline number that does not start with 2 to 5',
};

const describe = (param: string, issue: ValidationIssue, label: string) =>
  `The ${param} field ${ISSUE_DETAILS[issue.code]}: not a valid ${label}.`;

function text(fields: FieldReader, param: string, required: boolean): string | undefined {
  const value = fields.raw(param, { required });
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    return fields.fail(param, 'invalid_type', `The ${param} field must be a string.`);
  if (value.length > 64) return fields.fail(param, 'too_long', `The ${param} field is far too long.`);
  return value;
}

/** A CPF with valid check digits, as 11 digits. */
export function readCpf(fields: FieldReader, param: string, required: boolean): string | undefined {
  const value = text(fields, param, required);
  if (value === undefined) return undefined;
  const issue = validateCpf(value);
  if (issue !== null) return fields.fail(param, 'invalid_cpf', describe(param, issue, 'CPF'));
  return normalizeCpf(value) ?? fields.fail(param, 'invalid_cpf', `The ${param} field is not a valid CPF.`);
}

/** A numeric or alphanumeric CNPJ with valid check digits, canonical; `null` when sent as null and allowed. */
export function readCnpj(
  fields: FieldReader,
  param: string,
  nullable: boolean,
  required = false,
): string | null | undefined {
  if (nullable && fields.has(param) && fields.raw(param, { nullable: true }) === null) return null;
  const value = text(fields, param, required);
  if (value === undefined) return undefined;
  const issue = validateCnpj(value);
  if (issue !== null) return fields.fail(param, 'invalid_cnpj', describe(param, issue, 'CNPJ'));
  return (
    normalizeCnpj(value) ?? fields.fail(param, 'invalid_cnpj', `The ${param} field is not a valid CNPJ.`)
  );
}

const EMAIL =
  /^[^\s@"(),:;<>[\\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** An e-mail address (a pragmatic check: one `@`, a dotted domain, no blanks), at most 254 characters. */
export function readEmail(fields: FieldReader, param: string, required = false): string | undefined {
  const value = fields.string(param, { maxLength: 254, required });
  if (value === undefined || value === null) return undefined;
  if (!EMAIL.test(value))
    return fields.fail(param, 'invalid_email', `The ${param} field is not a valid e-mail address.`);
  return value;
}

/** A Brazilian phone number, returned in E.164. */
export function readPhone(fields: FieldReader, param: string, required = false): string | undefined {
  const value = text(fields, param, required);
  if (value === undefined) return undefined;
  const issue = validatePhone(value);
  if (issue !== null) return fields.fail(param, 'invalid_phone', describe(param, issue, 'phone number'));
  return normalizePhone(value) ?? undefined;
}
