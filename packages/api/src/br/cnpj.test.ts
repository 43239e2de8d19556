import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCnpj, isValidCnpj, maskCnpjInput, normalizeCnpj, validateCnpj } from './cnpj.ts';

// Oracle: the 10-line reference validator of §4.4 of the credit-math notes, kept verbatim in spirit.
const val = (c: string) => c.charCodeAt(0) - 48;
const dv = (s: string, w: number[]) => {
  const r = [...s].reduce((a, c, k) => a + val(c) * (w[k] ?? 0), 0) % 11;
  return r < 2 ? 0 : 11 - r;
};
const W1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const W2 = [6, ...W1];
function oracleIsValidCnpj(input: string): boolean {
  const s = input.toUpperCase().replace(/[./\-\s]/g, '');
  if (!/^[0-9A-Z]{12}\d{2}$/.test(s) || /^(\d)\1{13}$/.test(s)) return false;
  const d1 = dv(s.slice(0, 12), W1);
  const d2 = dv(s.slice(0, 12) + d1, W2);
  return s.endsWith(`${d1}${d2}`);
}
const completeCnpj = (base: string) => {
  const d1 = dv(base, W1);
  return `${base}${d1}${dv(base + d1, W2)}`;
};

const base12 = fc.stringMatching(/^[0-9A-Z]{12}$/);

