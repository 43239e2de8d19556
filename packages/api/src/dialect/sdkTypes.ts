/*
 * The wire shapes of the official Dinie SDKs ("sdk" dialect of 2026-03-01): base `/api/v3`, money
 * as JSON numbers, instants as integer Unix seconds, `installment_count`/`installment_amount`, a
 * tagged list of KYC requirements, six loan statuses and its own webhook events. Written from the
 * contract notes (§5, §6, §9.5 and §11); the documented ("docs") shapes are the generated types.
 */

/** An amount in reais as the SDKs send it: a JSON number such as `25000` or `7997.34`. */
export type SdkMoney = number;

/** An instant as the SDKs send it: integer Unix seconds. */
export type SdkTimestamp = number;

/** Customer status in the SDK dialect: the documented three plus `creating` and `denied`. */
export type SdkCustomerStatus = 'creating' | 'pending_kyc' | 'under_review' | 'active' | 'denied';

/** The person a person-specific KYC requirement is about. */
export interface SdkKycSubject {
  /** 18-character external id of the person, e.g. `003XXXXXXXXXXXXXXX`. */
  id: string;
  /** The person's name. */
  name: string;
  /** `applicant` (the borrower) or `co_owner`. */
  subject_type: 'applicant' | 'co_owner';
}

/** One file (or value) slot of a submitted requirement. */
export interface SdkKycAttachment {
  /** The slot: `file`, `front`, `back`, `photo`, `email`, `ccmei`, … */
  attachment_type: string;
  /** Whether this slot was sent. */
  submitted: boolean;
}

/** What was sent for a requirement and how its review went. */
export interface SdkKycSubmission {
  /** The kind of evidence: `cnh`, `rg`, `selfie`, `ccmei`, `proof_of_address`, … */
  evidence_type: string;
  /** One entry per slot of that evidence. */
  attachments: SdkKycAttachment[];
  /** `pending` until reviewed, then `accepted` or `rejected`. */
  review_status: 'pending' | 'accepted' | 'rejected';
  /** Why it was rejected; `null` otherwise. */
  review_reason: string | null;
}

/** The nine requirement types the SDKs know; they throw on any other. */
export type SdkKycRequirementType =
  | 'identity'
  | 'selfie'
  | 'proof_of_address'
  | 'email'
  | 'company_document'
  | 'ei_mei_documents'
  | 'income_statement'
  | 'articles_of_association'
  | 'eireli_incorporation_statement';

/** One KYC requirement, tagged by `requirement_type`. */
export interface SdkKycRequirement {
  /** `identity_{subject_id}` for person-specific types, the type itself for company-wide ones. */
  requirement_id: string;
  /** The tag the SDKs dispatch on. */
  requirement_type: SdkKycRequirementType;
  /** pt-BR label. */
  label: string;
  /** Whether the review waits for it. */
  mandatory: boolean;
  /** Present only on person-specific types (identity, selfie, proof_of_address, email). */
  subject?: SdkKycSubject;
  /** Present once something was sent. */
  submitted?: SdkKycSubmission;
}

/** A customer in the SDK dialect. */
export interface SdkCustomer {
  /** `cust_` + 32 hex. */
  id: string;
  /** See {@link SdkCustomerStatus}. */
  status: SdkCustomerStatus;
  /** Formatted CPF. */
  cpf: string;
  /** Formatted CNPJ, or `null`. */
  cnpj: string | null;
  /** Full name, or `null`. */
  name: string | null;
  /** E-mail (required at registration in this dialect; `null` for a customer registered without one). */
  email: string | null;
  /** E.164 phone (required at registration in this dialect; `null` for a customer registered without one). */
  phone: string | null;
  /** Trading name, read-only in this dialect. */
  trading_name: string | null;
  /** The partner's reference. */
  external_id: string | null;
  /** The requirements; absent while `creating`. */
  kyc?: SdkKycRequirement[];
  /** Unix seconds. */
  created_at: SdkTimestamp;
  /** Unix seconds. */
  updated_at: SdkTimestamp;
}

/** A credit offer in the SDK dialect: `installments` (fixed) or the min/max pair (range), never both. */
export interface SdkCreditOffer {
  /** `co_` + 32 hex. */
  id: string;
  /** The customer it was made to. */
  customer_id: string;
  /** The customer's partner reference, when known. */
  external_id?: string | null;
  /** `available`, `accepted` or `expired`. */
  status: 'available' | 'accepted' | 'expired';
  /** The ceiling. */
  approved_amount: SdkMoney;
  /** The floor. */
  min_amount: SdkMoney;
  /** Monthly rate in percent. */
  monthly_interest_rate: number;
  /** Fixed term. */
  installments?: number;
  /** Range term, lower bound. */
  min_installments?: number;
  /** Range term, upper bound. */
  max_installments?: number;
  /** Due-date rule, when Dinie states one. */
  due_date_rule?: string | null;
  /** Unix seconds. */
  valid_until: SdkTimestamp;
  /** Unix seconds. */
  created_at: SdkTimestamp;
  /** Unix seconds. */
  updated_at: SdkTimestamp;
}

