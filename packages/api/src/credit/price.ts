import { roundCents } from './rounding.ts';

/**
 * How interest runs when a due date is not exactly one month after the previous one. No rule
 * fixes it; contracts pick one:
 * - `M`: monthly periods; only the first is adjusted pro rata (base 30) for the days it differs
 *   from one calendar month, and that interest is capitalized into the installment.
 * - `D`: daily compounding on base 30 over the actual calendar days of every period, so a
 *   31-day month costs more than a 28-day one.
 */
export type PriceMethod = 'M' | 'D';

/** The shape of a Tabela Price schedule, without the amount; see {@link PriceMethod}. */
export type PricePlan =
  | {
      method: 'M';
      /** Monthly rate as a decimal (`0.025` for 2.5 % a.m.). */
      monthlyRate: number;
      installmentCount: number;
      /** Days from disbursement + 1 calendar month to the first due date; may be negative. */
      firstPeriodExtraDays?: number;
    }
  | {
      method: 'D';
      /** Monthly rate as a decimal (`0.025` for 2.5 % a.m.). */
      monthlyRate: number;
      /** Calendar days of each period: disbursement to 1st due date, then between due dates. */
      periodDays: readonly number[];
    };

/** One row of an amortization schedule, in integer cents. */
export interface AmortizationRow {
  installmentCents: number;
  interestCents: number;
  amortizationCents: number;
  /** Balance left after this installment; 0 after the last. */
  balanceCents: number;
}

interface PlanFactors {
  /** Installment per unit of principal. */
  payment: number;
  /** Interest of each row per unit of the balance before it. */
  interest: number[];
}

function factorsOf(plan: PricePlan): PlanFactors {
  // `(1+i)^t − 1` via expm1/log1p stays exact for tiny rates, where the plain form rounds to 0
  // and the annuity divides by it.
  const logGrowth = Math.log1p(plan.monthlyRate);
  const growthOver = (months: number) => Math.expm1(months * logGrowth);
  if (plan.method === 'M') {
    const n = plan.installmentCount;
    const x = plan.firstPeriodExtraDays ?? 0;
    const annuity = plan.monthlyRate === 0 ? 1 / n : plan.monthlyRate / -growthOver(-n);
    const interest = Array.from({ length: n }, (_, k) =>
      k === 0 ? growthOver(1 + x / 30) : plan.monthlyRate,
    );
    return { payment: (1 + growthOver(x / 30)) * annuity, interest };
  }
  let elapsed = 0;
  let discounted = 0;
  for (const days of plan.periodDays) {
    elapsed += days;
    discounted += 1 + growthOver(-elapsed / 30);
  }
  return { payment: 1 / discounted, interest: plan.periodDays.map((days) => growthOver(days / 30)) };
}

function countOf(plan: PricePlan): number {
  return plan.method === 'M' ? plan.installmentCount : plan.periodDays.length;
}

function assertPlan(plan: PricePlan): void {
  const count = countOf(plan);
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`A schedule needs at least one installment, got ${count}.`);
  }
  if (!Number.isFinite(plan.monthlyRate) || plan.monthlyRate < 0) {
    throw new RangeError(`The monthly rate must be a finite number ≥ 0, got ${plan.monthlyRate}.`);
  }
  if (plan.method === 'D' && plan.periodDays.some((days) => !Number.isInteger(days) || days < 1)) {
    throw new RangeError('Every period must last a whole number of days, at least 1.');
  }
}

/**
 * The Tabela Price installment, `PV·i / (1 − (1+i)^−n)`, rounded half-up to cents.
 *
 * @param monthlyRate - decimal (`0.02` for 2 % a.m.).
 */
export function pricePayment(principalCents: number, monthlyRate: number, installmentCount: number): number {
  const plan: PricePlan = { method: 'M', monthlyRate, installmentCount };
  assertPlan(plan);
  return roundCents(principalCents * factorsOf(plan).payment);
}

/**
 * A Tabela Price schedule in cents, by the common rounding convention: the installment is rounded
 * half-up, each row's interest is `round(balance × rate)` and its amortization the difference,
 * and the last row pays off whatever balance is left, so it may differ from the others by a few
 * cents either way. Amortizations always add up to the principal exactly.
 */
export function priceSchedule(principalCents: number, plan: PricePlan): AmortizationRow[] {
  assertPlan(plan);
  if (!Number.isSafeInteger(principalCents) || principalCents < 0) {
    throw new RangeError(`The principal must be whole cents ≥ 0, got ${principalCents}.`);
  }
  const { payment, interest } = factorsOf(plan);
  const installment = roundCents(principalCents * payment);
  let balance = principalCents;
  return interest.map((factor, k) => {
    const interestCents = roundCents(balance * factor);
    const last = k === interest.length - 1;
    const amortizationCents = last ? balance : installment - interestCents;
    balance -= amortizationCents;
    return {
      installmentCents: last ? amortizationCents + interestCents : installment,
      interestCents,
      amortizationCents,
      balanceCents: balance,
    };
  });
}

/**
 * The share of the principal each installment amortizes, unrounded (they add up to 1). IOF is
 * linear in the principal, so these shares let it be grossed up before the principal is known.
 */
export function amortizationShares(plan: PricePlan): number[] {
  assertPlan(plan);
  const { payment, interest } = factorsOf(plan);
  let balance = 1;
  return interest.map((factor, k) => {
    const share = k === interest.length - 1 ? balance : payment - balance * factor;
    balance -= share;
    return share;
  });
}
