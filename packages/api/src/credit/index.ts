/**
 * `@dinie-embed/api/credit`: the credit math of a Dinie loan — Tabela Price, IOF, CET and the
 * calendar they count days on. Pure functions with no I/O, shared by the sandbox (which prices
 * its simulations with them) and the browser (which estimates a simulation instantly while the
 * authoritative one is on its way). Integer cents in, integer cents out; rates in percent or as
 * decimals as each name says.
 * @packageDocumentation
 */

export { addDays, addMonths, daysBetween, requireDate } from './calendar.ts';
export {
  annualEquivalent,
  type CetCashFlows,
  type CetPayment,
  cetAnnualRate,
  monthlyEquivalent,
} from './cet.ts';
export {
  grossUp,
  IOF_MAX_DAYS,
  IOF_RATES,
  type IofAmount,
  type IofInstallment,
  type IofRates,
  iofFactor,
  iofOnSchedule,
  iofRatesFor,
  SIMPLES_IOF_LIMIT_CENTS,
} from './iof.ts';
export {
  type AmortizationRow,
  amortizationShares,
  type PriceMethod,
  type PricePlan,
  pricePayment,
  priceSchedule,
} from './price.ts';
export { roundCents, roundPercent } from './rounding.ts';
export {
  type LoanSimulation,
  type ScheduleRow,
  type SimulateLoanInput,
  simulateLoan,
} from './simulateLoan.ts';
