import { describe, expect, it } from 'vitest';
import { serverFieldErrors, toCreateRequest, validateAll, validateField } from './customerForm.ts';

describe('validateField', () => {
  it('uses the API package codes for CPF, CNPJ and phone', () => {
    expect(validateField('cpf', '111.111.111-11', 'optional')).toBe('repeated_digits');
    expect(validateField('cpf', '529.982.247-24', 'optional')).toBe('invalid_check_digits');
    expect(validateField('cnpj', '12.ABC.345/01DE-36', 'optional')).toBe('invalid_check_digits');
    expect(validateField('phone', '(11) 8765-4321', 'optional')).toBe('invalid_length');
    expect(validateField('phone', '(00) 98765-4321', 'optional')).toBe('invalid_ddd');
  });

  it('accepts an alphanumeric CNPJ typed in lower case', () => {
    expect(validateField('cnpj', '12.abc.345/01de-35', 'required')).toBeNull();
  });

  it('refuses a valid landline in words of its own, since the API takes mobiles only', () => {
    expect(validateField('phone', '(11) 3456-7890', 'optional')).toBe('landline');
  });

  it('leaves an empty CNPJ alone unless it is required', () => {
    expect(validateField('cnpj', '', 'optional')).toBeNull();
    expect(validateField('cnpj', '', 'hidden')).toBeNull();
    expect(validateField('cnpj', '', 'required')).toBe('required');
  });

  it('asks for first and last name', () => {
    expect(validateField('name', '  ', 'optional')).toBe('required');
    expect(validateField('name', 'Maria', 'optional')).toBe('too_short');
    expect(validateField('name', 'Maria Souza', 'optional')).toBeNull();
  });
});

describe('validateAll', () => {
  it('reports every field at once', () => {
    expect(
      Object.keys(
        validateAll({ cpf: '', name: '', email: '', phone: '', cnpj: '', tradingName: '' }, 'optional'),
      ),
    ).toEqual(['cpf', 'name', 'email', 'phone']);
  });
});

describe('toCreateRequest', () => {
  it('sends canonical CPF, CNPJ and E.164 phone, and no empty optional field', () => {
    const values = {
      cpf: '529.982.247-25',
      name: ' Maria   Souza ',
      email: ' maria@example.com ',
      phone: '(11) 98765-4321',
      cnpj: '12.abc.345/01de-35',
      tradingName: '',
    };
    expect(toCreateRequest(values, 'optional', undefined)).toEqual({
      cpf: '52998224725',
      name: 'Maria Souza',
      email: 'maria@example.com',
      phone: '+5511987654321',
      cnpj: '12ABC34501DE35',
    });
    expect(toCreateRequest(values, 'hidden', 'ref-1')).not.toHaveProperty('cnpj');
    expect(toCreateRequest(values, 'hidden', 'ref-1').external_id).toBe('ref-1');
  });
});

describe('serverFieldErrors', () => {
  it('maps params onto form fields and keeps codes the form knows', () => {
    const { fields, unmatched } = serverFieldErrors(
      [
        { param: 'cpf', detail: 'x', code: 'invalid_check_digits' },
        { param: 'trading_name', detail: 'x', code: 'too_long' },
        { param: 'email', detail: 'x', code: 'missing_required_field' },
        { param: 'birth_date', detail: 'x' },
      ],
      undefined,
    );
    expect(fields).toEqual({ cpf: 'invalid_check_digits', tradingName: 'too_long', email: 'required' });
    expect(unmatched).toEqual([{ param: 'birth_date', detail: 'x' }]);
  });

  it('falls back to the single param of a problem', () => {
    expect(serverFieldErrors([], 'phone').fields).toEqual({ phone: 'invalid' });
  });
});
