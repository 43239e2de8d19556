import type { CreditOffer, Loan, Simulation, Transaction } from '@dinie-embed/api';
import { useSyncExternalStore } from 'react';
import type { StorySandbox } from './createStorySandbox.ts';
import { activeWithOffer, loanTerms } from './creditSeeds.ts';

/** What the loan stories need from the sandbox beyond {@link StorySandbox}: the loan test helpers. */
export interface LoanStory {
  /** Registers a customer and approves its KYC; resolves with the customer's available offer. */
  activeCustomerWithOffer(): Promise<{ customerId: string; offer: CreditOffer }>;
  /** `POST credit-offers/{id}/simulations`. */
  simulate(offerId: string, amount?: string, installments?: number): Promise<Simulation>;
  /** `POST loans` with the simulation's terms. */
  createLoan(simulation: Simulation): Promise<Loan>;
  /** Creates a loan and waits until it reaches `status` (an automatic one on the way to signing). */
  loanUntil(status: Loan['status']): Promise<{ customerId: string; offer: CreditOffer; loan: Loan }>;
  /** Reads a loan. */
  getLoan(loanId: string): Promise<Loan>;
  /** Reads a loan's installments. */
  installments(loanId: string): Promise<Transaction[]>;
  /** `POST test_helpers/loans/{id}/sign`: the borrower signs. */
  sign(loanId: string): Promise<void>;
  /** `POST test_helpers/loans/{id}/cancel`. */
  cancel(loanId: string): Promise<void>;
  /** `POST test_helpers/loans/{id}/fail`. */
  fail(loanId: string): Promise<void>;
  /** `POST test_helpers/loans/{id}/pay`: pays the earliest installment owed, in full or `amount`. */
  pay(loanId: string, amount?: string): Promise<void>;
  /** `POST test_helpers/clock/advance`: moves the sandbox's clock (due dates, overdue days). */
  advanceClock(days: number): Promise<void>;
  /** Resolves once `check` returns a value, asking again every 20 ms (at most 5 s). */
  until<T>(check: () => Promise<T | undefined>): Promise<T>;
}

/** The loan test helpers of a story sandbox. */
export function loanStory(sandbox: StorySandbox): LoanStory {
  const { client } = sandbox;
  const helper = sandbox.testHelper;
  const until = async <T>(check: () => Promise<T | undefined>): Promise<T> => {
    for (let attempt = 0; attempt < 250; attempt++) {
      const value = await check();
      if (value !== undefined) return value;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('The sandbox did not reach the expected state within 5 s.');
  };
  const story: LoanStory = {
    async activeCustomerWithOffer() {
      const { customerId = '', offer } = await activeWithOffer(sandbox);
      if (!offer) throw new Error(`The sandbox minted no offer for ${customerId}.`);
      return { customerId, offer };
    },
    simulate: (offerId, amount = '10000.00', installments = 6) =>
      client.creditOffers.simulate(offerId, { requested_amount: amount, installment_count: installments }),
    createLoan: (simulation) => client.loans.create(loanTerms(simulation)),
    async loanUntil(status) {
      const { customerId, offer } = await story.activeCustomerWithOffer();
      const created = await story.createLoan(await story.simulate(offer.id));
      const loan = await until(async () => {
        const current = await client.loans.get(created.id);
        return current.status === status ? current : undefined;
      });
      return { customerId, offer, loan };
    },
    getLoan: (loanId) => client.loans.get(loanId),
    installments: async (loanId) => (await client.loans.listTransactions(loanId, { limit: 100 })).data,
    sign: (loanId) => helper(`loans/${loanId}/sign`),
    cancel: (loanId) => helper(`loans/${loanId}/cancel`),
    fail: (loanId) => helper(`loans/${loanId}/fail`),
    pay: (loanId, amount) => helper(`loans/${loanId}/pay`, amount === undefined ? {} : { amount }),
    advanceClock: (days) => helper('clock/advance', { days }),
    until,
  };
  return story;
}

const scenes = new WeakMap<StorySandbox, unknown>();

/** Keeps what a seed made (an offer, a simulation, a loan) for the story's render and play. */
export function rememberScene<T>(sandbox: StorySandbox, scene: T): T {
  scenes.set(sandbox, scene);
  return scene;
}

/** What the seed of this story's sandbox remembered. */
export function sceneOf<T>(sandbox: StorySandbox): T {
  if (!scenes.has(sandbox)) throw new Error('This story’s seed did not remember a scene.');
  return scenes.get(sandbox) as T;
}

/**
 * A loan id the play function sets: the loan is created once the story is on screen, so its first
 * status (`processing`, which lasts one automatic step) is read as soon as it exists.
 */
export function createLoanSlot() {
  let loanId: string | null = null;
  const listeners = new Set<() => void>();
  return {
    set(id: string) {
      loanId = id;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => loanId,
  };
}

/** See {@link createLoanSlot}. */
export type LoanSlot = ReturnType<typeof createLoanSlot>;

/** The loan id of a slot, re-rendering when the play function sets it. */
export function useLoanSlot(slot: LoanSlot): string | null {
  return useSyncExternalStore(slot.subscribe, slot.get);
}

/** An active customer with an offer, and an empty {@link LoanSlot} for the loan the play function creates. */
export async function offerAndLoanSlot(sandbox: StorySandbox) {
  const { customerId, offer } = await loanStory(sandbox).activeCustomerWithOffer();
  rememberScene(sandbox, { offer, slot: createLoanSlot() });
  return { customerId };
}

/** Creates a loan on the scene's offer (a fresh simulation) and puts its id in the scene's slot. */
export async function createLoanInSlot(sandbox: StorySandbox): Promise<Loan> {
  const { offer, slot } = sceneOf<{ offer: CreditOffer; slot: LoanSlot }>(sandbox);
  const story = loanStory(sandbox);
  const loan = await story.createLoan(await story.simulate(offer.id));
  slot.set(loan.id);
  return loan;
}
