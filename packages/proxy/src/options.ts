import { type Dialect, dialectOfBaseUrl } from '@dinie-embed/api/dialect';
import type { Request } from 'express';
import type { DinieProxyLogger } from './logger.ts';
import {
  checkBaseUrl,
  checkLimits,
  checkOrigins,
  checkStores,
  checkWebhookSecrets,
  integerOption,
} from './optionChecks.ts';
import type { DedupeStore } from './stores/dedupeStore.ts';
import type { EventStore } from './stores/eventStore.ts';
import type { RateLimitStore } from './stores/rateLimitStore.ts';
import type { DinieWebhookEvent } from './webhookEvent.ts';

/** Who the browser acts for, as decided by the partner's own authentication. */
export interface DinieBorrower {
  /** The partner's id for the borrower; sent to Dinie as the customer's `external_id`. */
  externalId: string;
}

/** Context given to `onEvent` with each verified webhook event. */
export interface DinieEventContext {
  /** The borrower the event concerns, or null when it concerns none the proxy can tell. */
  externalId: string | null;
}

/** Size and rate limits; every one has a default. */
export interface DinieProxyLimits {
  /** Largest accepted document upload, in bytes (default 10 MiB). */
  uploadBytes?: number | undefined;
  /** Largest accepted JSON body and webhook body, in bytes (default 100 KiB). */
  jsonBytes?: number | undefined;
  /** Requests per minute per session token (default 300; `Infinity` turns it off). */
  requestsPerMinutePerSession?: number | undefined;
  /** Requests per minute per client IP, as Express's `req.ip` sees it (default 900; `Infinity` turns it off). */
  requestsPerMinutePerIp?: number | undefined;
  /**
   * Calls to Dinie per minute for the whole partner (default 480, below Dinie's 600 per
   * credential, so the partner's own back office keeps some); `Infinity` turns it off.
   */
  upstreamRequestsPerMinute?: number | undefined;
  /**
   * Calls to Dinie per minute on behalf of one borrower (default 60), so that no borrower can
   * spend the partner's budget; `Infinity` turns it off.
   */
  upstreamRequestsPerMinutePerBorrower?: number | undefined;
  /**
   * Open `GET /events` streams per borrower on this instance (default 5); a new one beyond it
   * ends the oldest with `event: replaced`.
   */
  eventStreamsPerBorrower?: number | undefined;
}

/** Shared state, for running several proxy instances; in memory by default. */
export interface DinieProxyStores {
  /** Per-borrower event history and fan-out for `GET /events`. */
  events?: EventStore | undefined;
  /** Webhook ids already handled. */
  dedupe?: DedupeStore | undefined;
  /** Request counters for the rate limits and the budget at Dinie, and Dinie's `Retry-After` pause. */
  rateLimit?: RateLimitStore | undefined;
}

/** Options of `createDinieProxy`. */
export interface DinieProxyOptions {
  /** Dinie's base URL including the version path, e.g. `https://api.dinie.com.br/v3` or the sandbox's. */
  baseUrl: string;
  /** The partner's Dinie `client_id`. */
  clientId: string;
  /** The partner's Dinie `client_secret`; never leaves this process. */
  clientSecret: string;
  /** Key for signing session tokens, at least 32 characters (`openssl rand -base64 48`). */
  sessionSecret: string;
  /** Decides which borrower the calling browser acts for, from the partner's own auth; null refuses. */
  authorize: (req: Request) => Promise<DinieBorrower | null> | DinieBorrower | null;
  /** The webhook endpoint's `whsec_…` secret, or several while a rotation is under way. */
  webhookSecret?: string | readonly string[] | undefined;
  /** Called once per verified, new webhook event; a throw makes Dinie deliver it again. */
  onEvent?: ((event: DinieWebhookEvent, context: DinieEventContext) => void | Promise<void>) | undefined;
  /** Exact origins allowed to call the proxy from a browser, e.g. `https://app.partner.com.br`. */
  allowedOrigins?: readonly string[] | undefined;
  /** Session token lifetime in seconds (default 900, at most 3600). */
  sessionTtlSeconds?: number | undefined;
  /** Size and rate limits. */
  limits?: DinieProxyLimits | undefined;
  /** How long to wait for Dinie before answering 504, in milliseconds (default 15 000). */
  upstreamTimeoutMs?: number | undefined;
  /**
   * Longest pause in a document upload before it is refused with 408, in milliseconds (default
   * 30 000). The call to Dinie is open while the browser sends, so a stalled upload must not hold it.
   */
  uploadIdleTimeoutMs?: number | undefined;
  /** Longest time a document upload may take to arrive whole, in milliseconds (default 300 000). */
  uploadTimeoutMs?: number | undefined;
  /**
   * The dialect Dinie answers in at `baseUrl` (default `auto`: `sdk` for a base ending in
   * `/api/v3`, `docs` otherwise). The browser always gets the documented model: requests and
   * answers, uploads and webhook events are translated on the way by `@dinie-embed/api/dialect`.
   */
  dialect?: 'docs' | 'sdk' | 'auto' | undefined;
  /**
   * A fetch-compatible function to make every call to Dinie with, e.g. to go through the
   * partner's own HTTP agent or to watch calls in tests. Default: none, and calls go over a
   * keep-alive undici connection pool to Dinie's origin, which costs the hop far less than fetch.
   */
  fetch?: typeof fetch | undefined;
  /** Shared stores for several instances (default: in memory). */
  stores?: DinieProxyStores | undefined;
  /** Receives redacted log entries (default: warnings and errors on stderr). */
  logger?: DinieProxyLogger | undefined;
  /** Interval of SSE heartbeat comments, in milliseconds (default 15 000). */
  sseHeartbeatMs?: number | undefined;
}

