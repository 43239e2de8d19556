import { describe, expect, it } from 'vitest';
import { addDays } from './calendar.ts';
import { cetAnnualRate, monthlyEquivalent } from './cet.ts';
import {
  grossUp,
  IOF_MAX_DAYS,
  IOF_RATES,
  type IofRates,
  iofFactor,
  iofOnSchedule,
  iofRatesFor,
  SIMPLES_IOF_LIMIT_CENTS,
} from './iof.ts';
import { amortizationShares, type PricePlan, priceSchedule } from './price.ts';
import { roundPercent } from './rounding.ts';

// §2.4 common setup: d0 2026-03-02, due dates every 30 days, Tabela Price.
const D0 = '2026-03-02';
const every30Days = (count: number) => Array.from({ length: count }, (_, k) => 30 * (k + 1));

interface Vector {
  principalCents: number;
  iofCents: number;
  installmentCents: number;
  lastInstallmentCents: number;
  amountReceivedCents: number;
  cetAnnualPercent: number;
  cetMonthlyPercent: number;
  factor?: number;
  dailyCents?: number;
}

function price30Days(
  requestedCents: number,
  rate: number,
  count: number,
  rates: IofRates,
  mode: 'financed' | 'deducted',
) {
  const plan: PricePlan = { method: 'M', monthlyRate: rate, installmentCount: count };
  const days = every30Days(count);
  let principalCents = requestedCents;
  let factor: number | undefined;
  let dailyCents: number | undefined;
  let iofCents = 0;
  if (mode === 'financed') {
    factor = iofFactor(
      amortizationShares(plan).map((share, k) => ({ share, days: days[k] ?? 0 })),
      rates,
    );
    principalCents = grossUp(requestedCents, factor);
    iofCents = principalCents - requestedCents;
  }
  const rows = priceSchedule(principalCents, plan);
  if (mode === 'deducted') {
    const iof = iofOnSchedule(
      principalCents,
      rows.map((row, k) => ({ amortizationCents: row.amortizationCents, days: days[k] ?? 0 })),
      rates,
    );
    iofCents = iof.totalCents;
    dailyCents = iof.dailyCents;
  }
  const amountReceivedCents = mode === 'financed' ? requestedCents : requestedCents - iofCents;
  const cet = cetAnnualRate({
    disbursementDate: D0,
    amountReceivedCents,
    payments: rows.map((row, k) => ({ date: addDays(D0, days[k] ?? 0), amountCents: row.installmentCents })),
  });
  return {
    principalCents,
    iofCents,
    installmentCents: rows[0]?.installmentCents ?? 0,
    lastInstallmentCents: rows.at(-1)?.installmentCents ?? 0,
    amountReceivedCents,
    cetAnnualPercent: roundPercent(cet),
    cetMonthlyPercent: roundPercent(monthlyEquivalent(cet)),
    factor,
    dailyCents,
  };
}

describe('IOF rates (Decree 12.499/2025)', () => {
  it('are 0.0082 %/day for PJ and 0.00274 %/day for Simples, plus 0.38 %', () => {
    expect(IOF_RATES.pj).toEqual({ dailyPercent: 0.0082, additionalPercent: 0.38 });
    expect(IOF_RATES.simples).toEqual({ dailyPercent: 0.00274, additionalPercent: 0.38 });
    expect(Object.isFrozen(IOF_RATES.pj)).toBe(true);
  });

  it('give Simples its rate only up to R$ 30,000 requested', () => {
    expect(SIMPLES_IOF_LIMIT_CENTS).toBe(3_000_000);
    expect(iofRatesFor('simples', 3_000_000)).toBe(IOF_RATES.simples);
    expect(iofRatesFor('simples', 3_000_001)).toBe(IOF_RATES.pj);
    expect(iofRatesFor('pj', 100_000)).toBe(IOF_RATES.pj);
  });
});

describe('iofOnSchedule: bullet loans (§2.4 I1)', () => {
  const bullet = (days: number, rates: IofRates) =>
    iofOnSchedule(1_000_000, [{ amortizationCents: 1_000_000, days }], rates);

  it('I1: R$ 10,000 for 90 days, PJ: 73.80 + 38.00 = 111.80', () => {
    expect(bullet(90, IOF_RATES.pj)).toEqual({
      dailyCents: 7_380,
      additionalCents: 3_800,
      totalCents: 11_180,
    });
  });

  it('I1b: same, Simples/MEI: 24.66 + 38.00 = 62.66', () => {
    expect(bullet(90, IOF_RATES.simples)).toEqual({
      dailyCents: 2_466,
      additionalCents: 3_800,
      totalCents: 6_266,
    });
  });

  it('I1c: 400 days caps at 365: PJ 299.30 + 38.00 = 337.30, MEI 138.01', () => {
    expect(IOF_MAX_DAYS).toBe(365);
    expect(bullet(400, IOF_RATES.pj)).toEqual({
      dailyCents: 29_930,
      additionalCents: 3_800,
      totalCents: 33_730,
    });
    expect(bullet(400, IOF_RATES.simples).totalCents).toBe(13_801);
    expect(bullet(365, IOF_RATES.pj)).toEqual(bullet(400, IOF_RATES.pj));
  });
});

