import type { CreditOffer, Simulation } from '@dinie-embed/api';
import type { StorySandbox } from './createStorySandbox.ts';
import type { SeedResult } from './withDinie.tsx';

/** What the credit stories seed: the customer and, once minted, its open offer. */
export interface CreditSeed extends SeedResult {
  /** The customer's available offer, if it has one. */
  offer?: CreditOffer;
}

/** Reads the customer's offers, waiting (bounded) until at least `count` exist. */
export async function offersOf(sandbox: StorySandbox, customerId: string, count = 1): Promise<CreditOffer[]> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const page = await sandbox.client.customers.listCreditOffers(customerId, { limit: 100 });
    if (page.data.length >= count) return page.data;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Customer ${customerId} never had ${count} offer(s).`);
}

/** A customer whose KYC was approved, with the offer the sandbox mints for it. */
export async function activeWithOffer(sandbox: StorySandbox): Promise<CreditSeed> {
  const customer = await sandbox.registerCustomer();
  await sandbox.approveKyc(customer.id);
  const [offer] = await offersOf(sandbox, customer.id);
  return offer ? { customerId: customer.id, offer } : { customerId: customer.id };
}

/** The loan terms of a simulation, as `POST /loans` takes them. */
export function loanTerms(simulation: Simulation) {
  return {
    credit_offer_id: simulation.credit_offer_id,
    simulation_id: simulation.id,
    installments: simulation.number_of_installments,
    installments_value: simulation.installments_value,
    first_due_date: simulation.first_due_date,
  };
}

/**
 * A customer who took a loan on a first offer and paid it off, so the sandbox minted a second
 * one: an accepted offer and an available one.
 */
export async function paidOffAndOfferedAgain(sandbox: StorySandbox): Promise<CreditSeed> {
  const { customerId = '', offer } = await activeWithOffer(sandbox);
  if (!offer) throw new Error('No first offer.');
  const simulation = await sandbox.client.creditOffers.simulate(offer.id, {
    requested_amount: offer.min_amount,
    installment_count: offer.installments ?? offer.min_installments ?? 1,
  });
  const loan = await sandbox.client.loans.create(loanTerms(simulation));
  await waitForLoan(sandbox, loan.id, 'awaiting_signatures');
  await sandbox.testHelper(`loans/${loan.id}/sign`);
  await waitForLoan(sandbox, loan.id, 'active');
  for (let k = 0; k < simulation.number_of_installments; k += 1)
    await sandbox.testHelper(`loans/${loan.id}/pay`);
  const offers = await offersOf(sandbox, customerId, 2);
  return { customerId, offer: offers.find((item) => item.status === 'available') ?? offer };
}

async function waitForLoan(sandbox: StorySandbox, loanId: string, status: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if ((await sandbox.client.loans.get(loanId)).status === status) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Loan ${loanId} never reached ${status}.`);
}
