import type { DinieBorrowerClient } from '@dinie-embed/api';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { EventConnection } from './events/createEventConnection.ts';
import type { SessionTokenStore } from './sessionToken.ts';

/** Everything one `<DinieProvider>` shares with the hooks below it. */
export interface DinieRuntime {
  /** The mount of the partner's proxy (or Dinie, or the sandbox). */
  baseUrl: string;
  /** The provider's `sessionKey`: who the session is for. */
  sessionKey?: string | undefined;
  /** The api client, authenticated with the session token. */
  client: DinieBorrowerClient;
  /** The QueryClient every hook of this provider uses. */
  queryClient: QueryClient;
  /** The session token, fetched once and shared. */
  tokens: SessionTokenStore;
  /** The live-update stream. */
  events: EventConnection;
}

/** Holds the runtime of the nearest `<DinieProvider>`. */
export const DinieContext = createContext<DinieRuntime | null>(null);
DinieContext.displayName = 'DinieContext';

/**
 * The runtime of the nearest `<DinieProvider>`.
 *
 * @param hookName - the public hook asking, named in the error.
 * @throws {Error} outside a provider, saying how to fix it.
 */
export function useDinieRuntime(hookName: string): DinieRuntime {
  const runtime = useContext(DinieContext);
  if (runtime === null) {
    throw new Error(
      `\`${hookName}\` must be used inside <DinieProvider>. Wrap the component tree in <DinieProvider baseUrl="/dinie" fetchSessionToken={…}>.`,
    );
  }
  return runtime;
}
