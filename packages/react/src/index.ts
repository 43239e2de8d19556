'use client';

/**
 * `@dinie-embed/react`: headless React hooks for the Dinie embedded-credit journey, on TanStack
 * Query. Wrap the app in `<DinieProvider>`, then build on the hooks or on `@dinie-embed/ui`.
 * @packageDocumentation
 */

export {
  calibrateAssumptions,
  defaultAssumptions,
  type EstimateAssumptions,
  estimateLoan,
  figuresOfEstimate,
  figuresOfSimulation,
  type LoanFigures,
  type OfferLimits,
  offerLimits,
  reproduces,
  scheduleOf,
} from './credit/loanEstimate.ts';
export type { DinieProviderProps } from './DinieProvider.tsx';
export { DinieProvider } from './DinieProvider.tsx';
export type { DinieErrorReason } from './errorReason.ts';
export { errorReason } from './errorReason.ts';
export type { DinieEventsStatus } from './events/createEventConnection.ts';
export { type UseBiometricsSessionResult, useBiometricsSession } from './hooks/useBiometricsSession.ts';
export { useCreateLoan } from './hooks/useCreateLoan.ts';
export { useCreditOffers } from './hooks/useCreditOffers.ts';
export { useCustomer } from './hooks/useCustomer.ts';
export { useDinieClient } from './hooks/useDinieClient.ts';
export type { DinieEventsState, UseDinieEventsOptions } from './hooks/useDinieEvents.ts';
export { useDinieEvents } from './hooks/useDinieEvents.ts';
export { type Journey, type UseJourneyOptions, useJourney } from './hooks/useJourney.ts';
export { useLoan } from './hooks/useLoan.ts';
export {
  type LoanSimulator,
  type LoanSimulatorStatus,
  type UseLoanSimulatorOptions,
  useLoanSimulator,
} from './hooks/useLoanSimulator.ts';
export { useLoanTransactions } from './hooks/useLoanTransactions.ts';
export { useOfferOpen } from './hooks/useOfferOpen.ts';
export { useRegisterCustomer } from './hooks/useRegisterCustomer.ts';
export { type UseSimulationResult, useSimulation } from './hooks/useSimulation.ts';
export { useUpdateCustomer } from './hooks/useUpdateCustomer.ts';
export {
  type UploadDocumentRequest,
  type UploadStatus,
  type UseUploadDocumentResult,
  useUploadDocument,
} from './hooks/useUploadDocument.ts';
export type { DinieMutationResult } from './hooks/withReason.ts';
export type { JourneyStep } from './journey/journeyStep.ts';
export type { OnboardingStep } from './journey/onboardingStep.ts';
export { onboardingStep } from './journey/onboardingStep.ts';
export {
  creditOfferMutations,
  creditOfferQueries,
  type SimulateVariables,
} from './queries/creditOffers.ts';
export {
  customerMutations,
  customerQueries,
  type UpdateCustomerVariables,
  type UploadDocumentVariables,
} from './queries/customers.ts';
export { type DinieEventLike, invalidateForEvent } from './queries/invalidateForEvent.ts';
export { loanMutations, loanQueries } from './queries/loans.ts';
export { creditOfferKeys, customerKeys, loanKeys } from './queries/queryKeys.ts';
export { isSettledLoan, SETTLED_LOAN_STATUSES } from './queries/settledLoan.ts';
export type { FetchSessionToken, SessionToken } from './sessionToken.ts';
