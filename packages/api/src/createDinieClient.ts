import type { GetToken } from './client/RequestOptions.ts';
import { type AuthResource, createAuthResource } from './client/resources/auth.ts';
import { type CredentialsResource, createCredentialsResource } from './client/resources/credentials.ts';
import { type CreditOffersResource, createCreditOffersResource } from './client/resources/creditOffers.ts';
import { type CustomersResource, createCustomersResource } from './client/resources/customers.ts';
import { createLoansResource, type LoansResource } from './client/resources/loans.ts';
import {
  createWebhookEndpointsResource,
  type WebhookEndpointsResource,
} from './client/resources/webhookEndpoints.ts';
import { sleep as defaultSleep, type Sleep } from './client/sleep.ts';
import { createTransport, type Transport } from './client/transport.ts';

/** Options of {@link createDinieClient}. */
export interface DinieClientOptions {
  /**
   * Where the API lives, version prefix included: `https://api.dinie.com.br/v3`,
   * `https://sandbox.api.dinie.com.br/v3`, `http://127.0.0.1:4010/v3` (the local sandbox) or, in a
   * browser, the mount point of the partner's proxy (`/dinie`). A trailing slash is fine.
   */
  baseUrl: string;
  /**
   * Returns the bearer token; asked before every attempt, so cache in it. After a `401` it is
   * asked once more with `forceRefresh: true` and the call is repeated once.
   */
  getToken: GetToken;
  /** The `fetch` to use (default: the global one, looked up at call time). */
  fetch?: typeof fetch | undefined;
  /**
   * Retries after the first attempt (default 3) for 408, 429, every 5xx but 501, a `409
   * idempotency_key_in_use` (an earlier attempt of the same call still running), network errors
   * and timeouts.
   */
  maxRetries?: number | undefined;
  /** Time limit of each attempt in milliseconds (default 30 000); `Infinity` disables it. */
  timeoutMs?: number | undefined;
  /** `User-Agent` to send; browsers may drop it. */
  userAgent?: string | undefined;
  /** Headers sent on every request. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** For tests: replaces the wait between retries, e.g. to record delays without waiting. */
  sleep?: Sleep | undefined;
  /** For tests: the jitter source in `[0, 1)` (default `Math.random`). */
  random?: (() => number) | undefined;
  /** For tests: the clock in epoch milliseconds, used to read `Retry-After` dates (default `Date.now`). */
  now?: (() => number) | undefined;
}

/** A typed client for the 23 operations of the Dinie API 2026-03-01, grouped by resource. */
export interface DinieClient {
  /** Token exchange. */
  readonly auth: AuthResource;
  /** API keys. */
  readonly credentials: CredentialsResource;
  /** Borrowers, KYC documents, biometrics, a customer's offers. */
  readonly customers: CustomersResource;
  /** Credit offers and simulations. */
  readonly creditOffers: CreditOffersResource;
  /** Loans and their installments. */
  readonly loans: LoansResource;
  /** Webhook endpoints and their signing secrets. */
  readonly webhookEndpoints: WebhookEndpointsResource;
}

/** The resources of {@link DinieClient} that a borrower's browser reaches through the partner's proxy. */
export type DinieBorrowerClient = Pick<DinieClient, 'customers' | 'creditOffers' | 'loans'>;

/**
 * Creates a Dinie API client for browsers and Node. Every method takes optional
 * `RequestOptions` last (`signal`, `timeoutMs`, `idempotencyKey`, `headers`), rejects only with
 * `DinieApiError` (a `getToken` failure included, as `token_error`), retries what is safe to retry
 * and sends one `Idempotency-Key` per POST, unchanged across its retries.
 *
 * Retried, with exponential backoff and full jitter or the server's `Retry-After`, up to
 * `maxRetries` times: network errors, timeouts, 408, 429, every 5xx except 501 (Not Implemented
 * never changes on a retry), and a `409 idempotency_key_in_use`, which says an earlier attempt
 * with the same key is still running; the retry then gets that attempt's answer.
 *
 * @throws {TypeError} on a missing `baseUrl` or `getToken`, or when no `fetch` is available.
 * @throws {RangeError} on a negative or fractional `maxRetries` or a non-positive `timeoutMs`.
 *
 * @example
 * const dinie = createDinieClient({ baseUrl: 'http://127.0.0.1:4010/v3', getToken: () => tokens.get() });
 * const { customer, created } = await dinie.customers.createWithResponse({ cpf: '529.982.247-25' });
 */
export function createDinieClient(options: DinieClientOptions): DinieClient {
  const transport = clientTransport(options, 'createDinieClient');
  return {
    auth: createAuthResource(transport),
    credentials: createCredentialsResource(transport),
    ...borrowerResources(transport),
    webhookEndpoints: createWebhookEndpointsResource(transport),
  };
}

/**
 * The part of the Dinie API a borrower's browser uses, through the partner's proxy: customers,
 * credit offers and loans. It is {@link createDinieClient} without the partner-only resources
 * (token exchange, credentials, webhook endpoints, which the proxy never forwards), so a browser
 * bundle does not carry them. Takes the same options.
 *
 * @example
 * const dinie = createBorrowerClient({ baseUrl: '/dinie', getToken: () => session.token() });
 * const customer = await dinie.customers.get(customerId);
 */
export function createBorrowerClient(options: DinieClientOptions): DinieBorrowerClient {
  return borrowerResources(clientTransport(options, 'createBorrowerClient'));
}

function borrowerResources(transport: Transport): DinieBorrowerClient {
  return {
    customers: createCustomersResource(transport),
    creditOffers: createCreditOffersResource(transport),
    loans: createLoansResource(transport),
  };
}

/** Checks the options, naming the factory in each message, and builds the shared transport. */
function clientTransport(options: DinieClientOptions, factory: string): Transport {
  const { baseUrl, getToken, maxRetries = 3, timeoutMs = 30_000 } = options;
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError(`${factory} needs \`baseUrl\`, e.g. "https://api.dinie.com.br/v3".`);
  }
  if (typeof getToken !== 'function') {
    throw new TypeError(`${factory} needs \`getToken\`, an async function returning the bearer token.`);
  }
  if (!Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new RangeError(`maxRetries must be a whole number from 0, got ${maxRetries}.`);
  }
  if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs must be a positive number of milliseconds, got ${timeoutMs}.`);
  }
  const customFetch = options.fetch;
  if (customFetch === undefined && typeof globalThis.fetch !== 'function') {
    throw new TypeError(`No global fetch in this runtime; pass \`fetch\` to ${factory}.`);
  }
  const headers: Record<string, string> = { ...options.headers };
  if (options.userAgent !== undefined) headers['user-agent'] = options.userAgent;

  return createTransport({
    baseUrl: baseUrl.trim(),
    getToken,
    // Called bare, never as a method: `window.fetch` throws "Illegal invocation" with another `this`.
    // The global is read per call so a fetch patched after creation (a test interceptor) is honoured.
    fetch: (input, init) => (customFetch ?? globalThis.fetch)(input, init),
    customFetch: customFetch !== undefined,
    maxRetries,
    timeoutMs,
    headers,
    sleep: options.sleep ?? defaultSleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  });
}
