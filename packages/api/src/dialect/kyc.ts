import type { KycDocument, KycItem, KycItemStatus } from '../types.ts';
import { timestampFromSdk } from './scalars.ts';
import type {
  SdkKycAttachment,
  SdkKycRequirement,
  SdkKycRequirementType,
  SdkKycSubject,
  SdkKycSubmission,
} from './sdkTypes.ts';

/*
 * The KYC lists of the two dialects. The documented list is flat (one item per document type or
 * data field, each with its status); the SDK list is tagged requirements whose submission has
 * slots. Decisions where one side cannot say what the other says:
 *
 * - docs `selfie` (a photo upload) and `biometrics` (the capture session) are one SDK `selfie`
 *   requirement (captured in the KYC app); an SDK `selfie` reads back as docs `biometrics`, the
 *   step that captures it.
 * - docs `cnh` is an SDK `identity` with evidence `cnh` and a single `file` slot; `rg`,
 *   `identity_card_front` and `identity_card_back` are one `identity` with evidence `rg` and its
 *   `front`/`back` slots. An identity with nothing sent yet reads back as docs `cnh`.
 * - docs `data` items (a reviewer asking to correct `email`, `phone`, `name`, `trading_name`,
 *   `cnpj`) and unknown document types have no SDK requirement and are left out of the SDK list
 *   (the SDKs throw on unknown types); the SDK `email` requirement (a co-owner's signing e-mail)
 *   reads back as a docs `data` item `email`.
 * - review: any rejected or `pending_correction` item rejects the requirement (`review_reason` is
 *   its message); all approved accepts it; otherwise it is pending. Back to docs: `accepted` →
 *   `approved`, `rejected` → `rejected`, `pending` → `submitted`, nothing sent → `pending`.
 *   `uploaded_at` is not in the SDK list and reads back as `null`.
 */

/** How a documented document type is sent in the SDK dialect. */
export interface SdkEvidence {
  /** The requirement it answers. */
  requirementType: SdkKycRequirementType;
  /** `evidence_type` of the upload. */
  evidenceType: string;
  /** `attachment_type` (slot) of the upload. */
  attachmentType: string;
}

const EVIDENCE: Readonly<Record<string, SdkEvidence>> = {
  ccmei: { requirementType: 'company_document', evidenceType: 'ccmei', attachmentType: 'file' },
  cnh: { requirementType: 'identity', evidenceType: 'cnh', attachmentType: 'file' },
  rg: { requirementType: 'identity', evidenceType: 'rg', attachmentType: 'front' },
  identity_card_front: { requirementType: 'identity', evidenceType: 'rg', attachmentType: 'front' },
  identity_card_back: { requirementType: 'identity', evidenceType: 'rg', attachmentType: 'back' },
  selfie: { requirementType: 'selfie', evidenceType: 'selfie', attachmentType: 'photo' },
  biometrics: { requirementType: 'selfie', evidenceType: 'selfie', attachmentType: 'photo' },
  proof_of_address: {
    requirementType: 'proof_of_address',
    evidenceType: 'proof_of_address',
    attachmentType: 'file',
  },
  income_statement: {
    requirementType: 'income_statement',
    evidenceType: 'income_statement',
    attachmentType: 'file',
  },
  articles_of_association: {
    requirementType: 'articles_of_association',
    evidenceType: 'articles_of_association',
    attachmentType: 'file',
  },
  eireli_incorporation_statement: {
    requirementType: 'eireli_incorporation_statement',
    evidenceType: 'eireli_incorporation_statement',
    attachmentType: 'file',
  },
  ei_mei_documents: {
    requirementType: 'ei_mei_documents',
    evidenceType: 'ei_mei',
    attachmentType: 'ei_registration_requirement',
  },
};

const LABELS: Readonly<Record<SdkKycRequirementType, string>> = {
  identity: 'Documento de identidade',
  selfie: 'Selfie',
  proof_of_address: 'Comprovante de endereço',
  email: 'Email do co-titular para assinatura da CCB',
  company_document: 'Documento da empresa',
  ei_mei_documents: 'Documentos de EI/MEI',
  income_statement: 'Declaração de faturamento',
  articles_of_association: 'Contrato social',
  eireli_incorporation_statement: 'Ato constitutivo de EIRELI',
};

/** Requirement types about one person (they carry `subject` and a `_{subject_id}` suffix). */
const PERSONAL: ReadonlySet<SdkKycRequirementType> = new Set([
  'identity',
  'selfie',
  'proof_of_address',
  'email',
]);

/**
 * How a documented document `type` is uploaded in the SDK dialect, or `undefined` when the SDK
 * has no requirement for it.
 */
export function sdkEvidenceOf(docsType: string): SdkEvidence | undefined {
  return Object.hasOwn(EVIDENCE, docsType) ? EVIDENCE[docsType] : undefined;
}

/**
 * The KYC subject (the applicant) of a customer in the SDK dialect. The documented model has
 * none, so its 18-character id is derived from the customer id: `003` + 15 hex of it.
 */
export function applicantOf(customer: { id: string; name: string | null }): SdkKycSubject {
  const hex = customer.id.replace(/^cust_/, '');
  return {
    id: `003${hex.slice(0, 15).padEnd(15, '0')}`,
    name: customer.name ?? '',
    subject_type: 'applicant',
  };
}

/** `requirement_id` of a requirement type for a subject. */
export function requirementIdOf(type: SdkKycRequirementType, subject: SdkKycSubject): string {
  return PERSONAL.has(type) ? `${type}_${subject.id}` : type;
}

