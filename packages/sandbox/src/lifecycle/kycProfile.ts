import type { KycItemRecord } from '../state/records.ts';

const DOCUMENTS: Record<string, string> = {
  ccmei: 'Certificado MEI',
  cnh: 'Carteira Nacional de Habilitação',
  selfie: 'Selfie',
  biometrics: 'Biometria facial',
};

/** Customer fields a reviewer can ask to correct, with their labels. */
export const CORRECTABLE_FIELDS: Record<string, string> = {
  email: 'E-mail',
  phone: 'Telefone',
  name: 'Nome',
  trading_name: 'Nome fantasia',
  cnpj: 'CNPJ',
};

/** Document types uploaded through `POST /customers/{id}/documents` (biometrics has its own session). */
export const UPLOADABLE_TYPES = ['ccmei', 'cnh', 'selfie'] as const;

/** A pending document requirement. */
export function documentItem(type: keyof typeof DOCUMENTS & string): KycItemRecord {
  return {
    kind: 'document',
    type,
    description: DOCUMENTS[type] ?? type,
    status: 'pending',
    message: null,
    uploadedAt: null,
  };
}

/**
 * The KYC a customer must complete: the company's CCMEI when it registers a CNPJ, then the owner's
 * driving licence, a selfie and a biometrics capture.
 */
export function kycProfile(hasCnpj: boolean): KycItemRecord[] {
  const types = hasCnpj ? ['ccmei', 'cnh', 'selfie', 'biometrics'] : ['cnh', 'selfie', 'biometrics'];
  return types.map(documentItem);
}
