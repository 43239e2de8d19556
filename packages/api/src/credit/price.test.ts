import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amortizationShares, pricePayment, priceSchedule } from './price.ts';

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const rowsOf = (rows: ReturnType<typeof priceSchedule>) =>
  rows.map((row) => [row.installmentCents, row.interestCents, row.amortizationCents, row.balanceCents]);

describe('pricePayment and priceSchedule: standard periods (§1.3)', () => {
  it.each([
    ['P1', 300_000, 0.02, 6, 53_558, 53_557, 321_347, 21_347],
    ['P2', 1_000_000, 0.02, 12, 94_560, 94_555, 1_134_715, 134_715],
    ['P3', 2_500_000, 0.025, 6, 453_875, 453_875, 2_723_250, 223_250],
    ['P4', 4_000_000, 0.025, 12, 389_949, 389_942, 4_679_381, 679_381],
    ['P5', 100_000, 0.0095, 5, 20_574, 20_572, 102_868, 2_868],
  ])('%s', (_id, principal, rate, count, payment, last, total, interest) => {
    expect(pricePayment(principal, rate, count)).toBe(payment);
    const rows = priceSchedule(principal, { method: 'M', monthlyRate: rate, installmentCount: count });
    expect(rows).toHaveLength(count);
    expect(rows[0]?.installmentCents).toBe(payment);
    expect(rows.at(-1)?.installmentCents).toBe(last);
    expect(sum(rows.map((row) => row.installmentCents))).toBe(total);
    expect(sum(rows.map((row) => row.interestCents))).toBe(interest);
  });

  it('P1 row by row', () => {
    const rows = priceSchedule(300_000, { method: 'M', monthlyRate: 0.02, installmentCount: 6 });
    expect(rowsOf(rows)).toEqual([
      [53_558, 6_000, 47_558, 252_442],
      [53_558, 5_049, 48_509, 203_933],
      [53_558, 4_079, 49_479, 154_454],
      [53_558, 3_089, 50_469, 103_985],
      [53_558, 2_080, 51_478, 52_507],
      [53_557, 1_050, 52_507, 0],
    ]);
  });

  it('P3 row by row', () => {
    const rows = priceSchedule(2_500_000, { method: 'M', monthlyRate: 0.025, installmentCount: 6 });
    expect(rowsOf(rows)).toEqual([
      [453_875, 62_500, 391_375, 2_108_625],
      [453_875, 52_716, 401_159, 1_707_466],
      [453_875, 42_687, 411_188, 1_296_278],
      [453_875, 32_407, 421_468, 874_810],
      [453_875, 21_870, 432_005, 442_805],
      [453_875, 11_070, 442_805, 0],
    ]);
  });

  it('P5 at the BCB FAQ rate, 12 % a.a. → 0.9489 % a.m., gives the FAQ’s 205.73', () => {
    expect(pricePayment(100_000, 1.12 ** (1 / 12) - 1, 5)).toBe(20_573);
  });

  it('a zero rate splits the principal evenly', () => {
    const rows = priceSchedule(100_000, { method: 'M', monthlyRate: 0, installmentCount: 3 });
    expect(rowsOf(rows)).toEqual([
      [33_333, 0, 33_333, 66_667],
      [33_333, 0, 33_333, 33_334],
      [33_334, 0, 33_334, 0],
    ]);
  });
});

describe('first due date not one month away (§1.4)', () => {
  // d0 2026-03-02, first due 2026-04-16 (45 days; x = 14 after 2026-04-02), then the 16th monthly.
  it('method M', () => {
    const rows = priceSchedule(1_000_000, {
      method: 'M',
      monthlyRate: 0.02,
      installmentCount: 6,
      firstPeriodExtraDays: 14,
    });
    expect(rowsOf(rows)).toEqual([
      [180_183, 29_470, 150_713, 849_287],
      [180_183, 16_986, 163_197, 686_090],
      [180_183, 13_722, 166_461, 519_629],
      [180_183, 10_393, 169_790, 349_839],
      [180_183, 6_997, 173_186, 176_653],
      [180_186, 3_533, 176_653, 0],
    ]);
  });

  it('method D', () => {
    const rows = priceSchedule(1_000_000, {
      method: 'D',
      monthlyRate: 0.02,
      periodDays: [45, 30, 31, 30, 31, 31],
    });
    expect(rowsOf(rows)).toEqual([
      [180_437, 30_150, 150_287, 849_713],
      [180_437, 16_994, 163_443, 686_270],
      [180_437, 14_188, 166_249, 520_021],
      [180_437, 10_400, 170_037, 349_984],
      [180_437, 7_235, 173_202, 176_782],
      [180_437, 3_655, 176_782, 0],
    ]);
  });

  it('method M with x = 0 is the textbook Price', () => {
    const plain = priceSchedule(1_000_000, { method: 'M', monthlyRate: 0.02, installmentCount: 12 });
    const explicit = priceSchedule(1_000_000, {
      method: 'M',
      monthlyRate: 0.02,
      installmentCount: 12,
      firstPeriodExtraDays: 0,
    });
    expect(explicit).toEqual(plain);
  });

  it('method D on 30-day periods is the textbook Price', () => {
    const monthly = priceSchedule(2_500_000, { method: 'M', monthlyRate: 0.025, installmentCount: 6 });
    const daily = priceSchedule(2_500_000, {
      method: 'D',
      monthlyRate: 0.025,
      periodDays: [30, 30, 30, 30, 30, 30],
    });
    expect(daily).toEqual(monthly);
  });
});

