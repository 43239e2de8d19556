import { createDinieClient, type DinieClient, type TokenResponse } from '@dinie-embed/api';

/** Where the partner's Dinie lives and the credential it signs in with. */
export interface DinieTarget {
  /** Dinie's base URL with the version path, e.g. `http://127.0.0.1:4010/v3`. */
  baseUrl: string;
  /** The partner's `client_id`. */
  clientId: string;
  /** The partner's `client_secret`; stays on this server. */
  clientSecret: string;
}

/** The demo server's own calls to Dinie as the partner (setup and the sandbox panel), never a browser's. */
export interface PartnerApi {
  /** The typed client for Dinie's public operations. */
  client: DinieClient;
  /** A JSON call to any path under the base URL (the sandbox's `/test_helpers/…`); throws on an error answer. */
  call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown>;
}

/** A partner client with one cached client-credentials token, renewed a minute before it expires. */
export function createPartnerApi(target: DinieTarget): PartnerApi {
  const baseUrl = target.baseUrl.replace(/\/+$/, '');
  let cached: { token: string; renewAt: number } | null = null;
  let inFlight: Promise<string> | null = null;
  const tokenClient = createDinieClient({ baseUrl, getToken: async () => '' });

  const getToken = async ({ forceRefresh = false }: { forceRefresh?: boolean } = {}): Promise<string> => {
    if (cached && !forceRefresh && Date.now() < cached.renewAt) return cached.token;
    inFlight ??= tokenClient.auth
      .createToken({ clientId: target.clientId, clientSecret: target.clientSecret })
      .then((response: TokenResponse) => {
        cached = { token: response.access_token, renewAt: Date.now() + (response.expires_in - 60) * 1000 };
        return response.access_token;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };

  const client = createDinieClient({ baseUrl, getToken });
  return {
    client,
    async call(method, path, body) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await getToken()}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      const parsed: unknown = text ? JSON.parse(text) : null;
      if (!response.ok) throw new PartnerCallError(response.status, parsed);
      return parsed;
    },
  };
}

/** Dinie refused one of the demo server's own calls; `problem` is its problem+json body. */
export class PartnerCallError extends Error {
  override readonly name = 'PartnerCallError';
  constructor(
    readonly status: number,
    readonly problem: unknown,
  ) {
    const detail = (problem as { detail?: unknown } | null)?.detail;
    super(typeof detail === 'string' ? detail : `Dinie answered ${status}.`);
  }
}
