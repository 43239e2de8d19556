import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBRL, formatPercent, fromCents, parseBRLInput, toCents } from './money.ts';

const NBSP = '\u00A0';

describe('toCents', () => {
  it.each([
    ['25000.00', 2_500_000],
    ['25000', 2_500_000],
    ['25000.5', 2_500_050],
    ['-1.00', -100],
    ['0.01', 1],
    ['0.10', 10],
    ['007.00', 700],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %d cents', (wire, cents) => {
    expect(toCents(wire)).toBe(cents);
  });

  it('never returns -0', () => {
    expect(Object.is(toCents('-0.00'), 0)).toBe(true);
  });

  it.each([
    '',
    ' ',
    '1.005',
    '1e3',
    '1E3',
    '1,00',
    '25.000,00',
    '+1.00',
    '.5',
    '1.',
    '--1',
    'R$ 1',
    ' 1.00',
    'NaN',
    'Infinity',
    '0x10',
  ])('refuses %j', (wire) => {
    expect(() => toCents(wire)).toThrow(TypeError);
  });

  it('refuses amounts beyond safe integer cents', () => {
    expect(() => toCents('90071992547409.92')).toThrow(RangeError);
    expect(() => toCents('100000000000000000000')).toThrow(RangeError);
  });
});

describe('fromCents', () => {
  it.each([
    [2_500_000, '25000.00'],
    [1, '0.01'],
    [10, '0.10'],
    [0, '0.00'],
    [-0, '0.00'],
    [-5, '-0.05'],
    [-123_450, '-1234.50'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('writes %d cents as %j', (cents, wire) => {
    expect(fromCents(cents)).toBe(wire);
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])('refuses %d', (cents) => {
    expect(() => fromCents(cents)).toThrow(RangeError);
  });

  it('round-trips every safe integer through the wire string', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        expect(toCents(fromCents(cents))).toBe(cents === 0 ? 0 : cents);
      }),
    );
  });

  it('round-trips every wire string with two decimals', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }),
        fc.boolean(),
        (abs, negative) => {
          const digits = abs.toString().padStart(3, '0');
          const wire = `${negative && abs !== 0n ? '-' : ''}${BigInt(digits.slice(0, -2))}.${digits.slice(-2)}`;
          expect(fromCents(toCents(wire))).toBe(wire);
        },
      ),
    );
  });
});

describe('formatBRL', () => {
  it('writes reais with the NO-BREAK SPACE Intl puts after R$', () => {
    expect(formatBRL(2_500_000)).toBe(`R$${NBSP}25.000,00`);
    expect(formatBRL(2_500_000)).not.toBe('R$ 25.000,00');
  });

  it('puts the sign before the symbol', () => {
    expect(formatBRL(-123_450)).toBe(`-R$${NBSP}1.234,50`);
  });

  it('never prints a negative zero', () => {
    expect(formatBRL(-0)).toBe(`R$${NBSP}0,00`);
    expect(formatBRL(0)).toBe(`R$${NBSP}0,00`);
  });

  it('keeps large amounts exact to the cent', () => {
    expect(formatBRL(Number.MAX_SAFE_INTEGER)).toBe(`R$${NBSP}90.071.992.547.409,91`);
  });

  it('formats cents already rounded, so 1.005-style float traps cannot occur', () => {
    expect(formatBRL(101)).toBe(`R$${NBSP}1,01`);
    expect(formatBRL(2)).toBe(`R$${NBSP}0,02`);
  });

  it('follows the locale and keeps BRL', () => {
    expect(formatBRL(123_450, 'en-US')).toBe('R$1,234.50');
  });
});

describe('parseBRLInput', () => {
  it.each([
    ['25.000,00', 2_500_000],
    ['R$ 1.234,5', 123_450],
    ['1234', 123_400],
    ['1.234', 123_400],
    ['1234,56', 123_456],
    ['0,5', 50],
    ['12,', 1_200],
    [`R$${NBSP}25.000,00`, 2_500_000],
    ['R$25.000,00', 2_500_000],
    ['  1 234,00 ', 123_400],
    [`-R$${NBSP}1.234,50`, -123_450],
    ['1.000.000,00', 100_000_000],
  ])('reads %j as %d cents', (text, cents) => {
    expect(parseBRLInput(text)).toBe(cents);
  });

  it.each([
    '',
    '   ',
    'R$',
    'abc',
    '1,234',
    '25.5',
    '2.50',
    '1.2345,00',
    '1,2,3',
    '12.34.567',
    ',50',
    '1e3',
    '$ 10',
    '999999999999999999,00',
  ])('refuses %j', (text) => {
    expect(parseBRLInput(text)).toBeNull();
  });

  it('reads back whatever formatBRL prints in pt-BR', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        expect(parseBRLInput(formatBRL(cents))).toBe(cents === 0 ? 0 : cents);
      }),
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [2.5, { suffix: 'a.m.' }, '2,50% a.m.'],
    [34.4889, { suffix: 'a.a.' }, '34,49% a.a.'],
    [38.33, { suffix: 'a.a.' }, '38,33% a.a.'],
    [2.5, {}, '2,50%'],
    [2.5, { locale: 'en-US', suffix: 'a.m.' }, '2.50% a.m.'],
    [1.005, {}, '1,01%'],
    [0.95, { fractionDigits: 4 }, '0,9500%'],
    [-0, {}, '0,00%'],
    [-0.001, {}, '0,00%'],
    [1e-9, {}, '0,00%'],
    [1234.5, {}, '1.234,50%'],
  ] as const)('formats %d with %j as %j', (percent, options, text) => {
    expect(formatPercent(percent, options)).toBe(text);
  });

  it('refuses non-finite numbers', () => {
    expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
  });
});