describe('amortizationShares', () => {
  it('are the textbook fractions i(1+i)^(k−1) / ((1+i)^n − 1)', () => {
    const shares = amortizationShares({ method: 'M', monthlyRate: 0.025, installmentCount: 6 });
    const expected = Array.from({ length: 6 }, (_, k) => (0.025 * 1.025 ** k) / (1.025 ** 6 - 1));
    shares.forEach((share, k) => {
      expect(share).toBeCloseTo(expected[k] ?? Number.NaN, 12);
    });
  });
});

const plans = fc.oneof(
  fc.record({
    method: fc.constant('M' as const),
    monthlyRate: fc.double({ min: 0, max: 0.15, noNaN: true }),
    installmentCount: fc.integer({ min: 1, max: 72 }),
    firstPeriodExtraDays: fc.integer({ min: -25, max: 60 }),
  }),
  fc.record({
    method: fc.constant('D' as const),
    monthlyRate: fc.double({ min: 0, max: 0.15, noNaN: true }),
    periodDays: fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 72 }),
  }),
);

describe('schedule properties', () => {
  it('amortizations add up to the principal exactly and the last balance is 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), plans, (principal, plan) => {
        const rows = priceSchedule(principal, plan);
        expect(sum(rows.map((row) => row.amortizationCents))).toBe(principal);
        expect(rows.at(-1)?.balanceCents).toBe(0);
        expect(sum(rows.map((row) => row.installmentCents))).toBe(
          principal + sum(rows.map((row) => row.interestCents)),
        );
        for (const row of rows) {
          expect(Number.isInteger(row.installmentCents) && Number.isInteger(row.interestCents)).toBe(true);
          expect(row.installmentCents).toBe(row.interestCents + row.amortizationCents);
        }
      }),
    );
  });

  it('the last installment differs from the others only by rounding residue', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 1_000_000_000 }),
        fc.double({ min: 0, max: 0.15, noNaN: true }),
        fc.integer({ min: 1, max: 72 }),
        (principal, rate, count) => {
          const rows = priceSchedule(principal, { method: 'M', monthlyRate: rate, installmentCount: count });
          const regular = rows[0]?.installmentCents ?? 0;
          // Each row may round by up to a cent, and each cent of balance compounds until the end.
          const bound = rate === 0 ? count : Math.expm1(count * Math.log1p(rate)) / rate;
          expect(Math.abs((rows.at(-1)?.installmentCents ?? 0) - regular)).toBeLessThanOrEqual(bound + 1);
        },
      ),
    );
  });

  it('shares add up to 1', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        expect(sum(amortizationShares(plan))).toBeCloseTo(1, 9);
      }),
    );
  });

  it('refuses impossible plans', () => {
    expect(() => priceSchedule(100, { method: 'M', monthlyRate: 0.02, installmentCount: 0 })).toThrow(
      RangeError,
    );
    expect(() => priceSchedule(100, { method: 'M', monthlyRate: -0.01, installmentCount: 3 })).toThrow(
      RangeError,
    );
    expect(() => priceSchedule(100, { method: 'D', monthlyRate: 0.02, periodDays: [] })).toThrow(RangeError);
    expect(() => priceSchedule(100, { method: 'D', monthlyRate: 0.02, periodDays: [30, 0] })).toThrow(
      RangeError,
    );
    expect(() => priceSchedule(100.5, { method: 'M', monthlyRate: 0.02, installmentCount: 3 })).toThrow(
      RangeError,
    );
  });
});