describe('installment loans, due every 30 days (§2.4 I2–I7)', () => {
  it.each<[string, number, number, number, IofRates, 'financed' | 'deducted', Vector]>([
    [
      'I2: MEI, R 25,000, n 6, deducted',
      2_500_000,
      0.025,
      6,
      IOF_RATES.simples,
      'deducted',
      {
        principalCents: 2_500_000,
        iofCents: 16_840,
        dailyCents: 7_340,
        installmentCents: 453_875,
        lastInstallmentCents: 453_875,
        amountReceivedCents: 2_483_160,
        cetAnnualPercent: 38.32,
        cetMonthlyPercent: 2.74,
      },
    ],
    [
      'I3: same, financed',
      2_500_000,
      0.025,
      6,
      IOF_RATES.simples,
      'financed',
      {
        principalCents: 2_516_955,
        iofCents: 16_955,
        installmentCents: 456_953,
        lastInstallmentCents: 456_954,
        amountReceivedCents: 2_500_000,
        cetAnnualPercent: 38.33,
        cetMonthlyPercent: 2.74,
        factor: 0.0067361783,
      },
    ],
    [
      'I4: PJ, R 40,000, n 12, deducted',
      4_000_000,
      0.025,
      12,
      IOF_RATES.pj,
      'deducted',
      {
        principalCents: 4_000_000,
        iofCents: 82_051,
        dailyCents: 66_851,
        installmentCents: 389_949,
        lastInstallmentCents: 389_942,
        amountReceivedCents: 3_917_949,
        cetAnnualPercent: 40.66,
        cetMonthlyPercent: 2.88,
      },
    ],
    [
      'I5: same, financed',
      4_000_000,
      0.025,
      12,
      IOF_RATES.pj,
      'financed',
      {
        principalCents: 4_083_770,
        iofCents: 83_770,
        installmentCents: 398_115,
        lastInstallmentCents: 398_114,
        amountReceivedCents: 4_000_000,
        cetAnnualPercent: 40.66,
        cetMonthlyPercent: 2.88,
        factor: 0.0205127995,
      },
    ],
    [
      'I6: PJ rate, R 25,000, n 6, financed',
      2_500_000,
      0.025,
      6,
      IOF_RATES.pj,
      'financed',
      {
        principalCents: 2_531_869,
        iofCents: 31_869,
        installmentCents: 459_661,
        lastInstallmentCents: 459_660,
        amountReceivedCents: 2_500_000,
        cetAnnualPercent: 41.26,
        cetMonthlyPercent: 2.92,
      },
    ],
    [
      'I7: PJ, R 20,000, 2 %, n 24, deducted, 365-day cap',
      2_000_000,
      0.02,
      24,
      IOF_RATES.pj,
      'deducted',
      {
        principalCents: 2_000_000,
        iofCents: 55_680,
        dailyCents: 48_080,
        installmentCents: 105_742,
        lastInstallmentCents: 105_747,
        amountReceivedCents: 1_944_320,
        cetAnnualPercent: 31.1,
        cetMonthlyPercent: 2.28,
      },
    ],
  ])('%s', (_id, requested, rate, count, rates, mode, expected) => {
    const result = price30Days(requested, rate, count, rates, mode);
    const { factor, ...rest } = expected;
    expect(result).toMatchObject(rest);
    if (factor !== undefined) expect(result.factor).toBeCloseTo(factor, 10);
  });

  it('I2 per installment: Σ A_k · 0.00274 % · days = 73.4045', () => {
    const rows = priceSchedule(2_500_000, { method: 'M', monthlyRate: 0.025, installmentCount: 6 });
    const perInstallment = rows.map(
      (row, k) => (row.amortizationCents * IOF_RATES.simples.dailyPercent * 30 * (k + 1)) / 10_000,
    );
    const expected = [3.2171, 6.5951, 10.1399, 13.8579, 17.7554, 21.8391];
    perInstallment.forEach((iof, k) => {
      expect(iof).toBeCloseTo(expected[k] ?? Number.NaN, 4);
    });
    expect(perInstallment.reduce((a, b) => a + b, 0)).toBeCloseTo(73.4045, 4);
  });

  it('I7 without the cap would charge 661.51 of daily IOF', () => {
    const rows = priceSchedule(2_000_000, { method: 'M', monthlyRate: 0.02, installmentCount: 24 });
    const uncapped = rows.reduce(
      (sum, row, k) => sum + row.amortizationCents * (IOF_RATES.pj.dailyPercent / 100) * 30 * (k + 1),
      0,
    );
    expect(Math.round(uncapped)).toBe(66_151);
  });

  it('C4: the IOF of P2 deducted at PJ rates is 165.70 + 38.00 = 203.70', () => {
    const rows = priceSchedule(1_000_000, { method: 'M', monthlyRate: 0.02, installmentCount: 12 });
    const iof = iofOnSchedule(
      1_000_000,
      rows.map((row, k) => ({ amortizationCents: row.amortizationCents, days: 30 * (k + 1) })),
      IOF_RATES.pj,
    );
    expect(iof).toEqual({ dailyCents: 16_570, additionalCents: 3_800, totalCents: 20_370 });
  });
});

describe('grossUp', () => {
  it('leaves the net amount once the IOF of the grossed-up principal is taken out', () => {
    const factor = 0.0067361783;
    const principal = grossUp(2_500_000, factor);
    expect(principal - Math.round(principal * factor)).toBe(2_500_000);
  });

  it('refuses a factor that leaves nothing to lend', () => {
    expect(() => grossUp(100, 1)).toThrow(RangeError);
    expect(() => grossUp(100, Number.NaN)).toThrow(RangeError);
  });
});