function reviewOf(items: readonly KycItem[]): Pick<SdkKycSubmission, 'review_status' | 'review_reason'> {
  const refused = items.find((item) => item.status === 'rejected' || item.status === 'pending_correction');
  if (refused !== undefined) return { review_status: 'rejected', review_reason: refused.message };
  const accepted = items.every((item) => item.status === 'approved');
  return { review_status: accepted ? 'accepted' : 'pending', review_reason: null };
}

/**
 * A documented KYC list as SDK requirements, in the order of their first item. See the module
 * notes for what is merged or left out.
 */
export function kycToSdk(
  items: readonly KycItem[],
  customer: { id: string; name: string | null },
): SdkKycRequirement[] {
  const subject = applicantOf(customer);
  const groups = new Map<SdkKycRequirementType, Array<{ item: KycItem; evidence: SdkEvidence }>>();
  for (const item of items) {
    const evidence = item.kind === 'document' ? sdkEvidenceOf(item.type) : undefined;
    if (evidence === undefined) continue;
    const group = groups.get(evidence.requirementType) ?? [];
    group.push({ item, evidence });
    groups.set(evidence.requirementType, group);
  }
  return [...groups].map(([type, group]) => {
    const requirement: SdkKycRequirement = {
      requirement_id: requirementIdOf(type, subject),
      requirement_type: type,
      label: LABELS[type],
      mandatory: type !== 'email',
    };
    if (PERSONAL.has(type)) requirement.subject = subject;
    const members = group.map(({ item }) => item);
    if (members.some((item) => item.status !== 'pending')) {
      const slots = new Map<string, boolean>();
      for (const { item, evidence } of group) {
        const sent = item.status !== 'pending';
        slots.set(evidence.attachmentType, (slots.get(evidence.attachmentType) ?? true) && sent);
      }
      const attachments: SdkKycAttachment[] = [...slots].map(([attachment_type, submitted]) => ({
        attachment_type,
        submitted,
      }));
      requirement.submitted = {
        evidence_type: group[0]?.evidence.evidenceType ?? type,
        attachments,
        ...reviewOf(members),
      };
    }
    return requirement;
  });
}

const STATUS_FROM_REVIEW: Readonly<Record<SdkKycSubmission['review_status'], KycItemStatus>> = {
  pending: 'submitted',
  accepted: 'approved',
  rejected: 'rejected',
};

/** The documented types an SDK requirement reads back as, with their upload slots. */
function docsTypesOf(requirement: SdkKycRequirement): Array<{ type: string; slot: string; label: string }> {
  const { requirement_type: type, label } = requirement;
  switch (type) {
    case 'identity':
      if (requirement.submitted?.evidence_type === 'rg') {
        return [
          { type: 'identity_card_front', slot: 'front', label: `${label} (frente)` },
          { type: 'identity_card_back', slot: 'back', label: `${label} (verso)` },
        ];
      }
      return [{ type: 'cnh', slot: 'file', label }];
    case 'selfie':
      return [{ type: 'biometrics', slot: 'photo', label }];
    case 'company_document':
      return [{ type: 'ccmei', slot: 'file', label }];
    case 'email':
      return [{ type: 'email', slot: 'email', label }];
    default:
      return [{ type, slot: sdkEvidenceOf(type)?.attachmentType ?? 'file', label }];
  }
}

/** SDK requirements as a documented KYC list. See the module notes for the decisions. */
export function kycFromSdk(requirements: readonly SdkKycRequirement[]): KycItem[] {
  return requirements.flatMap((requirement) => {
    const submission = requirement.submitted;
    return docsTypesOf(requirement).map(({ type, slot, label }): KycItem => {
      const sent =
        submission !== undefined &&
        (submission.attachments.length === 0 ||
          submission.attachments.some((a) => a.attachment_type === slot && a.submitted) ||
          submission.review_status !== 'pending');
      const status: KycItemStatus = sent ? STATUS_FROM_REVIEW[submission.review_status] : 'pending';
      return {
        kind: requirement.requirement_type === 'email' ? 'data' : 'document',
        type,
        description: label,
        status,
        message: status === 'rejected' ? (submission?.review_reason ?? null) : null,
        uploaded_at: null,
      };
    });
  });
}

/**
 * Where to send a documented upload of `docsType` in the SDK dialect: the requirement of the
 * customer it answers, the evidence and the slot. `selfie` uploads go to the selfie route.
 *
 * @returns `undefined` when the customer has no SDK requirement for that type.
 */
export function kycAttachmentFor(
  docsType: string,
  requirements: readonly SdkKycRequirement[],
): { requirement_id: string; evidence_type: string; attachment_type: string; selfie: boolean } | undefined {
  const evidence = sdkEvidenceOf(docsType);
  if (evidence === undefined) return undefined;
  const requirement = requirements.find(
    (candidate) =>
      candidate.requirement_type === evidence.requirementType &&
      (candidate.subject === undefined || candidate.subject.subject_type === 'applicant'),
  );
  if (requirement === undefined) return undefined;
  return {
    requirement_id: requirement.requirement_id,
    evidence_type: evidence.evidenceType,
    attachment_type: evidence.attachmentType,
    selfie: evidence.requirementType === 'selfie',
  };
}

/**
 * The documented answer to an upload that an SDK-dialect server confirmed with a bare
 * `{ attachment_type, submitted }`: a `submitted` document of `docsType`, uploaded `at` (an
 * instant in either dialect). The server names no document, so its `id` is minted here (`doc_` +
 * 32 random hex) and names nothing the server knows.
 */
export function kycDocumentFromSdk(docsType: string, at: string | number): KycDocument {
  const now = timestampFromSdk(at);
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
  return {
    id: `doc_${hex}`,
    type: docsType,
    status: 'submitted',
    uploaded_at: now,
    created_at: now,
    updated_at: now,
  };
}
