import { DueQueue } from './DueQueue.ts';
import { byCreation, RecordTable } from './RecordTable.ts';
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

/**
 * The registration a new `POST /customers` repeats: the same company (CNPJ) when one is given,
 * otherwise the same person (CPF) registered without a company.
 */
export function registrationKey(cpf: string, cnpj: string | null): string {
  return cnpj !== null ? `cnpj ${cnpj}` : `cpf ${cpf}`;
}

const byCustomer = { key: (record: { customerId: string }) => record.customerId };

/** The tables of the sandbox, with the lookups the API makes. */
function tables() {
  return {
    credentials: new RecordTable<CredentialRecord>(byCreation, {}),
    customers: new RecordTable(byCreation, {
      cpf: { key: (customer: CustomerRecord) => customer.cpf },
      externalId: { key: (customer: CustomerRecord) => customer.externalId },
      registration: { key: (customer: CustomerRecord) => registrationKey(customer.cpf, customer.cnpj) },
    }),
    documents: new RecordTable<DocumentRecord, 'customer'>(byCreation, { customer: byCustomer }),
    biometrics: new RecordTable<BiometricsSessionRecord, 'customer'>(
      (a, b) =>
        a.createdAt !== b.createdAt
          ? a.createdAt < b.createdAt
            ? -1
            : 1
          : a.code < b.code
            ? -1
            : +(a.code > b.code),
      { customer: byCustomer },
    ),
    offers: new RecordTable<OfferRecord, 'customer'>(byCreation, { customer: byCustomer }),
    simulations: new RecordTable<SimulationRecord>(byCreation, {}),
    loans: new RecordTable(byCreation, {
      customer: byCustomer,
      offer: { key: (loan: LoanRecord) => loan.creditOfferId },
      signingCode: { key: (loan: LoanRecord) => loan.signingCode },
    }),
    transactions: new RecordTable(byCreation, {
      loan: {
        key: (tx: TransactionRecord) => tx.loanId,
        compare: (a: TransactionRecord, b: TransactionRecord) => a.number - b.number,
      },
    }),
    webhookEndpoints: new RecordTable<WebhookEndpointRecord>(byCreation, {}),
  };
}

type Tables = ReturnType<typeof tables>;

/** Everything the sandbox knows, one table per resource, keyed by id. */
export interface SandboxState extends Tables {
  /** HS256 key of the access tokens, hex; persisted so tokens survive a restart. */
  jwtSecret: string;
  /** Keyed by `IdempotencyRecord.scope`. */
  idempotency: Map<string, IdempotencyRecord>;
  /** Available offers by `valid_until`; an offer made available again is queued again. Not persisted. */
  offerExpiries: DueQueue<OfferRecord>;
  /** Stored responses by the end of their replay window. Not persisted. */
  idempotencyExpiries: DueQueue<IdempotencyRecord>;
}

/** How long, on the sandbox clock, a stored response to an `Idempotency-Key` is replayed. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Queues an available offer for expiry at its `valid_until`. */
export function queueOfferExpiry(state: SandboxState, offer: OfferRecord): void {
  state.offerExpiries.push(Date.parse(offer.validUntil), offer);
}

/** Queues a stored response for removal at the end of its replay window. */
export function queueIdempotencyExpiry(state: SandboxState, record: IdempotencyRecord): void {
  state.idempotencyExpiries.push(Date.parse(record.createdAt) + IDEMPOTENCY_WINDOW_MS, record);
}

/** A state with nothing in it but its token key. */
export function emptyState(jwtSecret: string): SandboxState {
  return {
    jwtSecret,
    ...tables(),
    idempotency: new Map(),
    offerExpiries: new DueQueue(),
    idempotencyExpiries: new DueQueue(),
  };
}
