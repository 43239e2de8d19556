import type { Credential, CredentialCreateRequest, CredentialWithSecret, Operations } from '../../types.ts';
import type { PagePromise } from '../PagePromise.ts';
import { paginate } from '../paginate.ts';
import type { RequestOptions } from '../RequestOptions.ts';
import type { Transport } from '../transport.ts';
import { pathParam } from '../url.ts';
import { bearerJson } from './bearerJson.ts';

/** Query of `GET /auth/credentials`: paging only. */
export type CredentialListParams = NonNullable<Operations['listCredentials']['parameters']['query']>;

/** `client.credentials`: the partner's API keys. */
export interface CredentialsResource {
  /**
   * `POST /auth/credentials`: creates an API key. The `client_secret` is in this answer only;
   * store it before doing anything else.
   */
  create(body: CredentialCreateRequest, options?: RequestOptions): Promise<CredentialWithSecret>;
  /** `GET /auth/credentials`: the partner's API keys, without secrets. */
  list(params?: CredentialListParams, options?: RequestOptions): PagePromise<Credential>;
  /**
   * `DELETE /auth/credentials/{client_id}`: revokes an API key at once and for good. Tokens it
   * already issued stay valid until they expire.
   */
  revoke(clientId: string, options?: RequestOptions): Promise<void>;
}

/** Builds `client.credentials` on a transport. */
export function createCredentialsResource(transport: Transport): CredentialsResource {
  return {
    async create(body, options) {
      return bearerJson<CredentialWithSecret>(transport, 'POST', '/auth/credentials', options, body);
    },
    list(params, options) {
      return paginate<Credential>(transport, '/auth/credentials', params, options);
    },
    async revoke(clientId, options) {
      await bearerJson<undefined>(
        transport,
        'DELETE',
        `/auth/credentials/${pathParam('clientId', clientId)}`,
        options,
      );
    },
  };
}
