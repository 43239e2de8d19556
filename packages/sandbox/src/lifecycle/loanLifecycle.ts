import { fromCents, type LoanStatus } from '../contract.ts';
import { ApiError } from '../http/ApiError.ts';
import { randomHex } from '../ids.ts';
import { renderCreditOffer } from '../render/renderCreditOffer.ts';
import { signingUrl } from '../render/renderLoan.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { LoanRecord, SimulationRecord, TransactionRecord } from '../state/records.ts';
import { queueOfferExpiry } from '../state/SandboxState.ts';
import { scheduleOffer } from './customerLifecycle.ts';

/** Statuses from which a loan can still be cancelled or fail: the money has not gone out. */
const BEFORE_DISBURSEMENT: ReadonlySet<LoanStatus> = new Set([
  'processing',
  'contract_generated',
  'awaiting_signatures',
  'signed',
  'disbursing',
]);

function simulationOf(core: SandboxCore, loan: LoanRecord): SimulationRecord {
  const simulation = core.state.simulations.get(loan.simulationId);
  if (simulation === undefined) throw new Error(`Loan ${loan.id} lost its simulation ${loan.simulationId}.`);
  return simulation;
}

function moveTo(core: SandboxCore, loan: LoanRecord, status: LoanStatus): void {
  loan.status = status;
  loan.updatedAt = core.timestamp();
  core.changed();
}

/** Runs `task` after a step if the loan is then still in `from`; anything else that happened wins. */
function stepFrom(
  core: SandboxCore,
  loanId: string,
  from: LoanStatus,
  task: (loan: LoanRecord) => void,
): void {
  core.step(() => {
    const loan = core.state.loans.get(loanId);
    if (loan?.status === from) task(loan);
  });
}

function ccbNumber(core: SandboxCore): string {
  const year = core.today().slice(0, 4);
  return `CCB-${year}-${String(Number.parseInt(randomHex(3), 16) % 1_000_000).padStart(6, '0')}`;
}

/** The automatic step a loan in `status` waits for, if any. */
export function scheduleLoanStep(core: SandboxCore, loan: LoanRecord): void {
  switch (loan.status) {
    case 'processing':
      stepFrom(core, loan.id, 'processing', (current) => generateContract(core, current));
      break;
    case 'contract_generated':
      stepFrom(core, loan.id, 'contract_generated', (current) => sendForSignature(core, current));
      break;
    case 'signed':
      stepFrom(core, loan.id, 'signed', (current) => startDisbursement(core, current));
      break;
    case 'disbursing':
      stepFrom(core, loan.id, 'disbursing', (current) => completeDisbursement(core, current));
      break;
    default:
      // awaiting_signatures waits for the borrower; active, finished, cancelled and error wait for nothing.
      break;
  }
}

function generateContract(core: SandboxCore, loan: LoanRecord): void {
  loan.ccbNumber = ccbNumber(core);
  loan.signingCode = `dinie_sig_${randomHex(16)}`;
  core.state.loans.set(loan.id, loan);
  moveTo(core, loan, 'contract_generated');
  core.emit('loan.contract_generated', {
    id: loan.id,
    status: 'contract_generated',
    ccb_number: loan.ccbNumber,
    signing_url: signingUrl(loan.origin, loan.signingCode),
  });
  scheduleLoanStep(core, loan);
}

function sendForSignature(core: SandboxCore, loan: LoanRecord): void {
  moveTo(core, loan, 'awaiting_signatures');
  core.emit('loan.awaiting_signatures', {
    id: loan.id,
    status: 'awaiting_signatures',
    signing_url: signingUrl(loan.origin, loan.signingCode ?? ''),
  });
}

/**
 * The borrower signs. Allowed once the contract exists; signing while it is still being sent
 * for signature passes through `awaiting_signatures` first, so receivers see every status.
 *
 * @throws {ApiError} 409 `invalid_state` before the contract exists or after signing.
 */
export function signLoan(core: SandboxCore, loan: LoanRecord): void {
  if (loan.status === 'contract_generated') sendForSignature(core, loan);
  if (loan.status !== 'awaiting_signatures') {
    throw new ApiError(409, 'invalid_state', `Loan ${loan.id} cannot be signed while ${loan.status}.`);
  }
  moveTo(core, loan, 'signed');
  core.emit('loan.signed', { id: loan.id, status: 'signed', ccb_number: loan.ccbNumber });
  scheduleLoanStep(core, loan);
}

function startDisbursement(core: SandboxCore, loan: LoanRecord): void {
  loan.disbursementMethod = 'pix';
  moveTo(core, loan, 'disbursing');
  core.emit('loan.disbursing', { id: loan.id, status: 'disbursing', disbursement_method: 'pix' });
  scheduleLoanStep(core, loan);
}