describe('validateCnpj', () => {
  it.each([
    '11.222.333/0001-81',
    '12.345.678/0001-95',
    '00.000.000/0001-91',
    '12.ABC.345/01DE-35',
    '12abc34501de35',
    'AA.345.678/0001-14',
    'AA.345.678/000A-29',
    '12.345.678/000A-08',
    'Q0.SLF.MBD/7VX4-39',
    'q0slfmbd7vx439',
    ' 12 ABC 345 01DE 35 ',
  ])('accepts %j', (cnpj) => {
    expect(validateCnpj(cnpj)).toBeNull();
    expect(isValidCnpj(cnpj)).toBe(true);
    expect(oracleIsValidCnpj(cnpj)).toBe(true);
  });

  it('reproduces the Receita Federal worked example: 12ABC34501DE → 3, 5', () => {
    expect(completeCnpj('12ABC34501DE')).toBe('12ABC34501DE35');
  });

  it.each([
    ['', 'required'],
    ['12.ABC.345/01DE-36', 'invalid_check_digits'],
    ['11.222.333/0001-82', 'invalid_check_digits'],
    ['00.000.000/0000-00', 'repeated_digits'],
    ['11.111.111/1111-11', 'repeated_digits'],
    ['12.ABC.345/01DE-3', 'invalid_length'],
    ['12.ABC.345/01DE-355', 'invalid_length'],
    ['12.ABC.345/01DE-3A', 'invalid_characters'],
    ['12.ABÇ.345/01DE-35', 'invalid_characters'],
    ['12_ABC_345_01DE_35', 'invalid_characters'],
  ] as const)('refuses %j with %s', (cnpj, code) => {
    expect(validateCnpj(cnpj)).toEqual({ code });
    expect(isValidCnpj(cnpj)).toBe(false);
  });

  it('accepts a repeated alphanumeric base that passes the checksum, since the RFB reserves none', () => {
    const cnpj = completeCnpj('AAAAAAAAAAAA');
    expect(isValidCnpj(cnpj)).toBe(oracleIsValidCnpj(cnpj));
    expect(isValidCnpj(cnpj)).toBe(true);
  });

  it('agrees with the oracle on random bases completed with their check digits', () => {
    fc.assert(
      fc.property(base12, (base) => {
        const cnpj = completeCnpj(base);
        expect(oracleIsValidCnpj(cnpj)).toBe(!/^(\d)\1{13}$/.test(cnpj));
        expect(isValidCnpj(cnpj)).toBe(oracleIsValidCnpj(cnpj));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the oracle, and refuses, when one check digit is changed', () => {
    fc.assert(
      fc.property(
        base12,
        fc.integer({ min: 12, max: 13 }),
        fc.integer({ min: 1, max: 9 }),
        (base, at, shift) => {
          const cnpj = completeCnpj(base);
          const digit = (Number(cnpj[at]) + shift) % 10;
          const wrong = `${cnpj.slice(0, at)}${digit}${cnpj.slice(at + 1)}`;
          expect(oracleIsValidCnpj(wrong)).toBe(false);
          expect(isValidCnpj(wrong)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with the oracle when one base character is changed', () => {
    fc.assert(
      fc.property(
        base12,
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
        (base, at, character) => {
          const cnpj = completeCnpj(base);
          const perturbed = `${cnpj.slice(0, at)}${character}${cnpj.slice(at + 1)}`;
          expect(isValidCnpj(perturbed)).toBe(oracleIsValidCnpj(perturbed));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with the oracle on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9A-Za-z./\- ]{10,20}$/)), (text) => {
        expect(isValidCnpj(text)).toBe(oracleIsValidCnpj(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeCnpj and formatCnpj', () => {
  it('normalizes to 14 upper-case characters', () => {
    expect(normalizeCnpj('12.abc.345/01de-35')).toBe('12ABC34501DE35');
    expect(normalizeCnpj('11.222.333/0001-81')).toBe('11222333000181');
    expect(normalizeCnpj('12.ABC.345/01DE-36')).toBeNull();
  });

  it('formats numeric and alphanumeric CNPJs', () => {
    expect(formatCnpj('12ABC34501DE35')).toBe('12.ABC.345/01DE-35');
    expect(formatCnpj('12abc34501de35')).toBe('12.ABC.345/01DE-35');
    expect(formatCnpj('Q0SLFMBD7VX439')).toBe('Q0.SLF.MBD/7VX4-39');
    expect(formatCnpj('00000000000191')).toBe('00.000.000/0001-91');
  });

  it('shows a value that is not a CNPJ as it is', () => {
    expect(formatCnpj('12ABC')).toBe('12ABC');
    expect(formatCnpj('12#ABC34501DE35')).toBe('12#ABC34501DE35');
  });
});

describe('maskCnpjInput', () => {
  it.each([
    ['', ''],
    ['1', '1'],
    ['12', '12'],
    ['12a', '12.A'],
    ['12abc345', '12.ABC.345'],
    ['12abc3450', '12.ABC.345/0'],
    ['12abc34501de', '12.ABC.345/01DE'],
    ['12abc34501de3', '12.ABC.345/01DE-3'],
    ['12abc34501de35', '12.ABC.345/01DE-35'],
    ['12abc34501de35999', '12.ABC.345/01DE-35'],
    ['12.ABC.345/01DE-35', '12.ABC.345/01DE-35'],
    ['12abc34501deXY35', '12.ABC.345/01DE-35'],
    ['12 abc-345/01de 35', '12.ABC.345/01DE-35'],
    ['12ÁBC', '12.BC'],
    ['ß12', '12'],
  ])('masks %j as %j', (text, masked) => {
    expect(maskCnpjInput(text)).toBe(masked);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(maskCnpjInput(maskCnpjInput(text))).toBe(maskCnpjInput(text));
      }),
    );
  });

  it('gives the same result whether text is typed into the masked field or pasted whole', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (typed, more) => {
        expect(maskCnpjInput(maskCnpjInput(typed) + more)).toBe(maskCnpjInput(typed + more));
      }),
    );
  });

  it('keeps letters only in the first 12 positions and digits in the last 2', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Za-z./\- ]{0,30}$/), (text) => {
        const compact = maskCnpjInput(text).replace(/[./-]/g, '');
        expect(compact).toMatch(/^[0-9A-Z]{0,12}\d{0,2}$/);
      }),
    );
  });

  it('never ends in a separator, so Backspace always removes a character', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{1,14}$/), (text) => {
        expect(maskCnpjInput(text)).toMatch(/[0-9A-Z]$/);
      }),
    );
  });

  it('ends in the display format for a complete CNPJ', () => {
    fc.assert(
      fc.property(base12, (base) => {
        const cnpj = completeCnpj(base);
        expect(maskCnpjInput(cnpj.toLowerCase())).toBe(formatCnpj(cnpj));
      }),
    );
  });
});