/** A simulation in the SDK dialect. */
export interface SdkSimulation {
  /** `sim_` + 32 hex. */
  id: string;
  /** The offer simulated. */
  credit_offer_id: string;
  /** What the borrower asked for. */
  requested_amount: SdkMoney;
  /** Amount financed: requested plus financed fees and IOF. */
  principal_amount: SdkMoney;
  /** Total interest. */
  interest_amount: SdkMoney;
  /** Registration fee. */
  fee_amount: SdkMoney;
  /** IOF. */
  iof_amount: SdkMoney;
  /** Sum of the installments. */
  total_amount: SdkMoney;
  /** Monthly rate, percent. */
  monthly_interest_rate: number;
  /** Annual rate, percent, compounded from the monthly one. */
  annual_interest_rate: number;
  /** Monthly CET, percent. */
  monthly_cet_rate: number;
  /** Annual CET, percent. */
  annual_cet_rate: number;
  /** Number of installments. */
  installment_count: number;
  /** The regular installment. */
  installment_amount: SdkMoney;
  /** `YYYY-MM-DD`. */
  first_due_date: string;
  /** Unix seconds. */
  created_at: SdkTimestamp;
}

/** Loan status in the SDK dialect (six, against the documented nine). */
export type SdkLoanStatus =
  | 'awaiting_signatures'
  | 'processing'
  | 'active'
  | 'finished'
  | 'cancelled'
  | 'error';

/** A loan in the SDK dialect; keys not known yet are `null`. */
export interface SdkLoan {
  /** `ln_` + 32 hex. */
  id: string;
  /** The offer contracted. */
  credit_offer_id: string;
  /** The simulation contracted. */
  simulation_id: string;
  /** The borrower. */
  customer_id: string;
  /** See {@link SdkLoanStatus}. */
  status: SdkLoanStatus;
  /** What the borrower asked for. */
  requested_amount: SdkMoney;
  /** Amount financed, once priced. */
  principal_amount: SdkMoney | null;
  /** IOF, once priced. */
  iof_amount: SdkMoney | null;
  /** Monthly rate, percent, once priced. */
  monthly_interest_rate: number | null;
  /** Annual rate, percent, once priced. */
  annual_interest_rate: number | null;
  /** Monthly CET, percent, once priced. */
  monthly_cet_rate: number | null;
  /** Annual CET, percent, once priced. */
  annual_cet_rate: number | null;
  /** Sum of the installments. */
  total_amount: SdkMoney;
  /** The regular installment. */
  installment_amount: SdkMoney;
  /** Number of installments. */
  installment_count: number;
  /** `YYYY-MM-DD`. */
  first_due_date: string;
  /** The CCB's number, once generated. */
  ccb_number: string | null;
  /** `pix`, once disbursing. */
  disbursement_method: string | null;
  /** Where to sign, only while `awaiting_signatures`. */
  signing_url: string | null;
  /** Unix seconds. */
  created_at: SdkTimestamp;
  /** Unix seconds. */
  updated_at: SdkTimestamp;
}

/** An installment in the SDK dialect: the documented names, money as numbers, instants as seconds. */
export interface SdkTransaction {
  /** `tx_` + 32 hex. */
  id: string;
  /** The loan. */
  loan_id: string;
  /** Always `installment`. */
  type: 'installment';
  /** `pending`, `paid`, `overdue` or `partially_paid`. */
  status: 'pending' | 'paid' | 'overdue' | 'partially_paid';
  /** `YYYY-MM-DD`. */
  due_date: string;
  /** What the installment owes. */
  amount_due: SdkMoney;
  /** What was paid. */
  amount_paid: SdkMoney;
  /** What is still owed. */
  amount_remaining: SdkMoney;
  /** Amortisation part. */
  principal: SdkMoney;
  /** Interest part. */
  interest: SdkMoney;
  /** Fees part. */
  fees: SdkMoney;
  /** Days past due. */
  days_overdue: number;
  /** Unix seconds, once paid. */
  paid_at: SdkTimestamp | null;
  /** Unix seconds. */
  created_at: SdkTimestamp;
  /** Unix seconds. */
  updated_at: SdkTimestamp;
}

/** A webhook endpoint in the SDK dialect (`description` is always a string). */
export interface SdkWebhookEndpoint {
  /** `we_` + 32 hex. */
  id: string;
  /** Where deliveries go. */
  url: string;
  /** Subscribed names or patterns. */
  events: string[];
  /** Free text, `""` when none. */
  description: string;
  /** `active` or `disabled`. */
  status: 'active' | 'disabled';
  /** Only in the create answer. */
  secret?: string;
  /** Unix seconds. */
  created_at: SdkTimestamp;
  /** Unix seconds. */
  updated_at: SdkTimestamp;
}

