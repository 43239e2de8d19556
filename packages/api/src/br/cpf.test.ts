import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCpf, isValidCpf, maskCpfInput, normalizeCpf, validateCpf } from './cpf.ts';

/** §4.1 of the credit-math notes: mod 11, weights 10..2 then 11..2. */
function cpfCheckDigit(digits: string): number {
  const sum = [...digits].reduce((total, digit, k) => total + Number(digit) * (digits.length + 1 - k), 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}
function completeCpf(base: string): string {
  const first = cpfCheckDigit(base);
  return `${base}${first}${cpfCheckDigit(`${base}${first}`)}`;
}

describe('validateCpf', () => {
  it.each([
    '529.982.247-25',
    '111.444.777-35',
    '295.379.955-93',
    '123.456.789-09',
    '52998224725',
    ' 529 982 247 25 ',
  ])('accepts %j', (cpf) => {
    expect(validateCpf(cpf)).toBeNull();
    expect(isValidCpf(cpf)).toBe(true);
  });

  it('reproduces the worked example: 529.982.247 → check digits 2 and 5', () => {
    expect(completeCpf('529982247')).toBe('52998224725');
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['529.982.247-24', 'invalid_check_digits'],
    ['111.111.111-11', 'repeated_digits'],
    ['000.000.000-00', 'repeated_digits'],
    ['99999999999', 'repeated_digits'],
    ['abc52998224725', 'invalid_characters'],
    ['529.982.247-2X', 'invalid_characters'],
    ['５２９９８２２４７２５', 'invalid_characters'],
    ['529.982.247-2', 'invalid_length'],
    ['529.982.247-255', 'invalid_length'],
  ] as const)('refuses %j with %s', (cpf, code) => {
    expect(validateCpf(cpf)).toEqual({ code });
    expect(isValidCpf(cpf)).toBe(false);
  });

  it('accepts every base completed with its check digits, and refuses any other last digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), fc.integer({ min: 1, max: 9 }), (base, shift) => {
        fc.pre(!/^(\d)\1*$/.test(base));
        const cpf = completeCpf(base);
        expect(isValidCpf(cpf)).toBe(true);
        const wrong = `${cpf.slice(0, 10)}${(Number(cpf[10]) + shift) % 10}`;
        expect(validateCpf(wrong)).toEqual({ code: 'invalid_check_digits' });
      }),
    );
  });
});

describe('normalizeCpf and formatCpf', () => {
  it('normalizes to 11 digits', () => {
    expect(normalizeCpf('529.982.247-25')).toBe('52998224725');
    expect(normalizeCpf(' 529 982 247 25')).toBe('52998224725');
    expect(normalizeCpf('529.982.247-24')).toBeNull();
  });

  it('formats with the display mask', () => {
    expect(formatCpf('52998224725')).toBe('529.982.247-25');
    expect(formatCpf('529.982.247-25')).toBe('529.982.247-25');
    expect(formatCpf('01234567890')).toBe('012.345.678-90');
  });

  it('shows a value that is not a CPF as it is', () => {
    expect(formatCpf('1234')).toBe('1234');
    expect(formatCpf('abc52998224725')).toBe('abc52998224725');
  });
});

describe('maskCpfInput', () => {
  it.each([
    ['', ''],
    ['5', '5'],
    ['529', '529'],
    ['5299', '529.9'],
    ['529982', '529.982'],
    ['5299822', '529.982.2'],
    ['529982247', '529.982.247'],
    ['5299822472', '529.982.247-2'],
    ['52998224725', '529.982.247-25'],
    ['529982247251234', '529.982.247-25'],
    ['529.982.247-25', '529.982.247-25'],
    ['529 982 247 25', '529.982.247-25'],
    ['abc529x982', '529.982'],
  ])('masks %j as %j', (text, masked) => {
    expect(maskCpfInput(text)).toBe(masked);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(maskCpfInput(maskCpfInput(text))).toBe(maskCpfInput(text));
      }),
    );
  });

  it('gives the same result whether text is typed into the masked field or pasted whole', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (typed, more) => {
        expect(maskCpfInput(maskCpfInput(typed) + more)).toBe(maskCpfInput(typed + more));
      }),
    );
  });

  it('never ends in a separator, so Backspace always removes a digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,11}$/), (digits) => {
        const masked = maskCpfInput(digits);
        expect(masked).toMatch(/\d$/);
        expect(maskCpfInput(masked.slice(0, -1))).toBe(maskCpfInput(digits.slice(0, -1)));
      }),
    );
  });

  it('ends in the display format for a complete CPF', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (digits) => {
        expect(maskCpfInput(digits)).toBe(formatCpf(digits));
      }),
    );
  });
});
