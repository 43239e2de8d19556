import { getAreaCodeInfo } from '@brazilian-utils/brazilian-utils/get-area-code-info';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPhone, isValidPhone, maskPhoneInput, normalizePhone, validatePhone } from './phone.ts';

/** §5.1 of the credit-math notes: the 67 DDDs in use. */
const DDDS = [
  ...[11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38],
  ...[41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69],
  ...[71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99],
];

describe('validatePhone', () => {
  it.each([
    '(11) 98765-4321',
    '11987654321',
    '+55 11 98765-4321',
    '+5511987654321',
    '005511987654321',
    '5511987654321',
    '(11) 3000-0000',
    '1130000000',
    '+55 11 3000-0000',
    '(55) 99876-5432',
    '55998765432',
    '(61) 2345-6789',
    '(99) 5999-0000',
    ' 11 98765.4321 ',
  ])('accepts %j', (phone) => {
    expect(validatePhone(phone)).toBeNull();
    expect(isValidPhone(phone)).toBe(true);
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['(11) 98765-432a', 'invalid_characters'],
    ['11 98765-4321 ramal 2', 'invalid_characters'],
    ['11+987654321', 'invalid_characters'],
    ['+1 415 555 0100', 'invalid_country_code'],
    ['+44 20 7946 0958', 'invalid_country_code'],
    ['(11) 3765-432', 'invalid_length'],
    ['98765-4321', 'invalid_length'],
    ['119876543210', 'invalid_length'],
    ['+55 11 98765-432', 'invalid_length'],
    ['(10) 98765-4321', 'invalid_ddd'],
    ['(20) 98765-4321', 'invalid_ddd'],
    ['(23) 3000-0000', 'invalid_ddd'],
    ['(01) 98765-4321', 'invalid_ddd'],
    ['(11) 88765-4321', 'invalid_mobile_prefix'],
    ['(11) 78765-4321', 'invalid_mobile_prefix'],
    ['(11) 68765-4321', 'invalid_mobile_prefix'],
    ['(11) 12345-6789', 'invalid_mobile_prefix'],
    ['(11) 6000-0000', 'invalid_length'],
    ['(11) 9000-0000', 'invalid_length'],
    ['(11) 8765-4321', 'invalid_length'],
    ['(11) 1000-0000', 'invalid_landline_prefix'],
    ['(11) 0000-0000', 'invalid_landline_prefix'],
  ] as const)('refuses %j with %s', (phone, code) => {
    expect(validatePhone(phone)).toEqual({ code });
    expect(isValidPhone(phone)).toBe(false);
  });

  it('takes only the kinds a field accepts', () => {
    expect(validatePhone('(11) 3000-0000', { accept: ['mobile'] })).toEqual({ code: 'invalid_length' });
    expect(validatePhone('(11) 98765-4321', { accept: ['mobile'] })).toBeNull();
    expect(validatePhone('(11) 98765-4321', { accept: ['landline'] })).toEqual({ code: 'invalid_length' });
    expect(normalizePhone('(11) 3000-0000', { accept: ['mobile'] })).toBeNull();
    expect(validatePhone('(11) 9000-0000', { accept: ['landline'] })).toEqual({
      code: 'invalid_landline_prefix',
    });
  });

  it('uses the same 67 DDDs as the reference list', () => {
    for (let ddd = 0; ddd <= 99; ddd += 1) {
      const code = String(ddd).padStart(2, '0');
      expect(getAreaCodeInfo(code) !== null, code).toBe(DDDS.includes(ddd));
      expect(isValidPhone(`(${code}) 98765-4321`), code).toBe(DDDS.includes(ddd));
    }
    expect(DDDS).toHaveLength(67);
  });

  it('accepts every mobile with a listed DDD and 9 first, and every landline starting 2–5', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DDDS),
        fc.stringMatching(/^\d{8}$/),
        fc.constantFrom('2', '3', '4', '5'),
        fc.stringMatching(/^\d{7}$/),
        (ddd, mobileRest, landlineFirst, landlineRest) => {
          expect(isValidPhone(`${ddd}9${mobileRest}`)).toBe(true);
          expect(isValidPhone(`${ddd}${landlineFirst}${landlineRest}`)).toBe(true);
        },
      ),
    );
  });
});

