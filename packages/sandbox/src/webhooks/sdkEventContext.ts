import type { SdkEventContext } from '../contract.ts';
import { renderCustomer } from '../render/renderCustomer.ts';
import { renderLoan } from '../render/renderLoan.ts';
import type { SandboxCore } from '../SandboxCore.ts';

/**
 * The customer and loan an event's payload is about, rendered as they are at delivery, for the
 * keys an SDK payload carries beyond the documented one (the signer of `loan.signature_received`,
 * the contract of `loan.processing`, the customer's `external_id` on offers). What is read from
 * them (ids, names, CPF, CCB number) does not change once set.
 */
export function sdkEventContext(core: SandboxCore, data: Record<string, unknown>): SdkEventContext {
  const { customers, loans, offers, simulations } = core.state;
  const id = typeof data.id === 'string' ? data.id : '';
  const loan = id.startsWith('ln_') ? loans.get(id) : undefined;
  const offer = id.startsWith('co_') ? offers.get(id) : undefined;
  const customerId = loan?.customerId ?? offer?.customerId ?? (id.startsWith('cust_') ? id : undefined);
  const customer = customerId === undefined ? undefined : customers.get(customerId);
  const simulation = loan === undefined ? undefined : simulations.get(loan.simulationId);
  return {
    customer: customer === undefined ? undefined : renderCustomer(customer),
    loan:
      loan === undefined || simulation === undefined ? undefined : renderLoan(loan, simulation, loan.origin),
  };
}