/** One option that needs fixing. */
export interface DinieProxyOptionProblem {
  /** The option's name, e.g. `sessionSecret`. */
  option: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Thrown by `createDinieProxy` when options are missing or wrong; the message says how to fix each. */
export class DinieProxyOptionsError extends Error {
  /** Stable code for this error. */
  readonly code = 'INVALID_OPTIONS' as const;
  /** Every option that needs fixing. */
  readonly problems: readonly DinieProxyOptionProblem[];

  constructor(problems: readonly DinieProxyOptionProblem[]) {
    const lines = problems.map((problem) => `- ${problem.message}`).join('\n');
    const count = problems.length === 1 ? '1 option needs' : `${problems.length} options need`;
    super(`createDinieProxy: ${count} fixing:\n${lines}`);
    this.name = 'DinieProxyOptionsError';
    this.problems = problems;
  }
}

/** Every limit with its value. */
export type ResolvedLimits = { [K in keyof DinieProxyLimits]-?: number };

/** Options with every default applied, as the rest of the proxy reads them. */
export interface ResolvedOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  sessionSecret: string;
  authorize: DinieProxyOptions['authorize'];
  webhookSecrets: readonly string[];
  onEvent: DinieProxyOptions['onEvent'];
  allowedOrigins: ReadonlySet<string>;
  sessionTtlSeconds: number;
  limits: ResolvedLimits;
  upstreamTimeoutMs: number;
  uploadIdleTimeoutMs: number;
  uploadTimeoutMs: number;
  /** The dialect Dinie speaks at `baseUrl`, `auto` resolved. */
  dialect: Dialect;
  /** The partner's own fetch, or undefined for the undici pool. */
  fetch: typeof fetch | undefined;
  stores: DinieProxyStores;
  logger: DinieProxyLogger | undefined;
  sseHeartbeatMs: number;
}

const KNOWN = [
  'baseUrl',
  'clientId',
  'clientSecret',
  'sessionSecret',
  'authorize',
  'webhookSecret',
  'onEvent',
  'allowedOrigins',
  'sessionTtlSeconds',
  'limits',
  'upstreamTimeoutMs',
  'uploadIdleTimeoutMs',
  'uploadTimeoutMs',
  'dialect',
  'fetch',
  'stores',
  'logger',
  'sseHeartbeatMs',
] as const;

