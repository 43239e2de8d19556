/**
 * Friendly names for the types generated from openapi.yaml. Import from here, never from
 * `./generated/openapi.ts`, so the generated file's layout can change without touching callers.
 */
import type { components, operations, paths, webhooks } from './generated/openapi.ts';

/** Every path of the Dinie API with its operations, keyed by path relative to the server URL. */
export type Paths = paths;

/** Every operation (and webhook), keyed by `operationId`, with its parameters, body and responses. */
export type Operations = operations;

/** Every webhook, keyed by event name, as the POST Dinie sends to a partner's endpoint. */
export type Webhooks = webhooks;

/** Every schema of the document, keyed by its name in `components/schemas`. */
export type Schemas = components['schemas'];

/** An RFC 9457 problem body (`application/problem+json`) sent with every 4xx and 5xx. */
export type Problem = components['schemas']['Problem'];

/** One field that failed validation, inside `Problem.errors`. */
export type ProblemFieldError = components['schemas']['ProblemFieldError'];

/** An amount in reais on the wire: a decimal string with exactly two decimals (`"25000.00"`). */
export type Money = components['schemas']['Money'];

/** A calendar date on the wire, `YYYY-MM-DD`. */
export type Date = components['schemas']['Date'];

/** An instant on the wire, RFC 3339 in UTC. */
export type Timestamp = components['schemas']['Timestamp'];

/** Customer id, `cust_` + 32 lowercase hex. */
export type CustomerId = components['schemas']['CustomerId'];

/** Credit offer id, `co_` + 32 lowercase hex. */
export type CreditOfferId = components['schemas']['CreditOfferId'];

/** Simulation id, `sim_` + 32 lowercase hex. */
export type SimulationId = components['schemas']['SimulationId'];

/** Loan id, `ln_` + 32 lowercase hex. */
export type LoanId = components['schemas']['LoanId'];

/** Transaction (installment) id, `tx_` + 32 lowercase hex. */
export type TransactionId = components['schemas']['TransactionId'];

/** Webhook endpoint id, `we_` + 32 lowercase hex. */
export type WebhookEndpointId = components['schemas']['WebhookEndpointId'];

/** Webhook event id, `evt_` + 32 lowercase hex; equal to the `webhook-id` header. */
export type EventId = components['schemas']['EventId'];

/** Credential id, also its `client_id`: `dinie_ci_` + 32 lowercase hex. */
export type ApiClientId = components['schemas']['ApiClientId'];

/** Uploaded KYC document id, `doc_` + 32 lowercase hex. */
export type DocumentId = components['schemas']['DocumentId'];

/** Form body of `POST /auth/token`. */
export type TokenRequest = components['schemas']['TokenRequest'];

/** Bearer token issued by `POST /auth/token`. */
export type TokenResponse = components['schemas']['TokenResponse'];

/** Body of `POST /auth/credentials`. */
export type CredentialCreateRequest = components['schemas']['CredentialCreateRequest'];

/** An API key, without its secret. */
export type Credential = components['schemas']['Credential'];

/** A just-created API key with its `client_secret`, shown only once. */
export type CredentialWithSecret = components['schemas']['CredentialWithSecret'];

/** A page of API keys. */
export type CredentialList = components['schemas']['CredentialList'];

/** Body of `POST /customers`; only `cpf` is required. */
export type CustomerCreateRequest = components['schemas']['CustomerCreateRequest'];

/** Body of `PATCH /customers/{customer_id}`; only the keys sent change. */
export type CustomerUpdateRequest = components['schemas']['CustomerUpdateRequest'];

/** Where a customer is in onboarding: `pending_kyc`, `under_review` or `active`. */
export type CustomerStatus = components['schemas']['CustomerStatus'];

/** A borrower and the state of its KYC. */
export type Customer = components['schemas']['Customer'];

/** Whether a KYC item asks for a file (`document`) or a field correction (`data`). */
export type KycItemKind = components['schemas']['KycItemKind'];

/** Progress of one KYC item. */
export type KycItemStatus = components['schemas']['KycItemStatus'];

/** One KYC requirement of a customer. */
export type KycItem = components['schemas']['KycItem'];

/** A page of customers. */
export type CustomerList = components['schemas']['CustomerList'];

/** Multipart body of `POST /customers/{customer_id}/documents`. */
export type DocumentUploadRequest = components['schemas']['DocumentUploadRequest'];

/** An uploaded KYC document. */
export type KycDocument = components['schemas']['KycDocument'];

/** A biometrics capture session: the URL to send the customer to and its expiry. */
export type BiometricsSession = components['schemas']['BiometricsSession'];

/** Whether an offer is `available`, `accepted` or `expired`. */
export type CreditOfferStatus = components['schemas']['CreditOfferStatus'];

/** A pre-approved credit offer, fixed-term (`installments`) or ranged (`min_installments`/`max_installments`). */
export type CreditOffer = components['schemas']['CreditOffer'];

/** A page of credit offers. */
export type CreditOfferList = components['schemas']['CreditOfferList'];

/** Body of `POST /credit-offers/{credit_offer_id}/simulations`. */
export type SimulationRequest = components['schemas']['SimulationRequest'];

/** The priced cost of a loan before contracting. */
export type Simulation = components['schemas']['Simulation'];

