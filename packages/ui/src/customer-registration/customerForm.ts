import type { CustomerCreateRequest } from '@dinie-embed/api';
import {
  type DinieApiFieldError,
  normalizeCnpj,
  normalizeCpf,
  normalizePhone,
  validateCnpj,
  validateCpf,
  validatePhone,
} from '@dinie-embed/api';

/** The fields of the registration form, in the order they are shown. */
export const REGISTRATION_FIELDS = ['cpf', 'name', 'email', 'phone', 'cnpj', 'tradingName'] as const;

/** One field of the registration form. */
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

/** What the borrower typed, masked as shown. */
export type RegistrationValues = Record<RegistrationField, string>;

/** Whether the company fields are asked for, and whether the CNPJ must be given. */
export type CompanyFields = 'required' | 'optional' | 'hidden';

/** Field errors as codes; the component puts them in words. */
export type RegistrationErrors = Partial<Record<RegistrationField, string>>;

export const EMPTY_VALUES: RegistrationValues = {
  cpf: '',
  name: '',
  email: '',
  phone: '',
  cnpj: '',
  tradingName: '',
};

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** The code of the first rule `value` breaks, or `null`. Codes of `@dinie-embed/api` where it has them. */
export function validateField(
  field: RegistrationField,
  value: string,
  company: CompanyFields,
): string | null {
  const text = value.trim();
  switch (field) {
    case 'cpf':
      return validateCpf(text)?.code ?? null;
    case 'name':
      if (text === '') return 'required';
      return text.split(/\s+/).length < 2 ? 'too_short' : null;
    case 'email':
      if (text === '') return 'required';
      return EMAIL.test(text) ? null : 'invalid';
    case 'phone': {
      const issue = validatePhone(text, { accept: ['mobile'] });
      if (issue === null) return null;
      // The API takes mobiles only; a valid landline gets its own words, not "wrong length".
      return validatePhone(text) === null ? 'landline' : issue.code;
    }
    case 'cnpj':
      if (company === 'hidden' || (company === 'optional' && text === '')) return null;
      return validateCnpj(text)?.code ?? null;
    case 'tradingName':
      return null;
  }
}

/** Every field's error code, for a submit. */
export function validateAll(values: RegistrationValues, company: CompanyFields): RegistrationErrors {
  const errors: RegistrationErrors = {};
  for (const field of REGISTRATION_FIELDS) {
    const code = validateField(field, values[field], company);
    if (code !== null) errors[field] = code;
  }
  return errors;
}

/** The request body for valid `values`: CPF, CNPJ and phone in their canonical forms. */
export function toCreateRequest(
  values: RegistrationValues,
  company: CompanyFields,
  externalId: string | undefined,
): CustomerCreateRequest {
  const request: CustomerCreateRequest = {
    cpf: normalizeCpf(values.cpf) ?? values.cpf,
    name: values.name.trim().replace(/\s+/g, ' '),
    email: values.email.trim(),
    phone: normalizePhone(values.phone) ?? values.phone,
  };
  if (company !== 'hidden' && values.cnpj.trim() !== '')
    request.cnpj = normalizeCnpj(values.cnpj) ?? values.cnpj;
  if (company !== 'hidden' && values.tradingName.trim() !== '')
    request.trading_name = values.tradingName.trim();
  if (externalId !== undefined) request.external_id = externalId;
  return request;
}

const FIELD_OF_PARAM: Record<string, RegistrationField | undefined> = {
  cpf: 'cpf',
  name: 'name',
  email: 'email',
  phone: 'phone',
  cnpj: 'cnpj',
  trading_name: 'tradingName',
};

/** Server codes meaning "missing", whatever their spelling. */
const REQUIRED_CODES = new Set(['required', 'missing_required_field', 'missing_field']);

/**
 * The server's per-field errors (`errors[]` of a 422, or its single `param`) as form errors.
 * A field code the form knows (`invalid_check_digits`) keeps its specific message; any other
 * becomes `invalid`. Params that are no field of the form are returned apart, for an alert.
 */
export function serverFieldErrors(
  errors: readonly DinieApiFieldError[],
  param: string | undefined,
): { fields: RegistrationErrors; unmatched: DinieApiFieldError[] } {
  const fields: RegistrationErrors = {};
  const unmatched: DinieApiFieldError[] = [];
  const all = errors.length > 0 ? errors : param ? [{ param, detail: '' }] : [];
  for (const error of all) {
    const field = FIELD_OF_PARAM[error.param];
    if (field === undefined) {
      unmatched.push(error);
      continue;
    }
    if (fields[field] !== undefined) continue;
    const code = error.code ?? 'invalid';
    fields[field] = REQUIRED_CODES.has(code) ? 'required' : code;
  }
  return { fields, unmatched };
}
