import { expect } from 'vitest';
import { freshBorrower } from './brazilianIds.ts';
import type { Answer, TestSandbox } from './testSandbox.ts';

/*
 * Shortcuts to a given point of the journey, through the API and its test helpers, for tests
 * that are about what happens there rather than about getting there.
 */

function ok(answer: Answer, status = 200): Answer {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return answer;
}

/** A new customer in `pending_kyc` (with a CNPJ unless `cnpj: null`). */
export async function registerCustomer(sandbox: TestSandbox, fields: Record<string, unknown> = {}) {
  const borrower = freshBorrower();
  const answer = await sandbox.call('POST', '/customers', {
    json: { cpf: borrower.cpf, cnpj: borrower.cnpj, ...fields },
  });
  return ok(answer, 201).body;
}

/** A new active customer and the offer it received. */
export async function customerWithOffer(sandbox: TestSandbox, fields: Record<string, unknown> = {}) {
  const customer = await registerCustomer(sandbox, fields);
  ok(await sandbox.call('POST', `/test_helpers/customers/${customer.id}/kyc/approve`));
  await sandbox.settle();
  const offers = ok(await sandbox.call('GET', `/customers/${customer.id}/credit-offers`)).body.data;
  expect(offers).toHaveLength(1);
  return { customer, offer: offers[0] };
}

/** A simulation of `offerId`. */
export async function simulate(
  sandbox: TestSandbox,
  offerId: string,
  requestedAmount = '10000.00',
  installmentCount = 6,
) {
  const answer = await sandbox.call('POST', `/credit-offers/${offerId}/simulations`, {
    json: { requested_amount: requestedAmount, installment_count: installmentCount },
  });
  return ok(answer, 201).body;
}

/** The body of `POST /loans` that contracts `simulation` as simulated. */
export function loanRequest(simulation: Record<string, unknown>) {
  return {
    credit_offer_id: simulation.credit_offer_id,
    simulation_id: simulation.id,
    installments: simulation.number_of_installments,
    installments_value: simulation.installments_value,
    first_due_date: simulation.first_due_date,
  };
}

/** A loan just created from a fresh offer, still `processing` until the sandbox settles. */
export async function createLoan(sandbox: TestSandbox, requestedAmount = '10000.00', installmentCount = 6) {
  const { customer, offer } = await customerWithOffer(sandbox);
  const simulation = await simulate(sandbox, offer.id, requestedAmount, installmentCount);
  const loan = ok(await sandbox.call('POST', '/loans', { json: loanRequest(simulation) }), 201).body;
  return { customer, offer, simulation, loan };
}

/** A loan signed and disbursed: `active`, with its installments. */
export async function activeLoan(sandbox: TestSandbox, requestedAmount = '10000.00', installmentCount = 6) {
  const created = await createLoan(sandbox, requestedAmount, installmentCount);
  await sandbox.settle();
  ok(await sandbox.call('POST', `/test_helpers/loans/${created.loan.id}/sign`));
  await sandbox.settle();
  const loan = ok(await sandbox.call('GET', `/loans/${created.loan.id}`)).body;
  expect(loan.status).toBe('active');
  return { ...created, loan };
}