/** Body of `POST /loans`: the simulated terms the customer accepted. */
export type LoanCreateRequest = components['schemas']['LoanCreateRequest'];

/** Where a loan is in its lifecycle, from `processing` to `finished`, `cancelled` or `error`. */
export type LoanStatus = components['schemas']['LoanStatus'];

/** A loan; keys not known yet are `null`. */
export type Loan = components['schemas']['Loan'];

/** Why a loan failed, as sent by `loan.error`. */
export type LoanError = components['schemas']['LoanError'];

/** Payment status of one installment. */
export type TransactionStatus = components['schemas']['TransactionStatus'];

/** One installment of a loan. */
export type Transaction = components['schemas']['Transaction'];

/** A page of a loan's installments. */
export type TransactionList = components['schemas']['TransactionList'];

/** The name of one of the 16 webhook events. */
export type WebhookEventType = components['schemas']['WebhookEventType'];

/** A webhook subscription entry: an event name, `customer.*`, `credit_offer.*`, `loan.*` or `*`. */
export type WebhookEventPattern = components['schemas']['WebhookEventPattern'];

/** Body of `POST /webhooks/endpoints`. */
export type WebhookEndpointCreateRequest = components['schemas']['WebhookEndpointCreateRequest'];

/** Body of `PATCH /webhooks/endpoints/{webhook_endpoint_id}`; only the keys sent change. */
export type WebhookEndpointUpdateRequest = components['schemas']['WebhookEndpointUpdateRequest'];

/** Whether an endpoint receives deliveries (`active`) or not (`disabled`). */
export type WebhookEndpointStatus = components['schemas']['WebhookEndpointStatus'];

/** A URL that receives events, without its secret. */
export type WebhookEndpoint = components['schemas']['WebhookEndpoint'];

/** A just-created webhook endpoint with its signing `secret`, shown only once. */
export type WebhookEndpointWithSecret = components['schemas']['WebhookEndpointWithSecret'];

/** A page of webhook endpoints. */
export type WebhookEndpointList = components['schemas']['WebhookEndpointList'];

/** Body of `POST /webhooks/endpoints/{webhook_endpoint_id}/secret/rotate`. */
export type WebhookSecretRotateRequest = components['schemas']['WebhookSecretRotateRequest'];

/** The new signing secret and when the previous one stops signing. */
export type WebhookSecretRotation = components['schemas']['WebhookSecretRotation'];

/** The envelope every webhook delivery shares. */
export type WebhookEventBase = components['schemas']['WebhookEventBase'];

/** `customer.created`: the whole new customer. */
export type CustomerCreatedEvent = components['schemas']['CustomerCreatedEvent'];

/** `customer.under_review`: every KYC item was submitted and the review started. */
export type CustomerUnderReviewEvent = components['schemas']['CustomerUnderReviewEvent'];

/** `customer.kyc_updated`: a KYC item changed; carries the whole `kyc` list. */
export type CustomerKycUpdatedEvent = components['schemas']['CustomerKycUpdatedEvent'];

/** `customer.active`: KYC approved, the customer can receive offers. */
export type CustomerActiveEvent = components['schemas']['CustomerActiveEvent'];

/** The offer as carried by `credit_offer.*` events. */
export type CreditOfferEventData = components['schemas']['CreditOfferEventData'];

/** `credit_offer.available`: a new pre-approved offer. */
export type CreditOfferAvailableEvent = components['schemas']['CreditOfferAvailableEvent'];

/** `credit_offer.expired`: an offer passed `valid_until`. */
export type CreditOfferExpiredEvent = components['schemas']['CreditOfferExpiredEvent'];

/** `loan.created`: a new loan in `processing`. */
export type LoanCreatedEvent = components['schemas']['LoanCreatedEvent'];

/** `loan.contract_generated`: the CCB exists (payload is a proposal). */
export type LoanContractGeneratedEvent = components['schemas']['LoanContractGeneratedEvent'];

/** `loan.awaiting_signatures`: the CCB waits for signatures (payload is a proposal). */
export type LoanAwaitingSignaturesEvent = components['schemas']['LoanAwaitingSignaturesEvent'];

/** `loan.signed`: every party signed the CCB. */
export type LoanSignedEvent = components['schemas']['LoanSignedEvent'];

/** `loan.disbursing`: the transfer started (payload is a proposal). */
export type LoanDisbursingEvent = components['schemas']['LoanDisbursingEvent'];

/** `loan.active`: the money arrived and repayment begins. */
export type LoanActiveEvent = components['schemas']['LoanActiveEvent'];

/** `loan.payment_received`: an installment payment was recorded. */
export type LoanPaymentReceivedEvent = components['schemas']['LoanPaymentReceivedEvent'];

/** `loan.finished`: every installment is paid. */
export type LoanFinishedEvent = components['schemas']['LoanFinishedEvent'];

/** `loan.cancelled`: cancelled before disbursement. */
export type LoanCancelledEvent = components['schemas']['LoanCancelledEvent'];

/** `loan.error`: the loan failed for good. */
export type LoanErrorEvent = components['schemas']['LoanErrorEvent'];

/** Any webhook delivery; narrow it on `type`. */
export type WebhookEvent = components['schemas']['WebhookEvent'];
