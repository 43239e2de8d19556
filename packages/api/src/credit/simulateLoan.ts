import { addMonths, daysBetween, requireDate } from './calendar.ts';
import { annualEquivalent, cetAnnualRate, monthlyEquivalent } from './cet.ts';
import { grossUp, type IofRates, iofFactor, iofOnSchedule } from './iof.ts';
import {
  type AmortizationRow,
  amortizationShares,
  type PriceMethod,
  type PricePlan,
  priceSchedule,
} from './price.ts';
import { roundPercent } from './rounding.ts';

export { IOF_RATES, type IofRates, iofRatesFor } from './iof.ts';

/** What a borrower asks to simulate. Money in integer cents, rates in percent. */
export interface SimulateLoanInput {
  /** What the borrower receives (financed IOF) or is lent before IOF (deducted IOF). */
  requestedCents: number;
  installmentCount: number;
  /** Monthly interest rate in percent: `2.5` for 2.5 % a.m. */
  monthlyRatePercent: number;
  /** Registration fee; always financed, so it enters the principal. */
  feeCents: number;
  /** Disbursement date (d0), `YYYY-MM-DD`. */
  disbursementDate: string;
  /**
   * First due date, `YYYY-MM-DD`; later ones fall on its day each month (clamped at short months).
   * Default: one calendar month after disbursement, and then on the disbursement day each month.
   */
  firstDueDate?: string;
  /** IOF rates; see `iofRatesFor`. */
  iof: IofRates;
  /** Pro-rata convention for an odd first period (default `'M'`); see `PriceMethod`. */
  method?: PriceMethod;
  /** `'financed'` (default): IOF grossed up into the principal; `'deducted'`: taken from the payout. */
  iofMode?: 'financed' | 'deducted';
}

/** One installment of a simulated loan. */
export interface ScheduleRow {
  /** 1-based. */
  number: number;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  installmentCents: number;
  interestCents: number;
  amortizationCents: number;
  /** Balance left after this installment; 0 after the last. */
  balanceCents: number;
}

/** A priced loan: amounts in cents, rates in percent with 2 decimals. */
export interface LoanSimulation {
  requestedCents: number;
  /** Amount lent: requested + fee, plus IOF when financed. Amortizations add up to it exactly. */
  principalCents: number;
  /** FC0 of the CET: requested, minus IOF when deducted. */
  amountReceivedCents: number;
  iofCents: number;
  feeCents: number;
  /** Sum of the interest of every row. */
  interestCents: number;
  /** Sum of every installment (`principalCents + interestCents`). */
  totalCents: number;
  /** The regular installment. */
  installmentCents: number;
  /** The last installment, which absorbs the rounding residue. */
  lastInstallmentCents: number;
  firstDueDate: string;
  schedule: ScheduleRow[];
  /** Annual CET, ABNT NBR 5891 rounding (half to even) at the 2nd decimal. */
  cetAnnualPercent: number;
  /** `(1 + annual CET)^(1/12) − 1`, rounded the same way. */
  cetMonthlyPercent: number;
  monthlyRatePercent: number;
  /** `(1 + monthly)^12 − 1`, rounded the same way. */
  annualRatePercent: number;
}

const MAX_INSTALLMENTS = 600;

function assertInput(input: SimulateLoanInput): void {
  const { requestedCents, installmentCount, monthlyRatePercent, feeCents, iof } = input;
  if (!Number.isSafeInteger(requestedCents) || requestedCents <= 0) {
    throw new RangeError(`requestedCents must be whole cents > 0, got ${requestedCents}.`);
  }
  if (!Number.isSafeInteger(feeCents) || feeCents < 0) {
    throw new RangeError(`feeCents must be whole cents ≥ 0, got ${feeCents}.`);
  }
  if (!Number.isInteger(installmentCount) || installmentCount < 1 || installmentCount > MAX_INSTALLMENTS) {
    throw new RangeError(
      `installmentCount must be an integer from 1 to ${MAX_INSTALLMENTS}, got ${installmentCount}.`,
    );
  }
  if (!Number.isFinite(monthlyRatePercent) || monthlyRatePercent < 0) {
    throw new RangeError(`monthlyRatePercent must be a finite number ≥ 0, got ${monthlyRatePercent}.`);
  }
  if (!(iof.dailyPercent >= 0 && iof.additionalPercent >= 0)) {
    throw new RangeError('IOF rates must be numbers ≥ 0.');
  }
  requireDate(input.disbursementDate, 'disbursementDate');
  if (input.firstDueDate !== undefined) {
    requireDate(input.firstDueDate, 'firstDueDate');
    if (daysBetween(input.disbursementDate, input.firstDueDate) < 1) {
      throw new RangeError(
        `firstDueDate (${input.firstDueDate}) must fall after disbursementDate (${input.disbursementDate}).`,
      );
    }
  }
}

