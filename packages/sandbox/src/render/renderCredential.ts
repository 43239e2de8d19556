import type { Credential } from '../contract.ts';
import type { CredentialRecord } from '../state/records.ts';

/** A credential on the wire, never with its secret. */
export function renderCredential(credential: CredentialRecord): Credential {
  return {
    id: credential.id,
    client_id: credential.id,
    name: credential.name,
    status: credential.status,
    expires_at: credential.expiresAt,
    created_at: credential.createdAt,
    updated_at: credential.updatedAt,
    last_used_at: credential.lastUsedAt,
  };
}
