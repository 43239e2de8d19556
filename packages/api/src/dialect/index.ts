/**
 * `@dinie-embed/api/dialect`: the one mapping between the two published descriptions of the Dinie
 * API 2026-03-01 — the API reference this kit follows (`docs`) and the official SDKs (`sdk`: base
 * `/api/v3`, money as numbers, Unix-second instants, `installment_count`/`installment_amount`,
 * tagged KYC requirements, six loan statuses, other webhook events). Pure functions, both
 * directions, for requests, responses and webhook events; money crosses through integer cents.
 * The sandbox answers SDK clients with it and the client reads SDK servers with it.
 *
 * Lossy rows are decided in the functions' notes and listed in `docs/dialects.md`.
 * @packageDocumentation
 */

export {
  DIALECT_BASE_PATHS,
  DIALECT_HEADER,
  type Dialect,
  dialectOfBaseUrl,
  dialectOfBody,
  dialectOfRequest,
  type HeaderSource,
  isSdkTraffic,
} from './detect.ts';
export {
  EVENT_TYPE_TO_SDK,
  EVENT_TYPES_FROM_SDK,
  isSdkEventType,
  type SdkEventContext,
  webhookEventFromSdk,
  webhookEventToSdk,
} from './events.ts';
export {
  applicantOf,
  kycAttachmentFor,
  kycDocumentFromSdk,
  kycFromSdk,
  kycToSdk,
  requirementIdOf,
  type SdkEvidence,
  sdkEvidenceOf,
} from './kyc.ts';
export {
  type DialectRequestKind,
  type DialectResponseKind,
  type DialectShape,
  pathToSdk,
  requestFromSdk,
  requestKindOf,
  requestToSdk,
  responseFromSdk,
  responseShapeOf,
  responseToSdk,
} from './operations.ts';
export {
  credentialCreateRequestFromSdk,
  credentialCreateRequestToSdk,
  loanCreateRequestFromSdk,
  loanCreateRequestToSdk,
  simulationRequestFromSdk,
  simulationRequestToSdk,
} from './requests.ts';
export {
  biometricsSessionFromSdk,
  biometricsSessionToSdk,
  CUSTOMER_STATUS_FROM_SDK,
  credentialFromSdk,
  credentialToSdk,
  creditOfferFromSdk,
  creditOfferToSdk,
  customerFromSdk,
  customerToSdk,
  LOAN_STATUS_FROM_SDK,
  LOAN_STATUS_TO_SDK,
  loanFromSdk,
  loanToSdk,
  secretRotationFromSdk,
  secretRotationToSdk,
  simulationFromSdk,
  simulationToSdk,
  transactionFromSdk,
  transactionToSdk,
  webhookEndpointFromSdk,
  webhookEndpointToSdk,
} from './resources.ts';
export {
  centsOf,
  instantMs,
  moneyFromSdk,
  moneyToSdk,
  orNull,
  timestampFromSdk,
  timestampToSdk,
} from './scalars.ts';
export type * from './sdkTypes.ts';
