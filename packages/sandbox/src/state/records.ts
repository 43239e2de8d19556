import type { LoanSimulation } from '@dinie-embed/api/credit';
import type {
  CreditOfferStatus,
  CustomerStatus,
  KycItemStatus,
  LoanStatus,
  WebhookEventType,
} from '../contract.ts';

/*
 * What the sandbox stores. Money is integer cents, instants are RFC 3339 strings of the sandbox
 * clock, CPF and CNPJ are canonical (digits, upper-case); rendering to the wire happens in
 * `render/`. Records are plain JSON so a snapshot is just `JSON.stringify`.
 */

/** An API key. The secret is kept only as a SHA-256 digest. */
export interface CredentialRecord {
  id: string;
  name: string;
  secretDigest: string;
  status: 'active' | 'revoked';
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
  lastUsedAt: string | null;
}

/** One KYC requirement of a customer. */
export interface KycItemRecord {
  kind: 'document' | 'data';
  type: string;
  description: string;
  status: KycItemStatus;
  message: string | null;
  uploadedAt: string | null;
}

/** A borrower. */
export interface CustomerRecord {
  id: string;
  status: CustomerStatus;
  cpf: string;
  cnpj: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  tradingName: string | null;
  externalId: string | null;
  kyc: KycItemRecord[];
  /** Whether this activation still owes the customer an offer. */
  offerDue: boolean;
  createdAt: string;
  updatedAt: string;
}

/** An uploaded KYC file; the bytes themselves are not kept. */
export interface DocumentRecord {
  id: string;
  customerId: string;
  type: string;
  status: 'submitted' | 'approved' | 'rejected';
  contentType: string;
  size: number;
  uploadedAt: string;
  createdAt: string;
  updatedAt: string;
}

/** A biometrics capture session, addressed by the code in its URL. */
export interface BiometricsSessionRecord {
  code: string;
  customerId: string;
  status: 'open' | 'completed';
  expiresAt: string;
  createdAt: string;
}

/** A pre-approved offer: fixed (`installments`) or ranged (`minInstallments`..`maxInstallments`). */
export interface OfferRecord {
  id: string;
  customerId: string;
  status: CreditOfferStatus;
  approvedCents: number;
  minCents: number;
  interestRatePercent: number;
  installments: number | null;
  minInstallments: number | null;
  maxInstallments: number | null;
  validUntil: string;
  latestSimulationId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A priced simulation. */
export interface SimulationRecord {
  id: string;
  creditOfferId: string;
  customerId: string;
  disbursementDate: string;
  result: LoanSimulation;
  createdAt: string;
}

/** A loan. */
export interface LoanRecord {
  id: string;
  creditOfferId: string;
  simulationId: string;
  customerId: string;
  status: LoanStatus;
  /** Origin the loan was created through, where its signing page is served. */
  origin: string;
  ccbNumber: string | null;
  /** Code in the signing page's URL, set with the contract. */
  signingCode: string | null;
  disbursementMethod: string | null;
  error: { code: string; message: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** One installment of an active loan. */
export interface TransactionRecord {
  id: string;
  loanId: string;
  number: number;
  dueDate: string;
  amountDueCents: number;
  amountPaidCents: number;
  principalCents: number;
  interestCents: number;
  feesCents: number;
  paidAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A webhook endpoint and the secrets that sign its deliveries. */
export interface WebhookEndpointRecord {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  status: 'active' | 'disabled';
  secret: string;
  /** Rotated-out secrets still signing until `expiresAt`. */
  previousSecrets: Array<{ secret: string; expiresAt: string }>;
  createdAt: string;
  updatedAt: string;
}

/** An event, as recorded when it happened. */
export interface EventRecord {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  data: Record<string, unknown>;
}

/** A stored response to replay for an `Idempotency-Key`. */
export interface IdempotencyRecord {
  /** `<credential id> <key>`. */
  scope: string;
  fingerprint: string;
  state: 'running' | 'done';
  status: number;
  headers: Array<[string, string]>;
  body: string;
  createdAt: string;
}
