import type { TokenResponse } from '../../types.ts';
import type { RequestOptions } from '../RequestOptions.ts';
import type { Transport } from '../transport.ts';

/** The partner's API key, exchanged for a bearer token. Server side only: never ship a secret to a browser. */
export interface ClientCredentials {
  /** `dinie_ci_…` */
  clientId: string;
  /** `dinie_cs_live_…` or `dinie_cs_test_…` */
  clientSecret: string;
}

/** `client.auth`: the OAuth2 client-credentials exchange. */
export interface AuthResource {
  /**
   * `POST /auth/token`: exchanges a client id and secret (sent as HTTP Basic, with the form body
   * `grant_type=client_credentials`) for a bearer token valid for `expires_in` seconds (1 h).
   * Needs no token itself; a `401` here is final. Cache the result and hand it to the client
   * through `getToken`.
   */
  createToken(credentials: ClientCredentials, options?: RequestOptions): Promise<TokenResponse>;
}

/** Builds `client.auth` on a transport. */
export function createAuthResource(transport: Transport): AuthResource {
  return {
    async createToken({ clientId, clientSecret }, options) {
      const response = await transport<TokenResponse>({
        method: 'POST',
        path: '/auth/token',
        body: { kind: 'form', value: new URLSearchParams({ grant_type: 'client_credentials' }) },
        auth: { basic: basicCredentials(clientId, clientSecret) },
        options,
      });
      return response.data;
    },
  };
}

function basicCredentials(clientId: string, clientSecret: string): string {
  if (typeof clientId !== 'string' || clientId === '' || clientId.includes(':')) {
    throw new TypeError('clientId must be a non-empty string without ":" (it is the Basic user-id).');
  }
  if (typeof clientSecret !== 'string' || clientSecret === '') {
    throw new TypeError('clientSecret must be a non-empty string.');
  }
  // `btoa` takes Latin-1 only; going through UTF-8 bytes keeps any character safe.
  let binary = '';
  for (const byte of new TextEncoder().encode(`${clientId}:${clientSecret}`))
    binary += String.fromCharCode(byte);
  return btoa(binary);
}
