import { type Borrower, eventually, registerBorrower, type Stack } from './stack.ts';

/** A borrower with an active customer, an available offer and a simulation on it (and maybe a loan). */
export interface ActiveBorrower extends Borrower {
  offerId: string;
  simulationId: string;
  /** The simulation's terms, as `POST /loans` wants them. */
  terms: Record<string, unknown>;
  loanId: string | null;
}

type Json = Record<string, unknown>;

/** Takes a borrower through KYC (approved by the test helper) to a simulation, and a loan if asked. */
export async function activeBorrower(
  stack: Stack,
  externalId: string,
  withLoan: boolean,
): Promise<ActiveBorrower> {
  const borrower = await registerBorrower(stack, externalId);
  const { token, customerId } = borrower;
  await stack.partner('POST', `/test_helpers/customers/${customerId}/kyc/approve`);
  const offerId = await eventually(async () => {
    const response = await stack.call(token, 'GET', `/customers/${customerId}/credit-offers`);
    const offer = ((await response.json()) as { data: Json[] }).data[0];
    if (!offer) throw new Error('no offer yet');
    return offer.id as string;
  });
  const simulated = await stack.call(token, 'POST', `/credit-offers/${offerId}/simulations`, {
    json: { requested_amount: '8000.00', installment_count: 4 },
  });
  if (simulated.status !== 201) throw new Error(`simulate → ${simulated.status} ${await simulated.text()}`);
  const simulation = (await simulated.json()) as Json;
  const terms = {
    credit_offer_id: offerId,
    simulation_id: simulation.id,
    installments: simulation.number_of_installments,
    installments_value: simulation.installments_value,
    first_due_date: simulation.first_due_date,
  };
  let loanId: string | null = null;
  if (withLoan) {
    const created = await stack.call(token, 'POST', '/loans', { json: terms });
    if (created.status !== 201) throw new Error(`loan → ${created.status} ${await created.text()}`);
    loanId = ((await created.json()) as Json).id as string;
  }
  return { ...borrower, offerId, simulationId: simulation.id as string, terms, loanId };
}