function completeDisbursement(core: SandboxCore, loan: LoanRecord): void {
  const { result } = simulationOf(core, loan);
  const now = core.timestamp();
  for (const row of result.schedule) {
    const tx: TransactionRecord = {
      id: core.newId('tx_'),
      loanId: loan.id,
      number: row.number,
      dueDate: row.dueDate,
      amountDueCents: row.installmentCents,
      amountPaidCents: 0,
      principalCents: row.amortizationCents,
      interestCents: row.interestCents,
      feesCents: 0,
      paidAt: null,
      createdAt: now,
      updatedAt: now,
    };
    core.state.transactions.set(tx.id, tx);
  }
  moveTo(core, loan, 'active');
  core.emit('loan.active', {
    id: loan.id,
    status: 'active',
    requested_amount: fromCents(result.requestedCents),
    net_amount: fromCents(result.amountReceivedCents),
  });
}

function releaseOffer(core: SandboxCore, loan: LoanRecord): void {
  const offer = core.state.offers.get(loan.creditOfferId);
  // The offer was only spent on this loan; it stands again (and expires by its own date). The
  // simulation the loan contracted is spent with it: a new loan starts from a new simulation.
  if (offer?.status === 'accepted') {
    offer.status = 'available';
    offer.latestSimulationId = null;
    offer.updatedAt = core.timestamp();
    queueOfferExpiry(core.state, offer);
    core.changed();
    core.emit('credit_offer.available', { ...renderCreditOffer(offer) });
  }
}

/**
 * Cancels a loan before disbursement; its offer becomes available again.
 *
 * @throws {ApiError} 409 `invalid_state` once the money is out or the loan has ended.
 */
export function cancelLoan(core: SandboxCore, loan: LoanRecord): void {
  if (!BEFORE_DISBURSEMENT.has(loan.status)) {
    throw new ApiError(409, 'invalid_state', `Loan ${loan.id} cannot be cancelled while ${loan.status}.`);
  }
  moveTo(core, loan, 'cancelled');
  core.emit('loan.cancelled', { id: loan.id, status: 'cancelled' });
  releaseOffer(core, loan);
}

/**
 * Fails a loan before disbursement with `error`; its offer becomes available again.
 *
 * @throws {ApiError} 409 `invalid_state` once the money is out or the loan has ended.
 */
export function failLoan(
  core: SandboxCore,
  loan: LoanRecord,
  error: { code: string; message: string },
): void {
  if (!BEFORE_DISBURSEMENT.has(loan.status)) {
    throw new ApiError(409, 'invalid_state', `Loan ${loan.id} cannot fail while ${loan.status}.`);
  }
  loan.error = error;
  moveTo(core, loan, 'error');
  core.emit('loan.error', { id: loan.id, status: 'error', error });
  releaseOffer(core, loan);
}

/** The installments of a loan in due order. */
export function installmentsOf(core: SandboxCore, loanId: string): TransactionRecord[] {
  return [...core.state.transactions.find('loan', loanId)];
}

/**
 * Records a payment on the earliest installment still owed: in full unless `amountCents` is
 * given. Paying the last one finishes the loan, and a finished loan earns the customer a new
 * offer after a step.
 *
 * @throws {ApiError} 409 `invalid_state` unless the loan is active; 422 when the amount exceeds
 * what the installment still owes.
 */
export function payInstallment(core: SandboxCore, loan: LoanRecord, amountCents?: number): void {
  if (loan.status !== 'active') {
    throw new ApiError(
      409,
      'invalid_state',
      `Loan ${loan.id} takes payments only while active, not ${loan.status}.`,
    );
  }
  const installments = installmentsOf(core, loan.id);
  const next = installments.find((tx) => tx.amountPaidCents < tx.amountDueCents);
  if (next === undefined)
    throw new ApiError(409, 'invalid_state', `Loan ${loan.id} has nothing left to pay.`);
  const remaining = next.amountDueCents - next.amountPaidCents;
  const amount = amountCents ?? remaining;
  if (amount > remaining) {
    throw new ApiError(
      422,
      'amount_out_of_range',
      `Installment ${next.number} owes ${fromCents(remaining)}; pay at most that much.`,
      {
        param: 'amount',
        errors: [
          { param: 'amount', code: 'amount_out_of_range', detail: `At most ${fromCents(remaining)}.` },
        ],
      },
    );
  }
  const now = core.timestamp();
  next.amountPaidCents += amount;
  next.updatedAt = now;
  if (next.amountPaidCents === next.amountDueCents) next.paidAt = now;
  const finished = installments.every((tx) => tx.amountPaidCents >= tx.amountDueCents);
  if (finished) moveTo(core, loan, 'finished');
  else {
    loan.updatedAt = now;
    core.changed();
  }
  core.emit('loan.payment_received', {
    id: loan.id,
    status: loan.status,
    payment: { amount: fromCents(amount), paid_at: now, installment_number: next.number },
  });
  if (finished) {
    core.emit('loan.finished', { id: loan.id, status: 'finished' });
    const customer = core.state.customers.get(loan.customerId);
    if (customer !== undefined) {
      customer.offerDue = true;
      scheduleOffer(core, customer.id);
    }
  }
}
