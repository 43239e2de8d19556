import type { TokenRequestContext } from '../../src/client/RequestOptions.ts';
import { createDinieClient, type DinieClient, type DinieClientOptions } from '../../src/createDinieClient.ts';
import type { TestServer } from './testServer.ts';

/** A client wired to a {@link TestServer}, with what it did on the side. */
export interface TestClient {
  client: DinieClient;
  /** Every wait the client asked for between retries, in milliseconds; none is actually waited. */
  delays: number[];
  /** Every call of `getToken`. */
  tokenRequests: TokenRequestContext[];
}

/** The token `getToken` returns until it is asked to refresh. */
export const CACHED_TOKEN = 'dinie_at_cached';

/**
 * Creates a client for `server` whose waits are recorded instead of slept, whose jitter is a
 * fixed 0.5, and whose token callback returns {@link CACHED_TOKEN}, or `dinie_at_fresh_<n>` when
 * asked to refresh. `overrides` replace any of that.
 */
export function createTestClient(
  server: TestServer,
  overrides: Partial<DinieClientOptions> = {},
): TestClient {
  const delays: number[] = [];
  const tokenRequests: TokenRequestContext[] = [];
  let refreshes = 0;
  const client = createDinieClient({
    baseUrl: server.baseUrl,
    getToken: async (context) => {
      tokenRequests.push(context);
      if (!context.forceRefresh) return CACHED_TOKEN;
      refreshes += 1;
      return `dinie_at_fresh_${refreshes}`;
    },
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 0.5,
    ...overrides,
  });
  return { client, delays, tokenRequests };
}

/** A problem+json reply body as the reference shapes it. */
export function problem(
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
): { status: number; json: Record<string, unknown>; headers: Record<string, string> } {
  return {
    status,
    json: {
      type: 'https://api.dinie.com.br/errors/invalid-request',
      title: 'Problem',
      status,
      detail: `${code} happened`,
      code,
      ...extra,
    },
    headers: { 'content-type': 'application/problem+json' },
  };
}

/** A customer as far as these tests care. */
export function customer(id: string): Record<string, unknown> {
  return { id, cpf: '529.982.247-25', status: 'pending_kyc', kyc: [] };
}
