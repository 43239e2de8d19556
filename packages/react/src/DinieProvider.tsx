import { createBorrowerClient } from '@dinie-embed/api';
import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import {
  type ReactElement,
  type ReactNode,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import { createDeveloperHints } from './developerHint.ts';
import { DinieContext, type DinieRuntime } from './dinieContext.ts';
import { createEventConnection } from './events/createEventConnection.ts';
import { bindDinieClient, retainDinieClient } from './queries/dinieClientOf.ts';
import { createGetToken, createSessionTokenStore, type FetchSessionToken } from './sessionToken.ts';

/** Props of {@link DinieProvider}. */
export interface DinieProviderProps {
  /** Where the partner mounted the proxy (`/dinie`, `https://partner.example/dinie`); Dinie's paths follow it. */
  baseUrl: string;
  /** Asks the partner's server for a session token (`POST {mount}/session`); called at start, on expiry and after a 401. */
  fetchSessionToken: FetchSessionToken;
  /** The host's QueryClient; default: the one of an enclosing `QueryClientProvider`, else a private one. */
  queryClient?: QueryClient | undefined;
  /** The `fetch` for every request, uploads included (default: the global one, looked up at call time); read at mount. */
  fetch?: typeof fetch | undefined;
  /** How often the shown data is refetched when the event stream is unavailable, in ms (default 5000). */
  pollIntervalMs?: number | undefined;
  /** How often it is refetched while the borrower waits on the server (biometrics, review, signing), even with the stream open, in ms (default 15000). */
  safetyPollIntervalMs?: number | undefined;
  /**
   * Who the session is for, e.g. the signed-in user's id. When it changes, the session token is
   * fetched again and every `['dinie', …]` query is removed, so the next borrower on this browser
   * never sees the previous one's data.
   */
  sessionKey?: string | undefined;
  /** Whether the provider keeps the live event stream open for the whole tree (default `true`). */
  events?: boolean | undefined;
  /** The part of the app that uses Dinie hooks. */
  children?: ReactNode;
}

const DEFAULT_POLL_INTERVAL_MS = 5_000;
const DEFAULT_SAFETY_POLL_INTERVAL_MS = 15_000;

// Layout effects run before any child's passive effect, where queries start; on a server neither
// runs, and React 18 warns about useLayoutEffect there.
const useBeforeQueriesEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Connects the hooks below it to the Dinie API through the partner's proxy. It holds one session
 * token for all of them (fetched once at mount, renewed before `expires_at` and after a 401 by a
 * single shared refresh), the api client, and the live event stream. Every query key starts with
 * `'dinie'`, so sharing the host's QueryClient never collides with the host's own queries.
 *
 * When `fetchSessionToken` fails (a wrong `baseUrl`, a dev server that does not forward it, the
 * server down), it logs one `console.error` naming the mount and the likely cause.
 *
 * Safe to import and render on a server: nothing runs until it mounts in a browser.
 *
 * @example
 * <DinieProvider baseUrl="/dinie" fetchSessionToken={() => fetch('/dinie/session', { method: 'POST' }).then((r) => r.json())}>
 *   <App />
 * </DinieProvider>
 */
export function DinieProvider(props: DinieProviderProps): ReactElement {
  const { baseUrl, queryClient: queryClientProp, sessionKey, events = true, children } = props;
  if (typeof baseUrl !== 'string' || baseUrl === '') {
    throw new Error(
      '<DinieProvider> needs `baseUrl`: where the partner mounted the Dinie proxy, e.g. "/dinie".',
    );
  }
  if (typeof props.fetchSessionToken !== 'function') {
    throw new Error(
      '<DinieProvider> needs `fetchSessionToken`: a function that asks your server for a session token (POST {baseUrl}/session).',
    );
  }

  // Read through refs, so a host passing new inline functions each render keeps the same runtime.
  const latest = useRef(props);
  latest.current = props;

  const contextQueryClient = useContext(QueryClientContext);
  const ownQueryClient = useRef<QueryClient | null>(null);
  if (!queryClientProp && !contextQueryClient && ownQueryClient.current === null) {
    // The api client already retries what is worth retrying, with backoff.
    ownQueryClient.current = new QueryClient({
      defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
    });
  }
  const queryClient = queryClientProp ?? contextQueryClient ?? (ownQueryClient.current as QueryClient);

  const hints = useMemo(() => createDeveloperHints(baseUrl), [baseUrl]);
  const runtime = useMemo<DinieRuntime>(() => {
    const tokens = createSessionTokenStore(() => async () => {
      try {
        return await latest.current.fetchSessionToken();
      } catch (error) {
        hints.sessionFailed(error);
        throw error;
      }
    });
    // Without a host `fetch` the client keeps the global one, which lets browser uploads report
    // progress through XMLHttpRequest; a host `fetch` carries every request, uploads included.
    const hostFetch = latest.current.fetch;
    const client = createBorrowerClient({
      baseUrl,
      getToken: createGetToken(tokens),
      ...(hostFetch ? { fetch: (input, init) => (latest.current.fetch ?? hostFetch)(input, init) } : {}),
    });
    const connection = createEventConnection({
      url: `${baseUrl.replace(/\/+$/, '')}/events`,
      fetch: () => latest.current.fetch ?? globalThis.fetch,
      tokens,
      queryClient,
      pollIntervalMs: () => latest.current.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
      safetyPollIntervalMs: () => latest.current.safetyPollIntervalMs ?? DEFAULT_SAFETY_POLL_INTERVAL_MS,
    });
    // A new sessionKey is another borrower: a new runtime, so a new token store with no token.
    return { baseUrl, sessionKey, client, queryClient, tokens, events: connection };
  }, [baseUrl, queryClient, sessionKey, hints]);

  // Tells this provider's own re-binding (a new baseUrl or sessionKey) from a second provider's.
  const owner = useRef<object>({}).current;
  bindDinieClient(queryClient, runtime.client, baseUrl, { owner, scope: sessionKey });
  useBeforeQueriesEffect(() => {
    // Render may have run more than once (StrictMode, a discarded render); bind what was committed.
    bindDinieClient(queryClient, runtime.client, baseUrl, { owner, scope: sessionKey });
    return retainDinieClient(queryClient, owner);
  }, [queryClient, runtime, baseUrl, sessionKey, owner]);

  useEffect(() => {
    queryClient.mount();
    return () => queryClient.unmount();
  }, [queryClient]);

  useEffect(() => {
    runtime.tokens.prefetch();
  }, [runtime]);

  useEffect(() => (events ? runtime.events.retain() : undefined), [runtime, events]);

  return <DinieContext.Provider value={runtime}>{children}</DinieContext.Provider>;
}
