import { daysBetween } from './calendar.ts';

/** A payment the lender collects after disbursement. */
export interface CetPayment {
  /** Due date, `YYYY-MM-DD`. */
  date: string;
  amountCents: number;
}

/** The cash flows of an operation, as Res. CMN 4.881/2020 art. 4 reads them. */
export interface CetCashFlows {
  /** Release date (d0), `YYYY-MM-DD`. */
  disbursementDate: string;
  /** FC0: what the borrower actually receives, net of any fee, IOF or insurance taken at release. */
  amountReceivedCents: number;
  /** FCj: every installment and any fee charged later. */
  payments: readonly CetPayment[];
}

const LOWEST_RATE = -0.99;
const ITERATIONS = 200;
const MAX_WIDENINGS = 64;

/**
 * The annual CET as a decimal (`0.3833` for 38.33 % a.a.): the rate solving
 * `FC0 = Σ FCj / (1 + CET)^((dj − d0) / 365)` on calendar days, always over 365 (leap years too).
 * Solved by bisection, which cannot miss the single sign change of a loan's flows.
 *
 * @throws {RangeError} when no rate above −99 % balances the flows, or only an infinite one does.
 */
export function cetAnnualRate({ disbursementDate, amountReceivedCents, payments }: CetCashFlows): number {
  const flows = payments.map(({ date, amountCents }) => ({
    years: daysBetween(disbursementDate, date) / 365,
    amountCents,
  }));
  const excess = (rate: number) =>
    flows.reduce((sum, { years, amountCents }) => sum + amountCents / (1 + rate) ** years, 0) -
    amountReceivedCents;

  if (!(excess(LOWEST_RATE) > 0)) {
    throw new RangeError('The payments are worth less than the amount received at any rate above −99 %.');
  }
  let low = LOWEST_RATE;
  let high = 10;
  // Extreme rates and fees can push the CET past 1,000 % a.a.; widen until the root is inside.
  for (let widenings = 0; excess(high) > 0; widenings += 1) {
    if (widenings === MAX_WIDENINGS)
      throw new RangeError('The payments have no finite CET (all due at release?).');
    high *= 2;
  }
  for (let k = 0; k < ITERATIONS && high - low > 1e-15; k += 1) {
    const middle = (low + high) / 2;
    if (excess(middle) > 0) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** The monthly equivalent of an annual rate, `(1 + annual)^(1/12) − 1`, the usual "% a.m." of a CET. */
export function monthlyEquivalent(annualRate: number): number {
  return (1 + annualRate) ** (1 / 12) - 1;
}

/** The annual equivalent of a monthly rate, `(1 + monthly)^12 − 1` (2.5 % a.m. → 34.49 % a.a.). */
export function annualEquivalent(monthlyRate: number): number {
  return (1 + monthlyRate) ** 12 - 1;
}
