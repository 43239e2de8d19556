import type { CreditOffer, Customer, Loan, LoanCreateRequest, Simulation } from '@dinie-embed/api';
import { CPF } from './sandboxHarness.tsx';

/** Calls the sandbox as the partner: what a `SandboxHarness` or a listening sandbox offers. */
type Call = <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;

/** An active customer with an available offer, made through the API and the test helpers. */
export async function seedOffer(call: Call, settle: () => Promise<void>): Promise<CreditOffer> {
  const customer = await call<Customer>('POST', '/customers', { cpf: CPF, name: 'João Silva' });
  await call('POST', `/test_helpers/customers/${customer.id}/kyc/approve`);
  await settle();
  const offers = await call<{ data: CreditOffer[] }>('GET', `/customers/${customer.id}/credit-offers`);
  const offer = offers.data.find((item) => item.status === 'available');
  if (!offer) throw new Error(`No available offer for ${customer.id}: ${JSON.stringify(offers.data)}`);
  return offer;
}

/** The terms of a fresh simulation of `offer`, as `POST /loans` takes them. */
export async function seedTerms(call: Call, offer: CreditOffer): Promise<LoanCreateRequest> {
  const simulation = await call<Simulation>('POST', `/credit-offers/${offer.id}/simulations`, {
    requested_amount: '10000.00',
    installment_count: 6,
  });
  return {
    credit_offer_id: offer.id,
    simulation_id: simulation.id,
    installments: simulation.number_of_installments,
    installments_value: simulation.installments_value,
    first_due_date: simulation.first_due_date,
  };
}

/** A loan waiting for the borrower's signature. */
export async function seedLoan(call: Call, settle: () => Promise<void>): Promise<Loan> {
  const offer = await seedOffer(call, settle);
  const loan = await call<Loan>('POST', '/loans', await seedTerms(call, offer));
  await settle();
  return loan;
}
