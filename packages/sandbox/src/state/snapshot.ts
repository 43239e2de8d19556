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
import { emptyState, type SandboxState } from './SandboxState.ts';

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

const byId = <T extends { id: string }>(records: readonly T[]) =>
  new Map(records.map((record) => [record.id, record] as const));

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
  state.credentials = byId(snapshot.credentials);
  state.customers = byId(snapshot.customers);
  state.documents = byId(snapshot.documents);
  state.biometrics = new Map(snapshot.biometrics.map((session) => [session.code, session] as const));
  state.offers = byId(snapshot.offers);
  state.simulations = byId(snapshot.simulations);
  state.loans = byId(snapshot.loans);
  state.transactions = byId(snapshot.transactions);
  state.webhookEndpoints = byId(snapshot.webhookEndpoints);
  state.idempotency = new Map(snapshot.idempotency.map((record) => [record.scope, record] as const));
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
