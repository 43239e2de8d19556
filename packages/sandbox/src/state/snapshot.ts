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
import { emptyState, queueIdempotencyExpiry, queueOfferExpiry, type SandboxState } from './SandboxState.ts';

/** The sandbox's whole state as plain JSON, what a `SandboxPersistence` stores. */
export interface SandboxSnapshot {
  version: 1;
  clockOffsetMs: number;
  jwtSecret: string;
  /** The pair the sandbox started with, so a restart without configured credentials keeps them. */
  initialCredential: { clientId: string; clientSecret: string } | null;
  credentials: CredentialRecord[];
  customers: CustomerRecord[];
  documents: DocumentRecord[];
  biometrics: BiometricsSessionRecord[];
  offers: OfferRecord[];
  simulations: SimulationRecord[];
  loans: LoanRecord[];
  transactions: TransactionRecord[];
  webhookEndpoints: WebhookEndpointRecord[];
  idempotency: IdempotencyRecord[];
}

/** Captures `state`, the clock offset and the initial credential pair as a snapshot. */
export function toSnapshot(
  state: SandboxState,
  clockOffsetMs: number,
  initialCredential: SandboxSnapshot['initialCredential'],
): SandboxSnapshot {
  return {
    version: 1,
    clockOffsetMs,
    jwtSecret: state.jwtSecret,
    initialCredential,
    credentials: [...state.credentials.values()],
    customers: [...state.customers.values()],
    documents: [...state.documents.values()],
    biometrics: [...state.biometrics.values()],
    offers: [...state.offers.values()],
    simulations: [...state.simulations.values()],
    loans: [...state.loans.values()],
    transactions: [...state.transactions.values()],
    webhookEndpoints: [...state.webhookEndpoints.values()],
    // A request still running when the snapshot was taken will never finish after a restart.
    idempotency: [...state.idempotency.values()].filter((record) => record.state === 'done'),
  };
}

/**
 * Rebuilds a state from a snapshot.
 *
 * @throws {TypeError} when `snapshot` is not a version-1 sandbox snapshot.
 */
export function fromSnapshot(snapshot: unknown): {
  state: SandboxState;
  clockOffsetMs: number;
  initialCredential: SandboxSnapshot['initialCredential'];
} {
  if (!isSnapshot(snapshot)) {
    throw new TypeError('Not a Dinie sandbox snapshot (version 1); delete the data file to start afresh.');
  }
  const state = emptyState(snapshot.jwtSecret);
  const fill = <T extends { createdAt: string }>(
    table: Map<string, T>,
    records: readonly T[],
    key: (record: T) => string,
  ) => {
    for (const record of records) table.set(key(record), record);
  };
  const id = (record: { id: string }) => record.id;
  fill(state.credentials, snapshot.credentials, id);
  fill(state.customers, snapshot.customers, id);
  fill(state.documents, snapshot.documents, id);
  fill(state.biometrics, snapshot.biometrics, (session) => session.code);
  fill(state.offers, snapshot.offers, id);
  fill(state.simulations, snapshot.simulations, id);
  fill(state.loans, snapshot.loans, id);
  fill(state.transactions, snapshot.transactions, id);
  fill(state.webhookEndpoints, snapshot.webhookEndpoints, id);
  fill(state.idempotency, snapshot.idempotency, (record) => record.scope);
  for (const offer of snapshot.offers) if (offer.status === 'available') queueOfferExpiry(state, offer);
  for (const record of snapshot.idempotency) queueIdempotencyExpiry(state, record);
  return {
    state,
    clockOffsetMs: snapshot.clockOffsetMs,
    initialCredential: snapshot.initialCredential ?? null,
  };
}

const LISTS = [
  'credentials',
  'customers',
  'documents',
  'biometrics',
  'offers',
  'simulations',
  'loans',
  'transactions',
  'webhookEndpoints',
  'idempotency',
] as const;

function isSnapshot(value: unknown): value is SandboxSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.version === 1 &&
    typeof record.clockOffsetMs === 'number' &&
    typeof record.jwtSecret === 'string' &&
    LISTS.every((key) => Array.isArray(record[key]))
  );
}
