import type { Customer, KycItem } from '@dinie-embed/api';
import { expect, test } from 'vitest';
import { journeyStep } from './journeyStep.ts';
import { onboardingStep } from './onboardingStep.ts';

const item = (status: KycItem['status']): KycItem => ({
  kind: 'document',
  type: 'cnh',
  description: 'CNH',
  status,
  message: null,
  uploaded_at: null,
});

const customer = (status: Customer['status'], kyc: KycItem[] = []): Customer =>
  ({ id: 'cust_1', status, kyc }) as unknown as Customer;

test('onboarding follows the customer, and a reviewer’s request sends the borrower back to KYC', () => {
  expect(onboardingStep(null)).toBe('register');
  expect(onboardingStep(customer('pending_kyc', [item('pending')]))).toBe('kyc');
  expect(onboardingStep(customer('under_review', [item('submitted')]))).toBe('under_review');
  expect(onboardingStep(customer('under_review', [item('rejected')]))).toBe('kyc');
  expect(onboardingStep(customer('under_review', [item('pending_correction')]))).toBe('kyc');
  expect(onboardingStep(customer('active', [item('approved')]))).toBe('active');
});

test('the journey agrees with onboarding before the borrower is active', () => {
  const pending = { state: 'pending' } as const;
  const at = (value: Customer | null) =>
    journeyStep({ customer: { state: 'success', value }, offers: pending, loan: pending });
  expect(at(null)).toBe('register');
  expect(at(customer('under_review', [item('rejected')]))).toBe('kyc');
  expect(at(customer('under_review', [item('submitted')]))).toBe('under_review');
});
