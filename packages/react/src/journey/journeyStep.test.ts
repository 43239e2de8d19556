import type { CreditOffer, Customer, Loan, LoanStatus } from '@dinie-embed/api';
import { describe, expect, it } from 'vitest';
import { type JourneyState, journeyStep } from './journeyStep.ts';

const customer = (status: Customer['status']) => ({ id: 'cust_1', status, kyc: [] }) as unknown as Customer;
const offer = (id: string, status: CreditOffer['status']) => ({ id, status }) as CreditOffer;
const loan = (status: LoanStatus) => ({ id: 'ln_1', credit_offer_id: 'co_1', status }) as Loan;
const ok = <T>(value: T) => ({ state: 'success' as const, value });

function state(partial: Partial<JourneyState>): JourneyState {
  return { customer: ok(customer('active')), offers: ok([]), loan: ok(null), ...partial };
}

describe('journeyStep', () => {
  it('follows onboarding from the customer alone', () => {
    expect(journeyStep(state({ customer: { state: 'pending' } }))).toBe('loading');
    expect(journeyStep(state({ customer: { state: 'error' } }))).toBe('error');
    expect(journeyStep(state({ customer: ok(null) }))).toBe('register');
    expect(journeyStep(state({ customer: ok(customer('pending_kyc')), offers: { state: 'pending' } }))).toBe(
      'kyc',
    );
    expect(journeyStep(state({ customer: ok(customer('under_review')), offers: { state: 'pending' } }))).toBe(
      'under_review',
    );
  });

  it('reads the offers once the customer is active', () => {
    expect(journeyStep(state({ offers: { state: 'pending' } }))).toBe('loading');
    expect(journeyStep(state({}))).toBe('awaiting_offer');
    expect(journeyStep(state({ offers: ok([offer('co_2', 'expired'), offer('co_1', 'available')]) }))).toBe(
      'offer',
    );
    expect(journeyStep(state({ offers: ok([offer('co_1', 'expired')]) }))).toBe('expired');
    expect(journeyStep(state({ offers: ok([offer('co_1', 'accepted')]) }))).toBe('contracted');
  });

  it('maps every loan status to a step', () => {
    const steps = (
      [
        'processing',
        'contract_generated',
        'awaiting_signatures',
        'signed',
        'disbursing',
        'active',
        'finished',
        'cancelled',
        'error',
      ] as const
    ).map((status) =>
      journeyStep(state({ offers: ok([offer('co_1', 'accepted')]), loan: ok(loan(status)) })),
    );
    expect(steps).toEqual([
      'contract',
      'contract',
      'sign',
      'disbursing',
      'disbursing',
      'repaying',
      'finished',
      'cancelled',
      'loan_error',
    ]);
  });

  it('prefers a loan in progress, and an available offer over an ended loan', () => {
    const offers = ok([offer('co_2', 'available'), offer('co_1', 'accepted')]);
    expect(journeyStep(state({ offers, loan: ok(loan('awaiting_signatures')) }))).toBe('sign');
    expect(journeyStep(state({ offers, loan: ok(loan('cancelled')) }))).toBe('offer');
    expect(journeyStep(state({ offers, loan: { state: 'pending' } }))).toBe('loading');
  });
});