interface Financing {
  principalCents: number;
  iofCents: number;
  rows: AmortizationRow[];
}

/**
 * Financed: IOF is linear in the principal, so the principal that covers the requested amount,
 * the fee and its own IOF comes from the unrounded amortization shares. Deducted: the IOF of the
 * actual schedule, rounded amortizations and all.
 */
function finance(
  financedCents: number,
  plan: PricePlan,
  dueDays: readonly number[],
  iof: IofRates,
  mode: 'financed' | 'deducted',
): Financing {
  const daysOf = (k: number) => dueDays[k] ?? 0;
  if (mode === 'deducted') {
    const rows = priceSchedule(financedCents, plan);
    const installments = rows.map((row, k) => ({
      amortizationCents: row.amortizationCents,
      days: daysOf(k),
    }));
    return {
      principalCents: financedCents,
      iofCents: iofOnSchedule(financedCents, installments, iof).totalCents,
      rows,
    };
  }
  const shares = amortizationShares(plan).map((share, k) => ({ share, days: daysOf(k) }));
  const principalCents = grossUp(financedCents, iofFactor(shares, iof));
  return {
    principalCents,
    iofCents: principalCents - financedCents,
    rows: priceSchedule(principalCents, plan),
  };
}

/**
 * Prices a Tabela Price loan the way a simulation discloses it (the sandbox's endpoint and the browser's estimate both call this): schedule,
 * IOF, fee, totals and the CET of Res. CMN 4.881/2020 (FC0 = amount received, FCj = installments
 * on their due dates, calendar days over 365).
 *
 * With IOF financed the fee and the IOF are both grossed up into the principal, IOF computed on
 * that whole principal; with IOF deducted the principal is requested + fee and the borrower
 * receives the requested amount less the IOF of that schedule.
 *
 * @throws {RangeError} on an input that cannot be priced, naming the field.
 */
export function simulateLoan(input: SimulateLoanInput): LoanSimulation {
  const { requestedCents, installmentCount, monthlyRatePercent, feeCents, disbursementDate, iof } = input;
  assertInput(input);
  const firstDueDate = input.firstDueDate ?? addMonths(disbursementDate, 1);

  // Counting every due date from one anchor keeps a 31st a 31st wherever a shorter month allows;
  // a defaulted first due date anchors on the disbursement day, an explicit one on its own day.
  const [anchor, offset] = input.firstDueDate === undefined ? [disbursementDate, 1] : [firstDueDate, 0];
  const dueDates = Array.from({ length: installmentCount }, (_, k) => addMonths(anchor, k + offset));
  const dueDays = dueDates.map((date) => daysBetween(disbursementDate, date));
  const monthlyRate = monthlyRatePercent / 100;
  const plan: PricePlan =
    input.method === 'D'
      ? { method: 'D', monthlyRate, periodDays: dueDays.map((days, k) => days - (dueDays[k - 1] ?? 0)) }
      : {
          method: 'M',
          monthlyRate,
          installmentCount,
          firstPeriodExtraDays: daysBetween(addMonths(disbursementDate, 1), firstDueDate),
        };

  const iofMode = input.iofMode ?? 'financed';
  const { principalCents, iofCents, rows } = finance(requestedCents + feeCents, plan, dueDays, iof, iofMode);
  const amountReceivedCents = iofMode === 'deducted' ? requestedCents - iofCents : requestedCents;

  const schedule = rows.map((row, k) => ({ number: k + 1, dueDate: dueDates[k] ?? firstDueDate, ...row }));
  const totalCents = schedule.reduce((sum, row) => sum + row.installmentCents, 0);
  const cet = cetAnnualRate({
    disbursementDate,
    amountReceivedCents,
    payments: schedule.map((row) => ({ date: row.dueDate, amountCents: row.installmentCents })),
  });

  return {
    requestedCents,
    principalCents,
    amountReceivedCents,
    iofCents,
    feeCents,
    interestCents: schedule.reduce((sum, row) => sum + row.interestCents, 0),
    totalCents,
    installmentCents: schedule[0]?.installmentCents ?? 0,
    lastInstallmentCents: schedule.at(-1)?.installmentCents ?? 0,
    firstDueDate,
    schedule,
    cetAnnualPercent: roundPercent(cet),
    cetMonthlyPercent: roundPercent(monthlyEquivalent(cet)),
    monthlyRatePercent,
    annualRatePercent: roundPercent(annualEquivalent(monthlyRate)),
  };
}
