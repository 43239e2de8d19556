import type { Dialect } from '../contract.ts';
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
 * driving licence, a selfie and a biometrics capture. A customer registered through the SDK
 * dialect has no separate selfie upload: the SDKs' `selfie` requirement is the capture itself.
 */
export function kycProfile(hasCnpj: boolean, dialect: Dialect = 'docs'): KycItemRecord[] {
  const person = dialect === 'sdk' ? ['cnh', 'biometrics'] : ['cnh', 'selfie', 'biometrics'];
  return (hasCnpj ? ['ccmei', ...person] : person).map(documentItem);
}
