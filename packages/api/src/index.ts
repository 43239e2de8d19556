/**
 * `@dinie-embed/api`: the Dinie API 2026-03-01 in code, for browsers and Node.
 * @packageDocumentation
 */

/** The version of the Dinie API this package implements. */
export const DINIE_API_VERSION = '2026-03-01';

export { formatCnpj, isValidCnpj, maskCnpjInput, normalizeCnpj, validateCnpj } from './br/cnpj';
export { formatCpf, isValidCpf, maskCpfInput, normalizeCpf, validateCpf } from './br/cpf';
export type { FormatPhoneOptions, PhoneKind, PhoneOptions } from './br/phone';
export { formatPhone, isValidPhone, maskPhoneInput, normalizePhone, validatePhone } from './br/phone';
export type { ValidationIssue, ValidationIssueCode } from './br/ValidationIssue';
export { newIdempotencyKey } from './client/idempotencyKey';
export type { Page, PageFetcher } from './client/PagePromise';
export { PagePromise } from './client/PagePromise';
export type { GetToken, RequestOptions, TokenRequestContext } from './client/RequestOptions';
export type { AuthResource, ClientCredentials } from './client/resources/auth';
export type { CredentialListParams, CredentialsResource } from './client/resources/credentials';
export type { CreditOfferListParams, CreditOffersResource } from './client/resources/creditOffers';
export type {
  CustomerCreateResult,
  CustomerCreditOfferListParams,
  CustomerListParams,
  CustomersResource,
} from './client/resources/customers';
export type { UploadDocumentInput } from './client/resources/documentUpload';
export type { LoansResource, TransactionListParams } from './client/resources/loans';
export type {
  WebhookEndpointListParams,
  WebhookEndpointsResource,
} from './client/resources/webhookEndpoints';
export type { Sleep } from './client/sleep';
export type { UploadProgress, UploadProgressListener } from './client/upload/uploadProgress';
export type { DinieBorrowerClient, DinieClient, DinieClientOptions } from './createDinieClient';
export { createBorrowerClient, createDinieClient } from './createDinieClient';
export type {
  DinieApiErrorInit,
  DinieApiFieldError,
  DinieClientErrorCode,
  DinieErrorCode,
} from './DinieApiError';
export { DinieApiError, isDinieApiError } from './DinieApiError';
export type { FormatDateOptions } from './dates';
export {
  addDays,
  addMonths,
  daysBetween,
  formatDate,
  formatDateTime,
  isValidDate,
  SAO_PAULO_TIME_ZONE,
  todayInSaoPaulo,
} from './dates';
export type {
  JourneyContractSignedEvent,
  JourneyCustomerRegisteredEvent,
  JourneyEvent,
  JourneyEventBase,
  JourneyEventInput,
  JourneyEventType,
  JourneyExitedEvent,
  JourneyExitReason,
  JourneyKycSubmittedEvent,
  JourneyLoanActiveEvent,
  JourneyLoanCreatedEvent,
  JourneyOfferAvailableEvent,
  JourneySimulationChosenEvent,
  JourneyStep,
  JourneyStepChangedEvent,
} from './journey/JourneyEvent';
export {
  isJourneyEvent,
  JOURNEY_EVENT_TYPES,
  JOURNEY_EVENT_VERSION,
  journeyEvent,
} from './journey/JourneyEvent';
export type { FormatPercentOptions } from './money';
export { formatBRL, formatPercent, fromCents, parseBRLInput, toCents } from './money';
export type {
  ApiClientId,
  BiometricsSession,
  Credential,
  CredentialCreateRequest,
  CredentialList,
  CredentialWithSecret,
  CreditOffer,
  CreditOfferAvailableEvent,
  CreditOfferEventData,
  CreditOfferExpiredEvent,
  CreditOfferId,
  CreditOfferList,
  CreditOfferStatus,
  Customer,
  CustomerActiveEvent,
  CustomerCreatedEvent,
  CustomerCreateRequest,
  CustomerId,
  CustomerKycUpdatedEvent,
  CustomerList,
  CustomerStatus,
  CustomerUnderReviewEvent,
  CustomerUpdateRequest,
  Date,
  DocumentId,
  DocumentUploadRequest,
  EventId,
  KycDocument,
  KycItem,
  KycItemKind,
  KycItemStatus,
  Loan,
  LoanActiveEvent,
  LoanAwaitingSignaturesEvent,
  LoanCancelledEvent,
  LoanContractGeneratedEvent,
  LoanCreatedEvent,
  LoanCreateRequest,
  LoanDisbursingEvent,
  LoanError,
  LoanErrorEvent,
  LoanFinishedEvent,
  LoanId,
  LoanPaymentReceivedEvent,
  LoanSignedEvent,
  LoanStatus,
  Money,
  Operations,
  Paths,
  Problem,
  ProblemFieldError,
  Schemas,
  Simulation,
  SimulationId,
  SimulationRequest,
  Timestamp,
  TokenRequest,
  TokenResponse,
  Transaction,
  TransactionId,
  TransactionList,
  TransactionStatus,
  WebhookEndpoint,
  WebhookEndpointCreateRequest,
  WebhookEndpointId,
  WebhookEndpointList,
  WebhookEndpointStatus,
  WebhookEndpointUpdateRequest,
  WebhookEndpointWithSecret,
  WebhookEvent,
  WebhookEventBase,
  WebhookEventPattern,
  WebhookEventType,
  WebhookSecretRotateRequest,
  WebhookSecretRotation,
  Webhooks,
} from './types';
