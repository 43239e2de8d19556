'use client';

/**
 * `@dinie-embed/ui`: accessible, themeable components for the Dinie embedded-credit journey,
 * on the hooks of `@dinie-embed/react`. Render them inside `<DinieProvider>`, optionally inside
 * `<DinieTheme>`, and import the styles once: `import '@dinie-embed/ui/styles.css'`.
 * @packageDocumentation
 */

export {
  BiometricsStep,
  type BiometricsStepProps,
  type BiometricsStepState,
} from './biometrics-step/BiometricsStep.tsx';
export { loadQrCode, QrCode, type QrCodeProps } from './biometrics-step/QrCode.tsx';
export {
  ContractSigning,
  type ContractSigningProps,
  type ContractSigningState,
} from './contract-signing/ContractSigning.tsx';
export {
  CostDisclosure,
  type CostDisclosureProps,
} from './cost-disclosure/CostDisclosure.tsx';
export { type CreditFormat, useCreditFormat } from './cost-disclosure/useCreditFormat.ts';
export { CreditJourney, type CreditJourneyProps } from './credit-journey/CreditJourney.tsx';
export { CreditOfferCard, type CreditOfferCardProps } from './credit-offer-card/CreditOfferCard.tsx';
export {
  CreditOffers,
  type CreditOffersProps,
  type CreditOffersState,
} from './credit-offers/CreditOffers.tsx';
export {
  CustomerRegistration,
  type CustomerRegistrationProps,
} from './customer-registration/CustomerRegistration.tsx';
export type { CompanyFields, RegistrationValues } from './customer-registration/customerForm.ts';
export { ACCEPTED_TYPES, checkFile, type FileProblem, MAX_FILE_BYTES } from './document-upload/checkFile.ts';
export { assessImage, checkImage, type ImageProblem, type Pixels } from './document-upload/checkImage.ts';
export {
  DocumentUpload,
  type DocumentUploadProps,
  type DocumentUploadState,
} from './document-upload/DocumentUpload.tsx';
export { type Locale, loadLocale, type MessageOverrides } from './i18n/locales.ts';
export { type Messages, ptBR } from './i18n/pt-BR.ts';
export {
  InstallmentSchedule,
  type InstallmentScheduleProps,
  type InstallmentScheduleState,
  type InstallmentTotals,
  installmentTotals,
} from './installment-schedule/InstallmentSchedule.tsx';
export { KycChecklist, type KycChecklistProps } from './kyc-checklist/KycChecklist.tsx';
export { actionOf, type KycAction } from './kyc-checklist/KycItemRow.tsx';
export {
  LoanConfirmation,
  type LoanConfirmationProps,
  type LoanConfirmationState,
} from './loan-confirmation/LoanConfirmation.tsx';
export { LoanSimulator, type LoanSimulatorProps } from './loan-simulator/LoanSimulator.tsx';
export { LOAN_PATH, LoanStatus, type LoanStatusProps } from './loan-status/LoanStatus.tsx';
export { Onboarding, type OnboardingProps, type OnboardingStage, stageOf } from './onboarding/Onboarding.tsx';
export type { Appearance, AppearanceVariables } from './theme/appearance.ts';
export { DinieTheme, type DinieThemeProps } from './theme/DinieTheme.tsx';
export { type ColorScheme, type ThemeContextValue, useMessages, useTheme } from './theme/ThemeContext.ts';
export { UnderReview, type UnderReviewProps, type UnderReviewState } from './under-review/UnderReview.tsx';
