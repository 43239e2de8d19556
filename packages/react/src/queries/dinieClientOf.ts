import type { DinieClient } from '@dinie-embed/api';
import type { QueryClient } from '@tanstack/react-query';

interface Binding {
  client: DinieClient;
  baseUrl: string;
  /** How many mounted providers use this binding; two live bindings on one cache would mix data. */
  mounted: number;
}

// Keyed by the QueryClient so the factories keep the `customerQueries.detail(id)` shape: their
// query functions find the Dinie client through the `client` TanStack Query hands them, which also
// makes `queryClient.fetchQuery(customerQueries.detail(id))` work anywhere in the host's code.
const bindings = new WeakMap<QueryClient, Binding>();

/**
 * Makes `client` the Dinie client of every query and mutation factory run on `queryClient`.
 * Called by `<DinieProvider>` while it renders, before any child query can start.
 *
 * @throws {Error} when another mounted provider talks to a different `baseUrl` through the same
 * QueryClient: the `['dinie', …]` keys of both would collide.
 */
export function bindDinieClient(queryClient: QueryClient, client: DinieClient, baseUrl: string): void {
  const existing = bindings.get(queryClient);
  if (existing && existing.mounted > 0 && existing.baseUrl !== baseUrl) {
    throw new Error(
      `Two <DinieProvider>s share one QueryClient with different baseUrls (${JSON.stringify(existing.baseUrl)} and ${JSON.stringify(baseUrl)}); their cached data would mix. Give each provider its own queryClient.`,
    );
  }
  if (existing?.client === client) return;
  bindings.set(queryClient, { client, baseUrl, mounted: existing?.mounted ?? 0 });
}

/** Counts a mounted provider on `queryClient`; returns the matching release for the unmount. */
export function retainDinieClient(queryClient: QueryClient): () => void {
  const binding = bindings.get(queryClient);
  if (binding) binding.mounted++;
  return () => {
    if (binding) binding.mounted--;
  };
}

/**
 * The Dinie client bound to `queryClient`.
 *
 * @param caller - the factory asking, named in the error.
 * @throws {Error} when no `<DinieProvider>` uses this QueryClient.
 */
export function dinieClientOf(queryClient: QueryClient, caller: string): DinieClient {
  const binding = bindings.get(queryClient);
  if (!binding) {
    throw new Error(
      `\`${caller}\` ran on a QueryClient that no <DinieProvider> uses. Render it inside <DinieProvider>, or pass this QueryClient to <DinieProvider queryClient={…}>.`,
    );
  }
  return binding.client;
}