describe('normalizePhone and formatPhone', () => {
  it.each([
    ['(11) 98765-4321', '+5511987654321'],
    ['+55 11 98765-4321', '+5511987654321'],
    ['5511987654321', '+5511987654321'],
    ['(11) 3000-0000', '+551130000000'],
    ['(55) 99876-5432', '+5555998765432'],
    ['+5555998765432', '+5555998765432'],
  ])('normalizes %j to E.164 %j', (phone, e164) => {
    expect(normalizePhone(phone)).toBe(e164);
  });

  it('returns null for an invalid number', () => {
    expect(normalizePhone('(11) 88765-4321')).toBeNull();
  });

  it.each([
    ['11987654321', '(11) 98765-4321'],
    ['+5511987654321', '(11) 98765-4321'],
    ['1130000000', '(11) 3000-0000'],
    ['+5555998765432', '(55) 99876-5432'],
  ])('formats %j as %j', (phone, display) => {
    expect(formatPhone(phone)).toBe(display);
  });

  it('formats for foreign callers on request', () => {
    expect(formatPhone('+5511987654321', { style: 'international' })).toBe('+55 11 98765-4321');
    expect(formatPhone('1130000000', { style: 'international' })).toBe('+55 11 3000-0000');
  });

  it('does not truncate a number with a DDD, unlike the library default', () => {
    expect(formatPhone('11987654321')).not.toBe('11987-6543');
  });

  it('shows an invalid value as it is', () => {
    expect(formatPhone('12345')).toBe('12345');
    expect(formatPhone('+1 415 555 0100')).toBe('+1 415 555 0100');
  });

  it('round-trips E.164 through the display form', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DDDS), fc.stringMatching(/^9\d{8}$|^[2-5]\d{7}$/), (ddd, rest) => {
        const e164 = `+55${ddd}${rest}`;
        expect(normalizePhone(formatPhone(e164))).toBe(e164);
        expect(normalizePhone(formatPhone(e164, { style: 'international' }))).toBe(e164);
      }),
    );
  });
});

describe('maskPhoneInput', () => {
  it.each([
    ['', ''],
    ['1', '(1'],
    ['11', '(11'],
    ['119', '(11) 9'],
    ['1198765', '(11) 98765'],
    ['11987654', '(11) 98765-4'],
    ['1198765432', '(11) 98765-432'],
    ['11987654321', '(11) 98765-4321'],
    ['119876543210', '(11) 98765-4321'],
    ['113', '(11) 3'],
    ['1130000', '(11) 3000-0'],
    ['1130000000', '(11) 3000-0000'],
    ['11300000001', '(11) 3000-0000'],
    ['(11) 98765-4321', '(11) 98765-4321'],
    ['+55 11 98765-4321', '(11) 98765-4321'],
    ['+5511987654321', '(11) 98765-4321'],
    ['5511987654321', '(11) 98765-4321'],
    ['005511987654321', '(11) 98765-4321'],
    ['55998765432', '(55) 99876-5432'],
    ['(55) 99876-54321', '(55) 99876-5432'],
  ])('masks %j as %j', (text, masked) => {
    expect(maskPhoneInput(text)).toBe(masked);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\+?[\d ()-]{0,20}$/)), (text) => {
        expect(maskPhoneInput(maskPhoneInput(text))).toBe(maskPhoneInput(text));
      }),
    );
  });

  it('gives the same result whether digits are typed into the masked field one by one or pasted', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,14}$/), (digits) => {
        fc.pre(!digits.startsWith('55') || digits.length <= 11);
        const typed = [...digits].reduce((field, digit) => maskPhoneInput(field + digit), '');
        expect(typed).toBe(maskPhoneInput(digits));
      }),
    );
  });

  it('keeps typing a full DDD-55 number stable instead of reading 55 as the country code', () => {
    const typed = [...'559987654321'].reduce((field, digit) => maskPhoneInput(field + digit), '');
    expect(typed).toBe('(55) 99876-5432');
  });

  it('never ends in a separator, so Backspace always removes a digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,10}$/), (digits) => {
        expect(maskPhoneInput(digits)).toMatch(/\d$/);
      }),
    );
  });

  it('ends in the display format for a complete valid number', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DDDS), fc.stringMatching(/^9\d{8}$|^[2-5]\d{7}$/), (ddd, rest) => {
        expect(maskPhoneInput(`${ddd}${rest}`)).toBe(formatPhone(`${ddd}${rest}`));
        expect(maskPhoneInput(`+55${ddd}${rest}`)).toBe(formatPhone(`${ddd}${rest}`));
      }),
    );
  });
});
