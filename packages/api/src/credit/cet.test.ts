import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from './calendar.ts';
import { annualEquivalent, cetAnnualRate, monthlyEquivalent } from './cet.ts';
import { priceSchedule } from './price.ts';
import { roundPercent } from './rounding.ts';

const D0 = '2026-03-02';
/** P2: 12 × 945.60, last 945.55. */
const P2 = [...Array.from({ length: 11 }, () => 94_560), 94_555];
const every30Days = (amounts: number[]) =>
  amounts.map((amountCents, k) => ({ date: addDays(D0, 30 * (k + 1)), amountCents }));

const percent = (rate: number) => ({
  annual: roundPercent(rate),
  monthly: roundPercent(monthlyEquivalent(rate)),
});

describe('cetAnnualRate (§3.3)', () => {
  it('C1: 10,000 now, 11,000 365 days later → 10.00 % a.a., 0.80 % a.m.', () => {
    const rate = cetAnnualRate({
      disbursementDate: '2026-01-01',
      amountReceivedCents: 1_000_000,
      payments: [{ date: addDays('2026-01-01', 365), amountCents: 1_100_000 }],
    });
    expect(rate).toBeCloseTo(0.1, 12);
    expect(percent(rate)).toEqual({ annual: 10, monthly: 0.8 });
  });

  it('C1 over a leap year still divides by 365', () => {
    const rate = cetAnnualRate({
      disbursementDate: '2024-01-01',
      amountReceivedCents: 1_000_000,
      payments: [{ date: '2025-01-01', amountCents: 1_100_000 }],
    });
    expect(rate).toBeCloseTo(1.1 ** (365 / 366) - 1, 12);
  });

  it('C2: the BCB FAQ loan on real dates gives 44.55 %, not the FAQ’s periodic 43.93 %', () => {
    const rate = cetAnnualRate({
      disbursementDate: '2026-01-01',
      amountReceivedCents: 94_000,
      payments: [1, 2, 3, 4, 5].map((k) => ({ date: addMonths('2026-01-01', k), amountCents: 20_573 })),
    });
    expect(roundPercent(rate)).toBe(44.55);
  });

  it('C3: P2 every 30 days → 27.24 % a.a., 2.03 % a.m. (a periodic IRR would say 26.82 %)', () => {
    const rate = cetAnnualRate({
      disbursementDate: D0,
      amountReceivedCents: 1_000_000,
      payments: every30Days(P2),
    });
    expect(percent(rate)).toEqual({ annual: 27.24, monthly: 2.03 });
    expect(roundPercent(annualEquivalent(0.02))).toBe(26.82);
  });

  it('C4: C3 with PJ IOF deducted, FC0 9,796.30 → 32.45 % a.a., 2.37 % a.m.', () => {
    const rate = cetAnnualRate({
      disbursementDate: D0,
      amountReceivedCents: 979_630,
      payments: every30Days(P2),
    });
    expect(percent(rate)).toEqual({ annual: 32.45, monthly: 2.37 });
  });

  it('C5: C4 plus a 150.00 fee deducted, FC0 9,646.30 → 36.51 % a.a., 2.63 % a.m.', () => {
    const rate = cetAnnualRate({
      disbursementDate: D0,
      amountReceivedCents: 964_630,
      payments: every30Days(P2),
    });
    expect(percent(rate)).toEqual({ annual: 36.51, monthly: 2.63 });
  });

  it('2.5 % a.m. with no costs: 34.49 % periodic, 35.04 % on 30-day periods', () => {
    expect(roundPercent(annualEquivalent(0.025))).toBe(34.49);
    const rows = priceSchedule(2_500_000, {
      method: 'D',
      monthlyRate: 0.025,
      periodDays: [30, 30, 30, 30, 30, 30],
    });
    const rate = cetAnnualRate({
      disbursementDate: D0,
      amountReceivedCents: 2_500_000,
      payments: every30Days(rows.map((row) => row.installmentCents)),
    });
    expect(roundPercent(rate)).toBe(35.04);
  });

  it('finds rates beyond 1,000 % a.a.', () => {
    const rate = cetAnnualRate({
      disbursementDate: D0,
      amountReceivedCents: 100_000,
      payments: [{ date: addDays(D0, 365), amountCents: 2_500_000 }],
    });
    expect(rate).toBeCloseTo(24, 9);
  });

  it('finds negative rates', () => {
    const rate = cetAnnualRate({
      disbursementDate: D0,
      amountReceivedCents: 100_000,
      payments: [{ date: addDays(D0, 365), amountCents: 90_000 }],
    });
    expect(rate).toBeCloseTo(-0.1, 12);
  });

  it('refuses flows no rate can balance', () => {
    expect(() => cetAnnualRate({ disbursementDate: D0, amountReceivedCents: 100_000, payments: [] })).toThrow(
      RangeError,
    );
    expect(() =>
      cetAnnualRate({
        disbursementDate: D0,
        amountReceivedCents: 100_000,
        payments: [{ date: D0, amountCents: 200_000 }],
      }),
    ).toThrow(RangeError);
  });
});
