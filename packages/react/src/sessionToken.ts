import type { GetToken } from '@dinie-embed/api';

/**
 * What `fetchSessionToken` may resolve to: the bare token, or the proxy's `POST {mount}/session`
 * answer, whose `expires_at` lets the provider renew the token before the server refuses it and
 * whose `events` says whether `GET {mount}/events` exists (when `false`, the provider polls
 * without asking for the stream).
 */
export type SessionToken =
  | string
  | { readonly token: string; readonly expires_at: string; readonly events?: boolean | undefined };

/** The host's callback that asks its own server for a session token (Stripe's `fetchClientSecret`). */
export type FetchSessionToken = () => Promise<SessionToken>;

/** Options of {@link SessionTokenStore.get}. */
export interface GetSessionTokenOptions {
  /** The server refused the token last handed out; get another unless that already happened. */
  forceRefresh?: boolean | undefined;
}

/** The provider's single source of session tokens, shared by every request and the event stream. */
export interface SessionTokenStore {
  /** A usable token: the cached one, or the result of the one refresh in flight. */
  get(options?: GetSessionTokenOptions): Promise<string>;
  /** Starts fetching a token when none is cached or coming, so the first query does not wait. */
  prefetch(): void;
  /** Records that the server answered 401 to `token`; if it is the cached one, the next `get` replaces it. */
  refuse(token: string): void;
  /** What the last session answer said about live events: `true`, `false`, or `null` when it did not say. */
  eventsAvailable(): boolean | null;
}

/** Renew this long before `expires_at` (at most half the token's life), so no request races it. */
const EXPIRY_MARGIN_MS = 30_000;
/**
 * A `forceRefresh` that does not say which token was refused replaces the cached token only when
 * it is at least this old: N calls refused together each ask, and all but the first would
 * otherwise fetch again.
 */
const FRESH_TOKEN_MS = 5_000;

interface CachedToken {
  token: string;
  events: boolean | null;
  receivedAt: number;
  /** When to stop using it, or `null` when the host gave no expiry. */
  renewAt: number | null;
}

/**
 * Creates the token store of one `<DinieProvider>`: one `fetchSessionToken` call at a time, shared
 * by every caller; renewal shortly before `expires_at`, or after the server refused the token.
 *
 * @param fetchSessionToken - read on every refresh, so a host may pass a new function each render.
 * @param now - the clock, in epoch milliseconds.
 */
export function createSessionTokenStore(
  fetchSessionToken: () => FetchSessionToken,
  now: () => number = () => Date.now(),
): SessionTokenStore {
  let cached: CachedToken | null = null;
  let inFlight: Promise<string> | null = null;

  const refresh = (): Promise<string> => {
    if (inFlight) return inFlight;
    const request = Promise.resolve()
      .then(() => fetchSessionToken()())
      .then((value) => {
        cached = toCached(value, now());
        return cached.token;
      })
      .finally(() => {
        inFlight = null;
      });
    inFlight = request;
    return request;
  };

  return {
    get(options = {}) {
      if (inFlight) return inFlight;
      const current = cached;
      if (current === null) return refresh();
      const time = now();
      if (current.renewAt !== null && time >= current.renewAt) return refresh();
      if (options.forceRefresh && time - current.receivedAt >= FRESH_TOKEN_MS) return refresh();
      return Promise.resolve(current.token);
    },
    refuse(token) {
      if (cached?.token === token) cached = null;
    },
    eventsAvailable() {
      return cached?.events ?? null;
    },
    prefetch() {
      if (cached !== null || inFlight) return;
      // Nobody awaits this call; whoever asks next for a token joins it or retries, and sees the error.
      refresh().catch(() => undefined);
    },
  };
}

function toCached(value: SessionToken, receivedAt: number): CachedToken {
  const token = typeof value === 'string' ? value : value?.token;
  if (typeof token !== 'string' || token === '') {
    throw new TypeError(
      `fetchSessionToken must resolve to a token string or to { token, expires_at } (the body of the proxy's POST /session), got ${describe(value)}.`,
    );
  }
  if (typeof value === 'string') return { token, events: null, receivedAt, renewAt: null };
  const events = typeof value.events === 'boolean' ? value.events : null;
  const expiresAt = Date.parse(value.expires_at);
  if (Number.isNaN(expiresAt)) {
    throw new TypeError(
      `fetchSessionToken returned expires_at ${JSON.stringify(value.expires_at)}, which is not an RFC 3339 instant.`,
    );
  }
  // A token that looks expired on arrival means the two clocks disagree; the server's 401 is then
  // the only trustworthy signal, so the expiry is ignored rather than refreshing in a loop.
  if (expiresAt <= receivedAt) return { token, events, receivedAt, renewAt: null };
  const margin = Math.min(EXPIRY_MARGIN_MS, (expiresAt - receivedAt) / 2);
  return { token, events, receivedAt, renewAt: expiresAt - margin };
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  return `an object with keys ${JSON.stringify(Object.keys(value))}`;
}

/**
 * The api client's `getToken` on top of a store. The client asks again with `forceRefresh` after
 * a 401, passing the same `signal` as for the refused attempt; remembering which token went out
 * with which signal tells exactly which token was refused, so N calls refused together cause one
 * refresh and a token refused the moment it arrived is still replaced. Calls without a signal
 * fall back to the store's age rule.
 */
export function createGetToken(store: SessionTokenStore): GetToken {
  const handedOut = new WeakMap<AbortSignal, string>();
  return async ({ forceRefresh, signal }) => {
    const refused = forceRefresh && signal ? handedOut.get(signal) : undefined;
    if (refused !== undefined) store.refuse(refused);
    const token = await store.get({ forceRefresh: forceRefresh && refused === undefined });
    if (signal) handedOut.set(signal, token);
    return token;
  };
}
