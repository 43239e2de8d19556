import { borrowerHash } from './borrowerId.ts';
import type { DinieResponse } from './dinieCall.ts';
import type { DinieProxyLogger } from './logger.ts';
import { ProblemError } from './problem.ts';
import type { RateLimitStore } from './stores/rateLimitStore.ts';

/** Options of {@link createUpstreamBudget}. */
export interface UpstreamBudgetOptions {
  /** Where the counts and Dinie's pause live, shared by every instance. */
  store: RateLimitStore;
  /** Calls per minute for the whole partner; Infinity for no budget. */
  perMinute: number;
  /** Calls per minute on behalf of one borrower; Infinity for no share. */
  perBorrowerPerMinute: number;
  log: DinieProxyLogger;
}

/** The partner's budget of calls to Dinie, shared fairly between borrowers. */
export interface UpstreamBudget {
  /**
   * Takes one call from the budget, on behalf of a borrower or (null) of the partner itself, e.g.
   * for a webhook. Throws a 429 problem with `Retry-After` when Dinie asked to wait, when the
   * borrower spent its share, or when the partner spent its budget.
   */
  take(borrower: string | null): Promise<void>;
  /** Learns from a 429 of Dinie's: every call waits as its `Retry-After` says. */
  paused(response: DinieResponse): Promise<void>;
}

const WINDOW_MS = 60_000;
const PAUSE_KEY = 'upstream:dinie';
const PARTNER_KEY = 'upstream:partner';
/** A `Retry-After` beyond this is read as this: a wrong header must not stop the proxy for hours. */
const MAX_PAUSE_MS = 5 * 60_000;

/**
 * Keeps the calls the proxy makes to Dinie below Dinie's quota, which is per partner: a borrower
 * who spends it (guessing ids, say) would otherwise lock every other borrower out, new sessions
 * included. Each borrower may use at most its share per minute and the partner as a whole its
 * budget; a borrower's calls beyond its share are refused before they count against the partner.
 * When Dinie answers 429 anyway (the partner's other systems share the quota), every call waits
 * until its `Retry-After` instead of asking again. Answers Dinie already gave are remembered by
 * `Ownership`, so the budget is spent on new questions only.
 */
export function createUpstreamBudget(options: UpstreamBudgetOptions): UpstreamBudget {
  const { store, log } = options;
  const refuse = (detail: string, resetAt: number) => {
    const seconds = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
    return new ProblemError(429, 'rate_limit_exceeded', `${detail} Try again in ${seconds} s.`, {
      headers: { 'Retry-After': String(seconds) },
    });
  };

  return {
    async take(borrower) {
      const pausedUntil = await store.blockedUntil(PAUSE_KEY);
      if (pausedUntil > Date.now()) {
        throw refuse('Dinie asked this partner to slow down.', pausedUntil);
      }
      if (borrower !== null && options.perBorrowerPerMinute !== Number.POSITIVE_INFINITY) {
        const key = `upstream:borrower:${borrowerHash(borrower)}`;
        const hit = await store.increment(key, WINDOW_MS);
        if (hit.count > options.perBorrowerPerMinute) {
          if (hit.count === options.perBorrowerPerMinute + 1) {
            log({ level: 'warn', msg: 'a borrower spent its share of the calls to Dinie' });
          }
          throw refuse(
            `Too many requests to Dinie for this borrower: at most ${options.perBorrowerPerMinute} per 60 s.`,
            hit.resetAt,
          );
        }
      }
      if (options.perMinute !== Number.POSITIVE_INFINITY) {
        const hit = await store.increment(PARTNER_KEY, WINDOW_MS);
        if (hit.count > options.perMinute) {
          if (hit.count === options.perMinute + 1) {
            log({ level: 'warn', msg: 'the partner spent its budget of calls to Dinie for this minute' });
          }
          throw refuse(
            `Too many requests to Dinie right now: at most ${options.perMinute} per 60 s.`,
            hit.resetAt,
          );
        }
      }
    },

    async paused(response) {
      const waitMs = Math.min(MAX_PAUSE_MS, retryAfterMs(response));
      await store.block(PAUSE_KEY, Date.now() + waitMs);
      log({
        level: 'warn',
        msg: 'Dinie answered 429; every call waits as its Retry-After says',
        retry_after_s: Math.ceil(waitMs / 1000),
      });
    },
  };
}

/** How long Dinie asked to wait: `Retry-After` in seconds or as a date, else its window's reset, else 1 s. */
function retryAfterMs(response: DinieResponse): number {
  const header = response.headers.get('retry-after')?.trim() ?? '';
  if (/^\d+$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  const reset = Number(response.headers.get('x-ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - Date.now());
  return 1000;
}
