import { MAX_INSTANT_MS } from './clock.ts';
import type { SandboxSnapshot } from './state/snapshot.ts';

/** Where the sandbox keeps its state between runs; `server.ts` injects a file-backed one. */
export interface SandboxPersistence {
  /** The last saved snapshot, or `undefined` to start empty. */
  load(): SandboxSnapshot | undefined | Promise<SandboxSnapshot | undefined>;
  /** Stores a snapshot; called after changes, never concurrently. */
  save(snapshot: SandboxSnapshot): void | Promise<void>;
}

/** The credit offer every activated customer receives. */
export interface OfferTerms {
  /** The most that can be borrowed, in cents (default R$ 50,000.00). */
  approvedCents: number;
  /** The least that can be borrowed, in cents (default R$ 5,000.00). */
  minCents: number;
  /** Monthly interest in percent (default 2.5). */
  interestRatePercent: number;
  /** A fixed term, or a range of installment counts (default 3 to 12). */
  installments: number | { min: number; max: number };
  /** Days, on the sandbox clock, before the offer expires (default 30). */
  validDays: number;
}

/** Options of `createSandbox`. Every one has a default. */
export interface SandboxOptions {
  /** `client_id` of the credential that exists from the start (default `dinie_ci_` + 32 random hex). */
  clientId?: string;
  /** Its secret (default `dinie_cs_test_` + 32 random hex). */
  clientSecret?: string;
  /**
   * Real milliseconds before each automatic step (review, offer, contract, disbursement) happens
   * (default 1500). `0` runs each step right after the response that caused it.
   */
  stepMs?: number;
  /** Whether KYC review approves everything submitted by itself (default `true`). */
  autoApproveKyc?: boolean;
  /** Access token lifetime in seconds (default 3600). */
  tokenTtlSeconds?: number;
  /** Requests per window and credential, or `false` for no limit (default 600 per 60 s). */
  rateLimit?: { limit: number; windowSeconds: number } | false;
  /** Largest KYC file in bytes (default 10 MB). */
  maxUploadBytes?: number;
  /** Largest JSON or form body in bytes (default 1 MB). */
  maxJsonBytes?: number;
  /** The offer minted for each activated customer. */
  offer?: Partial<OfferTerms>;
  /** Registration fee of every simulation, in cents, financed into the loan (default 0). */
  feeCents?: number;
  /** How IOF is charged (default `'financed'`, grossed up into the principal). */
  iofMode?: 'financed' | 'deducted';
  /** Minutes a biometrics session stays open (default 15). */
  biometricsSessionMinutes?: number;
  /** Delays between webhook attempts after a failure, in ms (default the Standard Webhooks schedule). */
  webhookRetryDelaysMs?: readonly number[];
  /** How long a receiver may take to answer, in ms (default 5000). */
  webhookTimeoutMs?: number;
  /** Where the sandbox starts its clock (default now), e.g. `'2026-03-02T12:00:00Z'`. */
  startAt?: string | Date;
  /** The wall clock in epoch ms (default `Date.now`); tests pin it to expire tokens. */
  now?: () => number;
  /** Origin for `session_url` and `signing_url` (default the origin of each request). */
  publicUrl?: string;
  /** Serve `/v3/test_helpers/*` (default `true`). */
  testHelpers?: boolean;
  /** Fetch used to deliver webhooks (default the global `fetch`). */
  fetch?: typeof fetch;
  /** State storage between runs (default none: memory only). */
  persistence?: SandboxPersistence;
  /** Receives unexpected errors (default `console.error`). */
  onError?: (error: unknown) => void;
}

/** Options with every default applied. */
export interface ResolvedOptions {
  clientId: string;
  clientSecret: string;
  stepMs: number;
  autoApproveKyc: boolean;
  tokenTtlSeconds: number;
  rateLimit: { limit: number; windowSeconds: number } | false;
  maxUploadBytes: number;
  maxJsonBytes: number;
  offer: OfferTerms;
  feeCents: number;
  iofMode: 'financed' | 'deducted';
  biometricsSessionMinutes: number;
  webhookRetryDelaysMs: readonly number[];
  webhookTimeoutMs: number;
  startAt: number | undefined;
  now: () => number;
  publicUrl: string | undefined;
  testHelpers: boolean;
  fetch: typeof fetch;
  persistence: SandboxPersistence | undefined;
  onError: (error: unknown) => void;
}