/** The answer of `rotate-secret` in the SDK dialect. */
export interface SdkWebhookSecretRotation {
  /** The endpoint. */
  id: string;
  /** The new `whsec_` secret. */
  secret: string;
  /** Unix seconds until the old secret stops signing. */
  previous_secret_expires_at: SdkTimestamp;
}

/** A biometrics capture session in the SDK dialect. */
export interface SdkBiometricsSession {
  /** Capture URL; its last segment is a `dinie_bsc_` bootstrap code. */
  session_url: string;
  /** Unix seconds. */
  expires_at: SdkTimestamp;
}

/** An API key in the SDK dialect. */
export interface SdkCredential {
  /** `dinie_ci_…`. */
  id: string;
  /** Same as `id`. */
  client_id: string;
  /** Label. */
  name: string;
  /** `active` or `revoked`. */
  status: 'active' | 'revoked';
  /** Unix seconds, or `null` for never. */
  expires_at: SdkTimestamp | null;
  /** Unix seconds. */
  created_at: SdkTimestamp;
  /** Unix seconds. */
  updated_at: SdkTimestamp;
  /** Unix seconds, or `null`. */
  last_used_at: SdkTimestamp | null;
  /** Only in the create answer. */
  client_secret?: string;
}

/** The answer of `POST /customers/{id}/kyc-attachments` (and `/selfie`). */
export interface SdkKycAttachmentConfirmation {
  /** The slot filled. */
  attachment_type: string;
  /** Always `true`. */
  submitted: boolean;
}

/** A bank of `GET /banks` (SDK only). */
export interface SdkBank {
  /** COMPE code, e.g. `001`. */
  id: string;
  /** Name. */
  name: string;
  /** `001 - Banco do Brasil`. */
  display_name: string;
}

/** A customer's bank account (SDK only). */
export interface SdkBankAccount {
  /** `ba_` + 32 hex. */
  id: string;
  /** COMPE code, three digits. */
  bank_id: string;
  /** `checking`, `saving` or `payment`. */
  kind: 'checking' | 'saving' | 'payment';
  /** Branch without check digit, four digits. */
  branch: string;
  /** Account number. */
  number: string;
  /** Check digit, a digit or `X`. */
  digit: string;
  /** The bank's name. */
  bank_name: string;
  /** Unix seconds. */
  updated_at: SdkTimestamp;
}

/** Body of `POST /credit-offers/{id}/simulations` in the SDK dialect. */
export interface SdkSimulationRequest {
  /** Amount, a number. */
  requested_amount: SdkMoney;
  /** Number of installments. */
  installment_count: number;
}

/** Body of `POST /loans` in the SDK dialect. */
export interface SdkLoanCreateRequest {
  /** The offer. */
  credit_offer_id: string;
  /** Its latest simulation. */
  simulation_id: string;
  /** The simulation's count. */
  installment_count: number;
  /** The simulation's installment, a number. */
  installment_amount: SdkMoney;
  /** The simulation's first due date. */
  first_due_date: string;
}

/** Body of `POST /auth/credentials` in the SDK dialect. */
export interface SdkCredentialCreateRequest {
  /** Label. */
  name: string;
  /** Unix seconds, or `null` for never. */
  expires_at?: SdkTimestamp | null;
}

/** The 15 webhook event names of the SDKs. */
export type SdkWebhookEventType =
  | 'customer.created'
  | 'customer.under_review'
  | 'customer.kyc_updated'
  | 'customer.active'
  | 'customer.denied'
  | 'credit_offer.available'
  | 'credit_offer.expired'
  | 'loan.created'
  | 'loan.signature_received'
  | 'loan.processing'
  | 'loan.active'
  | 'loan.payment_received'
  | 'loan.finished'
  | 'loan.cancelled'
  | 'loan.error';

/** A webhook delivery in the SDK dialect; `data` depends on `type` (see the contract notes §9.5). */
export interface SdkWebhookEvent {
  /** `evt_` + 32 hex, equal to `webhook-id`. */
  id: string;
  /** One of {@link SdkWebhookEventType}. */
  type: SdkWebhookEventType;
  /** Always `2026-03-01`. */
  api_version: '2026-03-01';
  /** Unix seconds the event was recorded. */
  created_at: SdkTimestamp;
  /** `dlv_` + 32 hex, new per attempt. */
  delivery_id: string;
  /** Unix seconds the change happened. */
  timestamp: SdkTimestamp;
  /** The payload. */
  data: Record<string, unknown>;
}
