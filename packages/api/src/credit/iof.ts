import { roundCents } from './rounding.ts';

/**
 * IOF rates on a credit operation (Decreto 6.306/2007, RIOF art. 7), in percent: a daily rate on
 * each amortized amount for the days it stays with the borrower, plus an additional rate charged
 * once on the principal.
 */
export interface IofRates {
  /** Percent per day, e.g. `0.0082`. */
  dailyPercent: number;
  /** Percent charged once, e.g. `0.38`. */
  additionalPercent: number;
}

/**
 * Current rates for a business borrower (Decreto 12.499/2025, in force again from 16 Jul 2025):
 * `pj` for companies, `simples` for Simples Nacional and MEI borrowers on operations up to
 * R$ 30,000. They changed three times in 2025; keep them configurable.
 */
export const IOF_RATES: { readonly pj: IofRates; readonly simples: IofRates } = Object.freeze({
  pj: Object.freeze({ dailyPercent: 0.0082, additionalPercent: 0.38 }),
  simples: Object.freeze({ dailyPercent: 0.00274, additionalPercent: 0.38 }),
});

/** Largest operation, in cents, that keeps the Simples Nacional / MEI reduced daily rate. */
export const SIMPLES_IOF_LIMIT_CENTS = 3_000_000;

/** The daily part never counts more than a year, even when the installments run longer (RIOF art. 7 § 1). */
export const IOF_MAX_DAYS = 365;

/**
 * The IOF rates that apply to a borrower. Above R$ 30,000 the whole operation pays the `pj`
 * rates, even for Simples Nacional or MEI; the limit is read on the requested amount, since the
 * rule is silent on a gross-up that crosses it.
 */
export function iofRatesFor(borrower: 'pj' | 'simples', requestedCents: number): IofRates {
  return borrower === 'simples' && requestedCents <= SIMPLES_IOF_LIMIT_CENTS
    ? IOF_RATES.simples
    : IOF_RATES.pj;
}

/** Principal amortized by one installment, and the days from disbursement to its due date. */
export interface IofInstallment {
  amortizationCents: number;
  days: number;
}

/** IOF of an operation in cents. `dailyCents + additionalCents === totalCents`. */
export interface IofAmount {
  dailyCents: number;
  additionalCents: number;
  totalCents: number;
}

const dailyWeight = (days: number) => Math.min(Math.max(days, 0), IOF_MAX_DAYS);

/**
 * IOF on a known schedule (the "deducted" case, and any bullet loan):
 * `Σ A_k · daily · min(days_k, 365) + principal · additional`. The total is rounded once
 * (convention), and the additional part is what is left of it after the rounded daily part.
 */
export function iofOnSchedule(
  principalCents: number,
  installments: readonly IofInstallment[],
  rates: IofRates,
): IofAmount {
  const daily = installments.reduce(
    (sum, { amortizationCents, days }) =>
      sum + (amortizationCents * rates.dailyPercent * dailyWeight(days)) / 100,
    0,
  );
  const additional = (principalCents * rates.additionalPercent) / 100;
  const totalCents = roundCents(daily + additional);
  const dailyCents = roundCents(daily);
  return { dailyCents, additionalCents: totalCents - dailyCents, totalCents };
}

/**
 * The IOF owed per unit of principal, `additional + daily · Σ share_k · min(days_k, 365)`, from
 * the unrounded amortization shares of the schedule (see `amortizationShares`).
 */
export function iofFactor(shares: readonly { share: number; days: number }[], rates: IofRates): number {
  const dailyDays = shares.reduce((sum, { share, days }) => sum + share * dailyWeight(days), 0);
  return (rates.additionalPercent + rates.dailyPercent * dailyDays) / 100;
}

/**
 * The principal that, once its own IOF is taken out, leaves `netCents` (the "financed" case):
 * `P = round(net / (1 − factor))`, IOF = `P − net`.
 *
 * @throws {RangeError} when the factor leaves nothing to lend (≥ 1).
 */
export function grossUp(netCents: number, factor: number): number {
  if (!(factor >= 0 && factor < 1)) throw new RangeError(`The IOF factor must be in [0, 1), got ${factor}.`);
  return roundCents(netCents / (1 - factor));
}