/** Standard Webhooks' schedule after the first attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const STANDARD_WEBHOOK_RETRY_DELAYS_MS: readonly number[] = [
  5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
];

const DEFAULT_OFFER: OfferTerms = {
  approvedCents: 5_000_000,
  minCents: 500_000,
  interestRatePercent: 2.5,
  installments: { min: 3, max: 12 },
  validDays: 30,
};

const MAX_INSTALLMENTS = 600;
/** The longest delay timers keep (2^31 − 1 ms, about 24.8 days); longer ones fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

function fail(name: string, rule: string, value: unknown): never {
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  throw new RangeError(`createSandbox: \`${name}\` must be ${rule}, got ${shown}.`);
}

function requireNumber(name: string, value: number, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    fail(name, `a number ≥ ${min}`, value);
  }
  return value;
}

function requirePositive(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(name, 'a number greater than 0', value);
  }
  return value;
}

function requireInteger(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    fail(name, `a whole number from ${min} to ${max}`, value);
  }
  return value;
}

function requireCents(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    fail(name, `a whole number of cents ≥ ${min} (R$ 1,234.56 is 123456)`, value);
  }
  return value;
}

function requireOfferTerms(terms: OfferTerms): OfferTerms {
  requireCents('offer.minCents', terms.minCents, 1);
  requireCents('offer.approvedCents', terms.approvedCents, 1);
  if (terms.approvedCents < terms.minCents) {
    throw new RangeError(
      `createSandbox: \`offer.approvedCents\` (${terms.approvedCents}) must be ≥ \`offer.minCents\` (${terms.minCents}).`,
    );
  }
  requirePositive('offer.interestRatePercent', terms.interestRatePercent);
  const { installments } = terms;
  if (typeof installments === 'number') {
    requireInteger('offer.installments', installments, 1, MAX_INSTALLMENTS);
  } else if (typeof installments === 'object' && installments !== null) {
    requireInteger('offer.installments.min', installments.min, 1, MAX_INSTALLMENTS);
    requireInteger('offer.installments.max', installments.max, 1, MAX_INSTALLMENTS);
    if (installments.min > installments.max) {
      throw new RangeError(
        `createSandbox: \`offer.installments.min\` (${installments.min}) must be ≤ \`offer.installments.max\` (${installments.max}); for a fixed term pass a number.`,
      );
    }
  } else {
    fail('offer.installments', 'a whole number of installments or { min, max }', installments);
  }
  requirePositive('offer.validDays', terms.validDays);
  return terms;
}

/**
 * Applies defaults and checks every option, so a typo fails at start with the fix in the message
 * rather than as a strange response later.
 */
export function resolveOptions(
  options: SandboxOptions,
  randomHex: (bytes: number) => string,
): ResolvedOptions {
  const offer = requireOfferTerms({ ...DEFAULT_OFFER, ...options.offer });
  for (const name of ['clientId', 'clientSecret'] as const) {
    const value = options[name];
    if (value !== undefined && (typeof value !== 'string' || value === '' || value.includes(':'))) {
      fail(name, 'a non-empty string without ":" (it travels in HTTP Basic authentication)', value);
    }
  }
  const startAt = options.startAt === undefined ? undefined : new Date(options.startAt).getTime();
  if (startAt !== undefined && (Number.isNaN(startAt) || startAt < 0 || startAt > MAX_INSTANT_MS)) {
    fail('startAt', 'a date from 1970-01-01 to 9999-12-31, such as "2026-03-02T12:00:00Z"', options.startAt);
  }
  const rateLimit = options.rateLimit ?? { limit: 600, windowSeconds: 60 };
  if (rateLimit !== false) {
    if (typeof rateLimit !== 'object' || rateLimit === null) {
      fail('rateLimit', '{ limit, windowSeconds } or false', rateLimit);
    }
    requireInteger('rateLimit.limit', rateLimit.limit, 1);
    requireNumber('rateLimit.windowSeconds', rateLimit.windowSeconds, 1);
  }
  const iofMode = options.iofMode ?? 'financed';
  if (iofMode !== 'financed' && iofMode !== 'deducted') fail('iofMode', '"financed" or "deducted"', iofMode);
  const webhookRetryDelaysMs = options.webhookRetryDelaysMs ?? STANDARD_WEBHOOK_RETRY_DELAYS_MS;
  if (!Array.isArray(webhookRetryDelaysMs)) {
    fail('webhookRetryDelaysMs', 'an array of delays in ms (empty for no retries)', webhookRetryDelaysMs);
  }
  webhookRetryDelaysMs.forEach((delay, index) => {
    requireInteger(`webhookRetryDelaysMs[${index}]`, delay, 0, MAX_TIMER_MS);
  });
  if (options.publicUrl !== undefined) {
    let url: URL | null = null;
    try {
      url = new URL(options.publicUrl);
    } catch {
      url = null;
    }
    if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      fail('publicUrl', 'an http(s) origin such as "https://sandbox.example.com"', options.publicUrl);
    }
  }
  for (const name of ['now', 'fetch', 'onError'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function')
      fail(name, 'a function', options[name]);
  }
  const globalFetch = globalThis.fetch?.bind(globalThis);
  return {
    clientId: options.clientId ?? `dinie_ci_${randomHex(16)}`,
    clientSecret: options.clientSecret ?? `dinie_cs_test_${randomHex(16)}`,
    stepMs: requireInteger('stepMs', options.stepMs ?? 1500, 0, MAX_TIMER_MS),
    autoApproveKyc: options.autoApproveKyc ?? true,
    tokenTtlSeconds: requireNumber('tokenTtlSeconds', options.tokenTtlSeconds ?? 3600, 1),
    rateLimit,
    maxUploadBytes: requireInteger('maxUploadBytes', options.maxUploadBytes ?? 10 * 1024 * 1024, 1),
    maxJsonBytes: requireInteger('maxJsonBytes', options.maxJsonBytes ?? 1024 * 1024, 1),
    offer,
    feeCents: requireCents('feeCents', options.feeCents ?? 0, 0),
    iofMode,
    biometricsSessionMinutes: requirePositive(
      'biometricsSessionMinutes',
      options.biometricsSessionMinutes ?? 15,
    ),
    webhookRetryDelaysMs,
    webhookTimeoutMs: requireInteger('webhookTimeoutMs', options.webhookTimeoutMs ?? 5000, 1, MAX_TIMER_MS),
    startAt,
    now: options.now ?? Date.now,
    publicUrl: options.publicUrl?.replace(/\/+$/, ''),
    testHelpers: options.testHelpers ?? true,
    fetch: options.fetch ?? globalFetch,
    persistence: options.persistence,
    onError: options.onError ?? ((error) => console.error('[dinie-sandbox]', error)),
  };
}
