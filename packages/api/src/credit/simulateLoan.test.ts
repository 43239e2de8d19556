import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IOF_RATES, iofRatesFor, type SimulateLoanInput, simulateLoan } from './simulateLoan.ts';

const NO_IOF = { dailyPercent: 0, additionalPercent: 0 };
const D0 = '2026-03-02';
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** §1.4 / §2.4: d0 2026-03-02, first due 2026-04-16, then the 16th monthly; R 10,000, 2 %, n 6. */
const oddFirstPeriod: SimulateLoanInput = {
  requestedCents: 1_000_000,
  installmentCount: 6,
  monthlyRatePercent: 2,
  feeCents: 0,
  disbursementDate: D0,
  firstDueDate: '2026-04-16',
  iof: IOF_RATES.simples,
};

describe('simulateLoan: first due date not one month away', () => {
  it('method M schedule with no IOF (§1.4): PMT 1,801.83, row 1 interest 294.70, last 1,801.86, CET 26.70 %', () => {
    const loan = simulateLoan({ ...oddFirstPeriod, iof: NO_IOF, method: 'M' });
    expect(
      loan.schedule.map((row) => [
        row.dueDate,
        row.installmentCents,
        row.interestCents,
        row.amortizationCents,
        row.balanceCents,
      ]),
    ).toEqual([
      ['2026-04-16', 180_183, 29_470, 150_713, 849_287],
      ['2026-05-16', 180_183, 16_986, 163_197, 686_090],
      ['2026-06-16', 180_183, 13_722, 166_461, 519_629],
      ['2026-07-16', 180_183, 10_393, 169_790, 349_839],
      ['2026-08-16', 180_183, 6_997, 173_186, 176_653],
      ['2026-09-16', 180_186, 3_533, 176_653, 0],
    ]);
    expect(loan.cetAnnualPercent).toBe(26.7);
  });

  it('method D schedule with no IOF (§1.4): PMT 1,804.37, row 1 interest 301.50, CET 27.24 %', () => {
    const loan = simulateLoan({ ...oddFirstPeriod, iof: NO_IOF, method: 'D' });
    expect(
      loan.schedule.map((row) => [
        row.dueDate,
        row.installmentCents,
        row.interestCents,
        row.amortizationCents,
        row.balanceCents,
      ]),
    ).toEqual([
      ['2026-04-16', 180_437, 30_150, 150_287, 849_713],
      ['2026-05-16', 180_437, 16_994, 163_443, 686_270],
      ['2026-06-16', 180_437, 14_188, 166_249, 520_021],
      ['2026-07-16', 180_437, 10_400, 170_037, 349_984],
      ['2026-08-16', 180_437, 7_235, 173_202, 176_782],
      ['2026-09-16', 180_437, 3_655, 176_782, 0],
    ]);
    expect(loan.cetAnnualPercent).toBe(27.24);
  });

  it.each([
    ['M', 'financed', 1_007_240, 7_240, 181_488, 181_487, 1_000_000, 29.52, 2.18],
    ['D', 'financed', 1_007_241, 7_241, 181_744, 181_741, 1_000_000, 30.08, 2.22],
    ['M', 'deducted', 1_000_000, 7_188, 180_183, 180_186, 992_812, 29.52, 2.18],
    ['D', 'deducted', 1_000_000, 7_189, 180_437, 180_437, 992_811, 30.08, 2.22],
  ] as const)(
    'method %s, IOF %s (§2.4 odd-first-period table, MEI rates)',
    (method, iofMode, principal, iof, installment, last, received, cetAnnual, cetMonthly) => {
      const loan = simulateLoan({ ...oddFirstPeriod, method, iofMode });
      expect(loan).toMatchObject({
        principalCents: principal,
        iofCents: iof,
        installmentCents: installment,
        lastInstallmentCents: last,
        amountReceivedCents: received,
        cetAnnualPercent: cetAnnual,
      });
      if (iofMode === 'financed') expect(loan.cetMonthlyPercent).toBe(cetMonthly);
    },
  );
});