/** Checks options and applies defaults; throws {@link DinieProxyOptionsError} listing every problem. */
export function resolveOptions(options: DinieProxyOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new DinieProxyOptionsError([
      { option: 'options', message: 'pass an options object: `createDinieProxy({ baseUrl, clientId, … })`.' },
    ]);
  }
  const problems: DinieProxyOptionProblem[] = [];
  const fail = (option: string, message: string) => problems.push({ option, message });
  const raw = options as unknown as Record<string, unknown>;

  for (const key of Object.keys(raw)) {
    if (!(KNOWN as readonly string[]).includes(key)) {
      const near = KNOWN.find((known) => known.toLowerCase().startsWith(key.toLowerCase().slice(0, 5)));
      fail(key, `\`${key}\` is not an option${near ? `; did you mean \`${near}\`?` : '.'}`);
    }
  }

  const baseUrl = checkBaseUrl(raw.baseUrl, fail);
  const dialect = raw.dialect ?? 'auto';
  if (dialect !== 'docs' && dialect !== 'sdk' && dialect !== 'auto') {
    fail(
      'dialect',
      "`dialect` must be 'docs', 'sdk' or 'auto' (read from the base path, `/api/v3` or `/v3`).",
    );
  }

  for (const name of ['clientId', 'clientSecret'] as const) {
    if (typeof raw[name] !== 'string' || raw[name] === '') {
      fail(
        name,
        `\`${name}\` is required: the partner's Dinie ${name === 'clientId' ? 'client_id' : 'client_secret'}, e.g. from an environment variable.`,
      );
    }
  }
  if (typeof raw.clientId === 'string' && raw.clientId.includes(':')) {
    fail(
      'clientId',
      '`clientId` cannot contain ":" (it travels in HTTP Basic auth); check that it is the client_id and not "id:secret".',
    );
  }

  if (typeof raw.sessionSecret !== 'string' || raw.sessionSecret.length < 32) {
    fail(
      'sessionSecret',
      '`sessionSecret` must be at least 32 characters; generate one with `openssl rand -base64 48`.',
    );
  } else if (raw.sessionSecret === raw.clientSecret) {
    fail(
      'sessionSecret',
      '`sessionSecret` must not be the client secret; generate a separate one with `openssl rand -base64 48`.',
    );
  }

  if (typeof raw.authorize !== 'function') {
    fail(
      'authorize',
      '`authorize` is required: `async (req) => ({ externalId: <your borrower id> })`, or null to refuse.',
    );
  }
  if (raw.onEvent !== undefined && typeof raw.onEvent !== 'function') {
    fail('onEvent', '`onEvent` must be a function `(event, { externalId }) => …`.');
  }

  const webhookSecrets = checkWebhookSecrets(raw.webhookSecret, fail);
  const allowedOrigins = checkOrigins(raw.allowedOrigins, fail);

  const sessionTtlSeconds = integerOption(
    raw.sessionTtlSeconds,
    'sessionTtlSeconds',
    900,
    30,
    3600,
    fail,
    'the front end asks for a new token when one expires, so keep them short',
  );
  const upstreamTimeoutMs = integerOption(
    raw.upstreamTimeoutMs,
    'upstreamTimeoutMs',
    15_000,
    100,
    120_000,
    fail,
  );
  const uploadIdleTimeoutMs = integerOption(
    raw.uploadIdleTimeoutMs,
    'uploadIdleTimeoutMs',
    30_000,
    100,
    600_000,
    fail,
  );
  const uploadTimeoutMs = integerOption(
    raw.uploadTimeoutMs,
    'uploadTimeoutMs',
    300_000,
    100,
    3_600_000,
    fail,
  );
  const sseHeartbeatMs = integerOption(raw.sseHeartbeatMs, 'sseHeartbeatMs', 15_000, 10, 300_000, fail);
  const limits = checkLimits(raw.limits, fail);

  if (raw.fetch !== undefined && typeof raw.fetch !== 'function') {
    fail('fetch', '`fetch` must be a fetch-compatible function, e.g. `globalThis.fetch`.');
  }
  if (raw.logger !== undefined && typeof raw.logger !== 'function') {
    fail(
      'logger',
      '`logger` must be a function `(entry) => void`, e.g. `(entry) => pino[entry.level](entry)`.',
    );
  }
  const stores = checkStores(raw.stores, fail);

  if (problems.length > 0) throw new DinieProxyOptionsError(problems);
  return {
    baseUrl,
    clientId: raw.clientId as string,
    clientSecret: raw.clientSecret as string,
    sessionSecret: raw.sessionSecret as string,
    authorize: raw.authorize as DinieProxyOptions['authorize'],
    webhookSecrets,
    onEvent: raw.onEvent as DinieProxyOptions['onEvent'],
    allowedOrigins,
    sessionTtlSeconds,
    limits,
    upstreamTimeoutMs,
    uploadIdleTimeoutMs,
    uploadTimeoutMs,
    dialect: dialect === 'sdk' || dialect === 'docs' ? dialect : (dialectOfBaseUrl(baseUrl || '/') ?? 'docs'),
    fetch: raw.fetch as typeof fetch | undefined,
    stores,
    logger: raw.logger as DinieProxyLogger | undefined,
    sseHeartbeatMs,
  };
}
