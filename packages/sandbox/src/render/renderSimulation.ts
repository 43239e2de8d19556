import { fromCents, type Simulation } from '../contract.ts';
import type { SimulationRecord } from '../state/records.ts';

/**
 * A simulation on the wire. `amount` is what the borrower receives, `total_loan_amount` the sum
 * of every installment, `installments_value` the regular installment (the last one may differ by
 * a few cents of rounding; the transactions carry the exact amounts).
 */
export function renderSimulation(simulation: SimulationRecord): Simulation {
  const { result } = simulation;
  return {
    id: simulation.id,
    credit_offer_id: simulation.creditOfferId,
    requested_amount: fromCents(result.requestedCents),
    amount: fromCents(result.amountReceivedCents),
    interest_amount: fromCents(result.interestCents),
    fees_amount: fromCents(result.feeCents),
    iof_amount: fromCents(result.iofCents),
    total_loan_amount: fromCents(result.totalCents),
    interest_percentage: result.monthlyRatePercent,
    cet_percentage: result.cetAnnualPercent,
    number_of_installments: result.schedule.length,
    installments_value: fromCents(result.installmentCents),
    first_due_date: result.firstDueDate,
    created_at: simulation.createdAt,
  };
}
