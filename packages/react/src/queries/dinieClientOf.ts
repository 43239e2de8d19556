import type { DinieBorrowerClient } from '@dinie-embed/api';
import type { QueryClient } from '@tanstack/react-query';

interface Binding {
  client: DinieBorrowerClient;
  baseUrl: string;
  /** What else scopes the cached data (the provider's `sessionKey`). */
  scope: string | undefined;
  /**
   * The mounted providers using this binding. Two live bindings on one cache would mix data, but
   * one provider moving to another `baseUrl` is not two: it drops its old data instead.
   */
  owners: Set<object>;
}

// Keyed by the QueryClient so the factories keep the `customerQueries.detail(id)` shape: their
// query functions find the Dinie client through the `client` TanStack Query hands them, which also
// makes `queryClient.fetchQuery(customerQueries.detail(id))` work anywhere in the host's code.
const bindings = new WeakMap<QueryClient, Binding>();

/** Options of {@link bindDinieClient}. */
export interface BindDinieClientOptions {
  /** The provider binding; the same object for the provider's whole life. */
  owner?: object | undefined;
  /** Data cached under another scope belongs to someone else (another borrower) and is dropped. */
  scope?: string | undefined;
}

/**
 * Makes `client` the Dinie client of every query and mutation factory run on `queryClient`.
 * Called by `<DinieProvider>` while it renders, before any child query can start. When the
 * `baseUrl` or the scope changes, every `['dinie', …]` query is removed: its data came from
 * another server or belongs to another borrower.
 *
 * @throws {Error} when another mounted provider talks to a different `baseUrl` through the same
 * QueryClient: the `['dinie', …]` keys of both would collide.
 */
export function bindDinieClient(
  queryClient: QueryClient,
  client: DinieBorrowerClient,
  baseUrl: string,
  options: BindDinieClientOptions = {},
): void {
  const { owner, scope } = options;
  const existing = bindings.get(queryClient);
  if (!existing) {
    bindings.set(queryClient, { client, baseUrl, scope, owners: new Set() });
    return;
  }
  if (existing.baseUrl !== baseUrl && [...existing.owners].some((other) => other !== owner)) {
    throw new Error(
      `Two <DinieProvider>s share one QueryClient with different baseUrls (${JSON.stringify(existing.baseUrl)} and ${JSON.stringify(baseUrl)}); their cached data would mix. Give each provider its own queryClient.`,
    );
  }
  if (existing.baseUrl !== baseUrl || existing.scope !== scope) {
    queryClient.removeQueries({ queryKey: ['dinie'] });
  }
  existing.client = client;
  existing.baseUrl = baseUrl;
  existing.scope = scope;
}

/** Counts `owner` as a mounted provider on `queryClient`; returns the matching release for the unmount. */
export function retainDinieClient(queryClient: QueryClient, owner: object = {}): () => void {
  const binding = bindings.get(queryClient);
  binding?.owners.add(owner);
  return () => {
    binding?.owners.delete(owner);
  };
}

/**
 * The Dinie client bound to `queryClient`.
 *
 * @param caller - the factory asking, named in the error.
 * @throws {Error} when no `<DinieProvider>` uses this QueryClient.
 */
export function dinieClientOf(queryClient: QueryClient, caller: string): DinieBorrowerClient {
  const binding = bindings.get(queryClient);
  if (!binding) {
    throw new Error(
      `\`${caller}\` ran on a QueryClient that no <DinieProvider> uses. Render it inside <DinieProvider>, or pass this QueryClient to <DinieProvider queryClient={…}>.`,
    );
  }
  return binding.client;
}
