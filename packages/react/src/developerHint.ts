import { isDinieApiError } from '@dinie-embed/api';
import type { QueryClient } from '@tanstack/react-query';

/**
 * Tells the developer, once per provider and in the console, why the front end cannot reach the
 * proxy: the borrower only sees "something went wrong" and a retry, which says nothing about a
 * wrong `baseUrl` or a dev server that does not forward the mount.
 */
export interface DeveloperHints {
  /** `fetchSessionToken` failed. */
  sessionFailed(error: unknown): void;
  /** Starts watching the Dinie queries of `queryClient` for failures that mean "no proxy here"; returns the stop. */
  watch(queryClient: QueryClient): () => void;
}

const GUIDE = 'https://github.com/dinie-embed/dinie-embed#a-react-front-end';

export function createDeveloperHints(baseUrl: string): DeveloperHints {
  let told = false;
  const tell = (what: string) => {
    if (told) return;
    told = true;
    console.error(
      `Dinie Embed: ${what} The components call the partner's proxy at "${baseUrl}" (POST ${join(baseUrl, 'session')}, GET ${join(baseUrl, 'customers')}, …). Likely causes: @dinie-embed/proxy is not mounted at "${baseUrl}" on your server, the server is not running, or in development the dev server does not forward "${baseUrl}" to it (Vite: \`server: { proxy: { '${baseUrl}': 'http://127.0.0.1:3000' } }\`). See ${GUIDE}`,
    );
  };
  return {
    sessionFailed(error) {
      tell(`fetchSessionToken() failed (${describe(error)}), so no request can be made.`);
    },
    watch(queryClient) {
      return queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        if (event.query.queryKey[0] !== 'dinie') return;
        const error = event.action.error;
        if (!isDinieApiError(error)) return;
        if (error.code === 'network_error') {
          tell(`a request to "${baseUrl}" got no answer (network error).`);
        } else if (error.code === 'invalid_response' || error.status === 404 || error.status === 405) {
          // A dev server's HTML page or 404 where the proxy's JSON should be.
          if (error.requestId === undefined) {
            tell(`"${baseUrl}" answered ${error.status ?? 'something'} that is not the Dinie proxy's JSON.`);
          }
        }
      });
    },
  };
}

function join(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
