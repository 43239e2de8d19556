import { addMonths, type CreditOffer, type Simulation, toCents, todayInSaoPaulo } from '@dinie-embed/api';
import {
  annualEquivalent,
  iofRatesFor,
  type LoanSimulation,
  monthlyEquivalent,
  roundPercent,
  type ScheduleRow,
  simulateLoan,
} from '@dinie-embed/api/credit';

/**
 * What the browser must assume to price a loan the way Dinie will, since an offer does not say
 * it: the registration fee, whether IOF is financed or deducted, the borrower's IOF rate class
 * and the disbursement date. The defaults are the sandbox's; each authoritative simulation
 * teaches the real ones ({@link calibrateAssumptions}).
 */
export interface EstimateAssumptions {
  /** Registration fee in cents (default 0). */
  feeCents: number;
  /** `'financed'` (default): IOF grossed up into the principal; `'deducted'`: taken from the payout. */
  iofMode: 'financed' | 'deducted';
  /** IOF rate class: `'simples'` (default; a CNPJ borrower on ≤ R$ 30,000) or `'pj'`. */
  borrower: 'simples' | 'pj';
  /** Disbursement date `YYYY-MM-DD` (default today in São Paulo). */
  disbursementDate: string;
}

/** The sandbox's defaults, dated today. */
export function defaultAssumptions(today: string = todayInSaoPaulo()): EstimateAssumptions {
  return { feeCents: 0, iofMode: 'financed', borrower: 'simples', disbursementDate: today };
}

/** The amount and term limits of an offer, in cents and installment counts. */
export interface OfferLimits {
  /** Least amount, in cents. */
  minAmountCents: number;
  /** Most amount (the approved amount), in cents. */
  maxAmountCents: number;
  /** Fewest installments. */
  minInstallments: number;
  /** Most installments. */
  maxInstallments: number;
}

/** The limits of an offer: a fixed-term offer has one installment count. */
export function offerLimits(offer: CreditOffer): OfferLimits {
  const fixed = offer.installments;
  return {
    minAmountCents: toCents(offer.min_amount),
    maxAmountCents: toCents(offer.approved_amount),
    minInstallments: fixed ?? offer.min_installments ?? 1,
    maxInstallments: fixed ?? offer.max_installments ?? 1,
  };
}

/**
 * Prices an amount and term on an offer locally, with the shared credit math: the same module
 * the sandbox prices its simulations with. `null` when the input cannot be priced.
 */
