import type {
  BiometricsSessionRecord,
  CredentialRecord,
  CustomerRecord,
  DocumentRecord,
  IdempotencyRecord,
  LoanRecord,
  OfferRecord,
  SimulationRecord,
  TransactionRecord,
  WebhookEndpointRecord,
} from './records.ts';

/** Everything the sandbox knows, one map per resource, keyed by id. */
export interface SandboxState {
  /** HS256 key of the access tokens, hex; persisted so tokens survive a restart. */
  jwtSecret: string;
  credentials: Map<string, CredentialRecord>;
  customers: Map<string, CustomerRecord>;
  documents: Map<string, DocumentRecord>;
  /** Keyed by session code. */
  biometrics: Map<string, BiometricsSessionRecord>;
  offers: Map<string, OfferRecord>;
  simulations: Map<string, SimulationRecord>;
  loans: Map<string, LoanRecord>;
  transactions: Map<string, TransactionRecord>;
  webhookEndpoints: Map<string, WebhookEndpointRecord>;
  /** Keyed by `IdempotencyRecord.scope`. */
  idempotency: Map<string, IdempotencyRecord>;
}

/** A state with nothing in it but its token key. */
export function emptyState(jwtSecret: string): SandboxState {
  return {
    jwtSecret,
    credentials: new Map(),
    customers: new Map(),
    documents: new Map(),
    biometrics: new Map(),
    offers: new Map(),
    simulations: new Map(),
    loans: new Map(),
    transactions: new Map(),
    webhookEndpoints: new Map(),
    idempotency: new Map(),
  };
}
