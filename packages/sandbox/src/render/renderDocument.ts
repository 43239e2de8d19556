import type { KycDocument } from '../contract.ts';
import type { DocumentRecord } from '../state/records.ts';

/** An uploaded KYC document on the wire. */
export function renderDocument(document: DocumentRecord): KycDocument {
  return {
    id: document.id,
    type: document.type,
    status: document.status,
    uploaded_at: document.uploadedAt,
    created_at: document.createdAt,
    updated_at: document.updatedAt,
  };
}