export function estimateLoan(
  offer: CreditOffer,
  amountCents: number,
  installments: number,
  assumptions: EstimateAssumptions,
): LoanSimulation | null {
  try {
    return simulateLoan({
      requestedCents: amountCents,
      installmentCount: installments,
      monthlyRatePercent: offer.interest_rate,
      feeCents: assumptions.feeCents,
      disbursementDate: assumptions.disbursementDate,
      iof: iofRatesFor(assumptions.borrower, amountCents),
      iofMode: assumptions.iofMode,
    });
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * Whether a local pricing reproduces every figure of an authoritative simulation to the cent
 * (amounts, installment, count, first due date and CET).
 */
export function reproduces(local: LoanSimulation, simulation: Simulation): boolean {
  return (
    local.requestedCents === toCents(simulation.requested_amount) &&
    local.amountReceivedCents === toCents(simulation.amount) &&
    local.interestCents === toCents(simulation.interest_amount) &&
    local.feeCents === toCents(simulation.fees_amount) &&
    local.iofCents === toCents(simulation.iof_amount) &&
    local.totalCents === toCents(simulation.total_loan_amount) &&
    local.installmentCents === toCents(simulation.installments_value) &&
    local.schedule.length === simulation.number_of_installments &&
    local.firstDueDate === simulation.first_due_date &&
    local.cetAnnualPercent === simulation.cet_percentage
  );
}

/**
 * The assumptions that reproduce an authoritative simulation, learnt from it: its fee, whether
 * the borrower received the amount asked (IOF financed) or less (deducted), the disbursement date
 * one month before its first due date, and whichever IOF rate class gives its IOF. When no
 * candidate reproduces it exactly, the fee, IOF mode and date are still taken from it.
 */
export function calibrateAssumptions(
  offer: CreditOffer,
  simulation: Simulation,
  current: EstimateAssumptions,
): { assumptions: EstimateAssumptions; exact: boolean; local: LoanSimulation | null } {
  const requested = toCents(simulation.requested_amount);
  const base = {
    feeCents: toCents(simulation.fees_amount),
    iofMode: toCents(simulation.amount) < requested ? ('deducted' as const) : ('financed' as const),
  };
  const dates = [current.disbursementDate, addMonths(simulation.first_due_date, -1)];
  const classes = [current.borrower, current.borrower === 'pj' ? 'simples' : 'pj'] as const;
  for (const disbursementDate of dates) {
    for (const borrower of classes) {
      const assumptions = { ...base, borrower, disbursementDate };
      const local = estimateLoan(offer, requested, simulation.number_of_installments, assumptions);
      if (local && reproduces(local, simulation)) return { assumptions, exact: true, local };
    }
  }
  return { assumptions: { ...current, ...base }, exact: false, local: null };
}

/**
 * The installment schedule behind an authoritative simulation, which the wire does not carry:
 * the shared credit math's schedule when it reproduces every figure of the simulation to the
 * cent, else `null` (the contract will carry the exact schedule).
 */
export function scheduleOf(
  offer: CreditOffer,
  simulation: Simulation,
  assumptions: EstimateAssumptions = defaultAssumptions(),
): ScheduleRow[] | null {
  return calibrateAssumptions(offer, simulation, assumptions).local?.schedule ?? null;
}

/** The figures a cost disclosure shows, in cents and percent, whichever source they come from. */
export interface LoanFigures {
  /** What the borrower asked for. */
  requestedCents: number;
  /** What the borrower receives. */
  amountReceivedCents: number;
  /** Total interest. */
  interestCents: number;
  /** Total fees. */
  feesCents: number;
  /** IOF. */
  iofCents: number;
  /** Everything the borrower pays back (sum of the installments). */
  totalCents: number;
  /** The regular installment. */
  installmentCents: number;
  /** Number of monthly installments. */
  installmentCount: number;
  /** Interest, % a.m. */
  monthlyRatePercent: number;
  /** Interest, % a.a. (compound equivalent of the monthly rate). */
  annualRatePercent: number;
  /** CET, % a.a., 2 decimals. */
  cetAnnualPercent: number;
  /** CET, % a.m. (`(1 + CET a.a.)^(1/12) − 1`). */
  cetMonthlyPercent: number;
  /** Due date of the first installment, `YYYY-MM-DD`. */
  firstDueDate: string;
}

/** The figures of an authoritative simulation, converted from the wire without rounding anything. */
export function figuresOfSimulation(simulation: Simulation): LoanFigures {
  return {
    requestedCents: toCents(simulation.requested_amount),
    amountReceivedCents: toCents(simulation.amount),
    interestCents: toCents(simulation.interest_amount),
    feesCents: toCents(simulation.fees_amount),
    iofCents: toCents(simulation.iof_amount),
    totalCents: toCents(simulation.total_loan_amount),
    installmentCents: toCents(simulation.installments_value),
    installmentCount: simulation.number_of_installments,
    monthlyRatePercent: simulation.interest_percentage,
    annualRatePercent: roundPercent(annualEquivalent(simulation.interest_percentage / 100)),
    cetAnnualPercent: simulation.cet_percentage,
    cetMonthlyPercent: roundPercent(monthlyEquivalent(simulation.cet_percentage / 100)),
    firstDueDate: simulation.first_due_date,
  };
}

/** The figures of a local estimate. */
export function figuresOfEstimate(estimate: LoanSimulation): LoanFigures {
  return {
    requestedCents: estimate.requestedCents,
    amountReceivedCents: estimate.amountReceivedCents,
    interestCents: estimate.interestCents,
    feesCents: estimate.feeCents,
    iofCents: estimate.iofCents,
    totalCents: estimate.totalCents,
    installmentCents: estimate.installmentCents,
    installmentCount: estimate.schedule.length,
    monthlyRatePercent: estimate.monthlyRatePercent,
    annualRatePercent: estimate.annualRatePercent,
    cetAnnualPercent: estimate.cetAnnualPercent,
    cetMonthlyPercent: estimate.cetMonthlyPercent,
    firstDueDate: estimate.firstDueDate,
  };
}
