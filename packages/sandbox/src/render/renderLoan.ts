import { fromCents, type Loan } from '../contract.ts';
import type { LoanRecord, SimulationRecord } from '../state/records.ts';

const PRICED = new Set([
  'contract_generated',
  'awaiting_signatures',
  'signed',
  'disbursing',
  'active',
  'finished',
]);
const SIGNABLE = new Set(['contract_generated', 'awaiting_signatures']);

/**
 * A loan on the wire. Costs appear once the contract states them (from `contract_generated`) and
 * stay known when the loan is then cancelled or fails; `net_amount` once the money is out
 * (`active`), `signing_url` only while it can be signed.
 */
export function renderLoan(loan: LoanRecord, simulation: SimulationRecord, origin: string): Loan {
  const { result } = simulation;
  // The CCB number comes with the contract: a loan that had one keeps its costs whatever ends it.
  const priced = PRICED.has(loan.status) || loan.ccbNumber !== null;
  const disbursed = loan.status === 'active' || loan.status === 'finished';
  return {
    id: loan.id,
    credit_offer_id: loan.creditOfferId,
    simulation_id: loan.simulationId,
    customer_id: loan.customerId,
    status: loan.status,
    requested_amount: fromCents(result.requestedCents),
    net_amount: disbursed ? fromCents(result.amountReceivedCents) : null,
    iof: priced ? fromCents(result.iofCents) : null,
    service_fee: priced ? fromCents(result.feeCents) : null,
    interest_rate: priced ? result.monthlyRatePercent : null,
    cet: priced ? result.cetAnnualPercent : null,
    total_amount: fromCents(result.totalCents),
    installments_value: fromCents(result.installmentCents),
    number_of_installments: result.schedule.length,
    first_due_date: result.firstDueDate,
    ccb_number: loan.ccbNumber,
    disbursement_method: loan.disbursementMethod,
    signing_url:
      SIGNABLE.has(loan.status) && loan.signingCode !== null ? signingUrl(origin, loan.signingCode) : null,
    created_at: loan.createdAt,
    updated_at: loan.updatedAt,
  };
}

/** The sandbox's own signing page for a contract. */
export function signingUrl(origin: string, code: string): string {
  return `${origin}/sandbox/signing/${code}`;
}