describe('simulateLoan: defaults (method M, first due one month after, IOF financed)', () => {
  const offer: SimulateLoanInput = {
    requestedCents: 2_500_000,
    installmentCount: 6,
    monthlyRatePercent: 2.5,
    feeCents: 0,
    disbursementDate: D0,
    iof: iofRatesFor('simples', 2_500_000),
  };

  it('prices the docs’ 25k × 6 offer on calendar months (§8): 4,569.81, CET 37.45 %', () => {
    const loan = simulateLoan(offer);
    expect(loan.firstDueDate).toBe('2026-04-02');
    expect(loan.schedule.map((row) => row.dueDate)).toEqual([
      '2026-04-02',
      '2026-05-02',
      '2026-06-02',
      '2026-07-02',
      '2026-08-02',
      '2026-09-02',
    ]);
    expect(loan.installmentCents).toBe(456_981);
    expect(loan.cetAnnualPercent).toBe(37.45);
    expect(loan.amountReceivedCents).toBe(2_500_000);
    expect(loan.principalCents - loan.iofCents).toBe(2_500_000);
    expect(loan.monthlyRatePercent).toBe(2.5);
    expect(loan.annualRatePercent).toBe(34.49);
  });

  it('prices the 40k × 12 offer at PJ rates on calendar months (§8): 3,982.45, CET 39.84 %', () => {
    const loan = simulateLoan({
      ...offer,
      requestedCents: 4_000_000,
      installmentCount: 12,
      iof: iofRatesFor('simples', 4_000_000),
    });
    expect(loan.installmentCents).toBe(398_245);
    expect(loan.cetAnnualPercent).toBe(39.84);
  });

  it('with no costs, the CET of calendar months is 34.23 % for 2.5 % a.m. (§8)', () => {
    const loan = simulateLoan({ ...offer, iof: NO_IOF });
    expect(loan.installmentCents).toBe(453_875);
    expect(loan.iofCents).toBe(0);
    expect(loan.cetAnnualPercent).toBe(34.23);
  });

  it('keeps the disbursement day each month when the first due date is left to default', () => {
    const loan = simulateLoan({ ...offer, disbursementDate: '2026-01-31' });
    expect(loan.schedule.map((row) => row.dueDate)).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
    ]);
  });

  it('keeps the day of an explicit first due date each month, clamped at month ends', () => {
    const loan = simulateLoan({ ...offer, firstDueDate: '2026-04-30' });
    expect(loan.schedule.map((row) => row.dueDate)).toEqual([
      '2026-04-30',
      '2026-05-30',
      '2026-06-30',
      '2026-07-30',
      '2026-08-30',
      '2026-09-30',
    ]);
    const monthEnd = simulateLoan({ ...offer, firstDueDate: '2026-03-31' });
    expect(monthEnd.schedule.map((row) => row.dueDate).slice(0, 3)).toEqual([
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
    ]);
  });

  it('finances the fee together with the IOF, and the CET counts both', () => {
    const withoutFee = simulateLoan(offer);
    const withFee = simulateLoan({ ...offer, feeCents: 15_000 });
    expect(withFee.feeCents).toBe(15_000);
    expect(withFee.amountReceivedCents).toBe(2_500_000);
    expect(withFee.principalCents).toBe(2_500_000 + 15_000 + withFee.iofCents);
    expect(withFee.iofCents).toBeGreaterThan(withoutFee.iofCents);
    expect(withFee.cetAnnualPercent).toBeGreaterThan(withoutFee.cetAnnualPercent);
  });

  it('deducts IOF from the payout, with the fee still financed', () => {
    const loan = simulateLoan({ ...offer, feeCents: 15_000, iofMode: 'deducted' });
    expect(loan.principalCents).toBe(2_515_000);
    expect(loan.amountReceivedCents).toBe(2_500_000 - loan.iofCents);
  });

  it('adds up', () => {
    const loan = simulateLoan({ ...offer, feeCents: 15_000 });
    expect(loan.totalCents).toBe(sum(loan.schedule.map((row) => row.installmentCents)));
    expect(loan.interestCents).toBe(sum(loan.schedule.map((row) => row.interestCents)));
    expect(loan.totalCents).toBe(loan.principalCents + loan.interestCents);
    expect(loan.lastInstallmentCents).toBe(loan.schedule.at(-1)?.installmentCents);
    expect(loan.schedule.map((row) => row.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('simulateLoan: refuses what cannot be priced', () => {
  const valid: SimulateLoanInput = { ...oddFirstPeriod };

  it('names the disbursement date when the first due date is left to default', () => {
    const { firstDueDate: _ignored, ...withoutFirstDue } = valid;
    expect(() => simulateLoan({ ...withoutFirstDue, disbursementDate: '2026-02-30' })).toThrow(
      /disbursementDate/,
    );
  });

  it.each<[string, Partial<SimulateLoanInput>, RegExp]>([
    ['zero amount', { requestedCents: 0 }, /requestedCents/],
    ['fractional cents', { requestedCents: 100.5 }, /requestedCents/],
    ['negative fee', { feeCents: -1 }, /feeCents/],
    ['no installments', { installmentCount: 0 }, /installmentCount/],
    ['fractional installments', { installmentCount: 2.5 }, /installmentCount/],
    ['negative rate', { monthlyRatePercent: -1 }, /monthlyRatePercent/],
    ['NaN rate', { monthlyRatePercent: Number.NaN }, /monthlyRatePercent/],
    ['bad disbursement date', { disbursementDate: '2026-02-30' }, /disbursementDate/],
    ['bad first due date', { firstDueDate: '16/04/2026' }, /firstDueDate/],
    ['first due date on disbursement', { firstDueDate: D0 }, /firstDueDate/],
    ['negative IOF', { iof: { dailyPercent: -1, additionalPercent: 0.38 } }, /IOF/],
  ])('%s', (_case, change, message) => {
    expect(() => simulateLoan({ ...valid, ...change })).toThrow(message);
  });
});

const inputs = fc.record({
  requestedCents: fc.integer({ min: 100_000, max: 100_000_000 }),
  installmentCount: fc.integer({ min: 1, max: 48 }),
  monthlyRatePercent: fc.double({ min: 0.5, max: 10, noNaN: true }),
  feeCents: fc.integer({ min: 0, max: 500_000 }),
  disbursementDate: fc
    .date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  iof: fc.constantFrom(IOF_RATES.pj, IOF_RATES.simples, NO_IOF),
  method: fc.constantFrom('M' as const, 'D' as const),
  iofMode: fc.constantFrom('financed' as const, 'deducted' as const),
});

describe('simulateLoan properties', () => {
  it('amortizations add up to the principal, the last balance is 0, total = Σ installments', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const loan = simulateLoan(input);
        expect(sum(loan.schedule.map((row) => row.amortizationCents))).toBe(loan.principalCents);
        expect(loan.schedule.at(-1)?.balanceCents).toBe(0);
        expect(loan.totalCents).toBe(sum(loan.schedule.map((row) => row.installmentCents)));
        expect(loan.totalCents).toBe(loan.principalCents + loan.interestCents);
        expect(loan.schedule).toHaveLength(input.installmentCount);
        if (input.iofMode === 'financed') {
          expect(loan.principalCents).toBe(input.requestedCents + input.feeCents + loan.iofCents);
          expect(loan.amountReceivedCents).toBe(input.requestedCents);
        } else {
          expect(loan.principalCents).toBe(input.requestedCents + input.feeCents);
          expect(loan.amountReceivedCents).toBe(input.requestedCents - loan.iofCents);
        }
      }),
    );
  });

  it('with costs, the CET is at least the rate’s annual equivalent, less the day-count slack', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        fc.pre(input.feeCents > 0 || input.iof !== NO_IOF);
        const loan = simulateLoan(input);
        const i = input.monthlyRatePercent / 100;
        // Method M charges a whole month's rate for a 31-day month; method D is base 30 throughout.
        const floor = ((1 + i) ** (365 / (input.method === 'M' ? 31 : 30)) - 1) * 100;
        expect(loan.cetAnnualPercent).toBeGreaterThanOrEqual(Math.floor(floor * 100) / 100 - 0.01);
        expect(loan.cetAnnualPercent).toBeGreaterThan(0);
      }),
    );
  });

  it('with no costs, the CET stays within the day-count slack of the rate', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const loan = simulateLoan({ ...input, feeCents: 0, iof: NO_IOF });
        const i = input.monthlyRatePercent / 100;
        const low = ((1 + i) ** (365 / 31) - 1) * 100;
        const high = ((1 + i) ** (365 / 28) - 1) * 100;
        // 1e-9 absorbs the float error of the bounds themselves (131.74 − 0.01 = 131.73000000000002).
        expect(loan.cetAnnualPercent).toBeGreaterThanOrEqual(Math.floor(low * 100) / 100 - 0.01 - 1e-9);
        expect(loan.cetAnnualPercent).toBeLessThanOrEqual(Math.ceil(high * 100) / 100 + 0.01 + 1e-9);
      }),
    );
  });

  it('the CET never falls as the fee grows', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 100, max: 500_000 }), (input, extraFee) => {
        const lower = simulateLoan(input);
        const higher = simulateLoan({ ...input, feeCents: input.feeCents + extraFee });
        expect(higher.cetAnnualPercent).toBeGreaterThanOrEqual(lower.cetAnnualPercent);
        expect(higher.principalCents).toBeGreaterThan(lower.principalCents);
      }),
    );
  });
});
