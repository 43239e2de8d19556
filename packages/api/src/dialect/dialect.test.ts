import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCents } from '../money.ts';
import type { Customer, KycItem, Loan, Simulation, WebhookEvent } from '../types.ts';
import {
  centsOf,
  customerFromSdk,
  customerToSdk,
  dialectOfBaseUrl,
  dialectOfBody,
  dialectOfRequest,
  kycAttachmentFor,
  LOAN_STATUS_FROM_SDK,
  LOAN_STATUS_TO_SDK,
  loanCreateRequestFromSdk,
  loanCreateRequestToSdk,
  loanFromSdk,
  loanToSdk,
  moneyFromSdk,
  moneyToSdk,
  pathToSdk,
  requestKindOf,
  responseFromSdk,
  responseShapeOf,
  responseToSdk,
  simulationFromSdk,
  simulationToSdk,
  timestampFromSdk,
  timestampToSdk,
  webhookEventFromSdk,
  webhookEventToSdk,
} from './index.ts';

const item = (
  type: string,
  status: KycItem['status'] = 'pending',
  message: string | null = null,
): KycItem => ({
  kind: 'document',
  type,
  description: type,
  status,
  message,
  uploaded_at: null,
});

const customer = (kyc: KycItem[]): Customer => ({
  id: 'cust_0123456789abcdef0123456789abcdef',
  status: 'pending_kyc',
  cpf: '529.982.247-25',
  cnpj: '11.222.333/0001-81',
  name: 'Maria Silva',
  email: 'maria@example.com',
  phone: '+5511987654321',
  trading_name: null,
  external_id: 'ext-1',
  kyc,
  created_at: '2026-03-04T10:00:00Z',
  updated_at: '2026-03-04T10:05:00Z',
});

const simulation: Simulation = {
  id: 'sim_0123456789abcdef0123456789abcdef',
  credit_offer_id: 'co_0123456789abcdef0123456789abcdef',
  requested_amount: '25000.00',
  amount: '25000.00',
  interest_amount: '2614.36',
  fees_amount: '0.00',
  iof_amount: '475.04',
  total_loan_amount: '28089.40',
  interest_percentage: 2.5,
  cet_percentage: 38.71,
  number_of_installments: 12,
  installments_value: '2340.78',
  first_due_date: '2026-04-04',
  created_at: '2026-03-04T10:00:00Z',
};

const loan = (status: Loan['status']): Loan => ({
  id: 'ln_0123456789abcdef0123456789abcdef',
  credit_offer_id: simulation.credit_offer_id,
  simulation_id: simulation.id,
  customer_id: 'cust_0123456789abcdef0123456789abcdef',
  status,
  requested_amount: '25000.00',
  net_amount: status === 'active' ? '25000.00' : null,
  iof: '475.04',
  service_fee: '0.00',
  interest_rate: 2.5,
  cet: 38.71,
  total_amount: '28089.40',
  installments_value: '2340.78',
  number_of_installments: 12,
  first_due_date: '2026-04-04',
  ccb_number: 'CCB-2026-001234',
  disbursement_method: null,
  signing_url: status === 'awaiting_signatures' ? 'https://sign.example/abc' : null,
  created_at: '2026-03-04T10:00:00Z',
  updated_at: '2026-03-04T10:00:00Z',
});

describe('money and instants', () => {
  it('crosses money through integer cents, both ways, for every amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (cents) => {
        const sdk = moneyToSdk(fromCents(cents));
        expect(typeof sdk).toBe('number');
        expect(centsOf(sdk)).toBe(cents);
        expect(moneyFromSdk(sdk)).toBe(fromCents(cents));
      }),
    );
    expect(moneyToSdk('7997.34')).toBe(7997.34);
    expect(moneyFromSdk(25000)).toBe('25000.00');
    expect(moneyFromSdk(0.3)).toBe('0.30');
  });

  it('refuses amounts that are not reais with at most two decimals', () => {
    expect(() => centsOf(1.005)).toThrow(TypeError);
    expect(() => centsOf(Number.NaN)).toThrow(TypeError);
    expect(() => centsOf(1e21)).toThrow(TypeError);
    expect(() => centsOf('1,00')).toThrow(TypeError);
  });

  it('writes instants as Unix seconds and back as RFC 3339 to the second', () => {
    expect(timestampToSdk('2026-03-04T10:00:00Z')).toBe(1772618400);
    expect(timestampFromSdk(1772618400)).toBe('2026-03-04T10:00:00Z');
    expect(timestampToSdk('2026-03-04T07:00:00.900-03:00')).toBe(1772618400);
    expect(() => timestampToSdk('yesterday')).toThrow(TypeError);
  });
});

describe('customers and KYC', () => {
  it('groups the documented list into SDK requirements, with the applicant as subject', () => {
    const sdk = customerToSdk(
      customer([
        item('ccmei', 'approved'),
        item('cnh', 'submitted'),
        item('selfie', 'rejected', 'Borrada'),
        item('biometrics'),
      ]),
    );
    expect(sdk.created_at).toBe(1772618400);
    expect(sdk.kyc).toEqual([
      {
        requirement_id: 'company_document',
        requirement_type: 'company_document',
        label: 'Documento da empresa',
        mandatory: true,
        submitted: {
          evidence_type: 'ccmei',
          attachments: [{ attachment_type: 'file', submitted: true }],
          review_status: 'accepted',
          review_reason: null,
        },
      },
      {
        requirement_id: 'identity_0030123456789abcde',
        requirement_type: 'identity',
        label: 'Documento de identidade',
        mandatory: true,
        subject: { id: '0030123456789abcde', name: 'Maria Silva', subject_type: 'applicant' },
        submitted: {
          evidence_type: 'cnh',
          attachments: [{ attachment_type: 'file', submitted: true }],
          review_status: 'pending',
          review_reason: null,
        },
      },
      {
        requirement_id: 'selfie_0030123456789abcde',
        requirement_type: 'selfie',
        label: 'Selfie',
        mandatory: true,
        subject: { id: '0030123456789abcde', name: 'Maria Silva', subject_type: 'applicant' },
        submitted: {
          evidence_type: 'selfie',
          attachments: [{ attachment_type: 'photo', submitted: false }],
          review_status: 'rejected',
          review_reason: 'Borrada',
        },
      },
    ]);
  });

  it('leaves data corrections and unknown types out of the SDK list (the SDKs throw on unknown tags)', () => {
    const sdk = customerToSdk(
      customer([item('cnh'), { ...item('email', 'pending_correction'), kind: 'data' }, item('holerite')]),
    );
    expect(sdk.kyc?.map((requirement) => requirement.requirement_type)).toEqual(['identity']);
  });

  it('reads an SDK customer back: the SDK selfie is the biometrics step, creating is pending_kyc', () => {
    const docs = customer([item('ccmei', 'approved'), item('cnh', 'submitted'), item('biometrics')]);
    expect(customerFromSdk(customerToSdk(docs))).toEqual({
      ...docs,
      kyc: docs.kyc.map((entry) => ({
        ...entry,
        description: { ccmei: 'Documento da empresa', cnh: 'Documento de identidade', biometrics: 'Selfie' }[
          entry.type
        ],
      })),
    });
    expect(customerFromSdk({ ...customerToSdk(docs), status: 'creating' }).status).toBe('pending_kyc');
    expect(customerFromSdk({ ...customerToSdk(docs), status: 'denied' }).status).toBe('under_review');
  });

  it('reads an RG as its front and back and finds where a documented upload goes', () => {
    const docs = customer([item('identity_card_front', 'submitted'), item('identity_card_back')]);
    const sdk = customerToSdk(docs);
    expect(sdk.kyc?.[0]?.submitted?.attachments).toEqual([
      { attachment_type: 'front', submitted: true },
      { attachment_type: 'back', submitted: false },
    ]);
    expect(customerFromSdk(sdk).kyc.map((entry) => [entry.type, entry.status])).toEqual([
      ['identity_card_front', 'submitted'],
      ['identity_card_back', 'pending'],
    ]);
    expect(kycAttachmentFor('identity_card_back', sdk.kyc ?? [])).toEqual({
      requirement_id: 'identity_0030123456789abcde',
      evidence_type: 'rg',
      attachment_type: 'back',
      selfie: false,
    });
    expect(kycAttachmentFor('ccmei', sdk.kyc ?? [])).toBeUndefined();
  });
});

describe('offers, simulations, loans', () => {
  it('renames and retypes a simulation, the principal being the installments less the interest', () => {
    const sdk = simulationToSdk(simulation);
    expect(sdk).toMatchObject({
      requested_amount: 25000,
      principal_amount: 25475.04,
      fee_amount: 0,
      total_amount: 28089.4,
      monthly_interest_rate: 2.5,
      annual_interest_rate: 34.49,
      annual_cet_rate: 38.71,
      installment_count: 12,
      installment_amount: 2340.78,
      created_at: 1772618400,
    });
    expect(simulationFromSdk(sdk)).toEqual(simulation);
  });

  it('maps the nine documented loan statuses onto six and back as decided', () => {
    expect(Object.values(LOAN_STATUS_TO_SDK)).toEqual([
      'awaiting_signatures',
      'awaiting_signatures',
      'awaiting_signatures',
      'processing',
      'processing',
      'active',
      'finished',
      'cancelled',
      'error',
    ]);
    for (const [sdk, docs] of Object.entries(LOAN_STATUS_FROM_SDK))
      expect(LOAN_STATUS_TO_SDK[docs]).toBe(sdk);
    const sdk = loanToSdk(loan('awaiting_signatures'));
    expect(sdk).toMatchObject({
      status: 'awaiting_signatures',
      principal_amount: 25475.04,
      installment_count: 12,
    });
    expect(loanFromSdk(sdk)).toEqual(loan('awaiting_signatures'));
    expect(loanFromSdk(loanToSdk(loan('active')))).toEqual(loan('active'));
    expect(loanToSdk(loan('signed')).status).toBe('processing');
    expect(loanFromSdk(loanToSdk(loan('signed'))).status).toBe('disbursing');
  });

  it('writes a loan request with the SDK names and numbers, and reads it back', () => {
    const docs = {
      credit_offer_id: simulation.credit_offer_id,
      simulation_id: simulation.id,
      installments: 12,
      installments_value: '2340.78' as const,
      first_due_date: '2026-04-04',
    };
    const sdk = loanCreateRequestToSdk(docs);
    expect(sdk).toEqual({
      credit_offer_id: docs.credit_offer_id,
      simulation_id: docs.simulation_id,
      installment_count: 12,
      installment_amount: 2340.78,
      first_due_date: '2026-04-04',
    });
    expect(loanCreateRequestFromSdk(sdk)).toEqual(docs);
  });
});

describe('webhook events', () => {
  const envelope = {
    id: 'evt_0123456789abcdef0123456789abcdef',
    api_version: '2026-03-01' as const,
    created_at: '2026-03-04T10:00:00Z',
    timestamp: '2026-03-04T10:00:00Z',
    delivery_id: 'dlv_0123456789abcdef0123456789abcdef',
  };

  it('renames the loan events the SDKs know and drops the two they do not', () => {
    const signed = {
      ...envelope,
      type: 'loan.signed',
      data: { id: loan('signed').id, status: 'signed', ccb_number: 'CCB-2026-001234' },
    } as WebhookEvent;
    const context = { loan: loan('signed'), customer: customer([]) };
    expect(webhookEventToSdk(signed, context)).toEqual({
      ...envelope,
      type: 'loan.signature_received',
      created_at: 1772618400,
      timestamp: 1772618400,
      data: {
        id: loan('signed').id,
        status: 'awaiting_signatures',
        signer: { name: 'Maria Silva', cpf: '529.982.247-25', signed_at: 1772618400 },
        signatures_received: 1,
        signatures_required: 1,
      },
    });
    const generated = {
      ...envelope,
      type: 'loan.contract_generated',
      data: { id: 'x', status: 'contract_generated', ccb_number: 'c', signing_url: 'u' },
    } as WebhookEvent;
    expect(webhookEventToSdk(generated)).toBeNull();
  });

  it('reads SDK loan.processing as loan.signed then loan.disbursing, and customer.denied as nothing', () => {
    const disbursing = {
      ...envelope,
      type: 'loan.disbursing',
      data: { id: loan('disbursing').id, status: 'disbursing', disbursement_method: 'pix' },
    } as WebhookEvent;
    const sdk = webhookEventToSdk(disbursing, {
      loan: { ...loan('disbursing'), disbursement_method: 'pix' },
    });
    expect(sdk?.type).toBe('loan.processing');
    const docs = webhookEventFromSdk(sdk ?? ({} as never));
    expect(docs.map((event) => [event.type, event.data])).toEqual([
      ['loan.signed', { id: loan('signed').id, status: 'signed', ccb_number: 'CCB-2026-001234' }],
      ['loan.disbursing', { id: loan('signed').id, status: 'disbursing', disbursement_method: 'pix' }],
    ]);
    expect(docs[0]?.created_at).toBe('2026-03-04T10:00:00Z');
    expect(webhookEventFromSdk({ ...(sdk ?? ({} as never)), type: 'customer.denied' })).toEqual([]);
    expect(() => webhookEventFromSdk({ ...(sdk ?? ({} as never)), type: 'loan.signed' as never })).toThrow(
      TypeError,
    );
  });

  it('round-trips a payment with its money and instant', () => {
    const paid = {
      ...envelope,
      type: 'loan.payment_received',
      data: {
        id: loan('active').id,
        status: 'active',
        payment: { amount: '2340.78', paid_at: '2026-04-04T12:00:00Z', installment_number: 1 },
      },
    } as WebhookEvent;
    const sdk = webhookEventToSdk(paid);
    expect(sdk?.data).toEqual({
      id: loan('active').id,
      status: 'active',
      payment: { amount: 2340.78, paid_at: 1775304000, installment_number: 1 },
    });
    expect(webhookEventFromSdk(sdk ?? ({} as never))).toEqual([paid]);
  });
});

describe('operations and detection', () => {
  it('knows which bodies differ, by method and either spelling of the path', () => {
    expect(responseShapeOf('GET', '/customers/cust_1')).toEqual({ kind: 'customer', page: false });
    expect(responseShapeOf('get', '/loans/ln_1/transactions?limit=2')).toEqual({
      kind: 'transaction',
      page: true,
    });
    expect(responseShapeOf('POST', '/webhooks/endpoints/we_1/rotate-secret')?.kind).toBe('secretRotation');
    expect(responseShapeOf('POST', '/webhooks/endpoints/we_1/secret/rotate')?.kind).toBe('secretRotation');
    expect(responseShapeOf('DELETE', '/webhooks/endpoints/we_1')).toBeNull();
    expect(requestKindOf('POST', '/loans')).toBe('loanRequest');
    expect(pathToSdk('/webhooks/endpoints/we_1/secret/rotate')).toBe(
      '/webhooks/endpoints/we_1/rotate-secret',
    );
    expect(pathToSdk('/customers/cust_1/documents')).toBe('/customers/cust_1/kyc-attachments');
    const page = { data: [loan('active')], has_more: false };
    expect(
      responseFromSdk({ kind: 'loan', page: true }, responseToSdk({ kind: 'loan', page: true }, page)),
    ).toEqual(page);
  });

  it('picks the dialect of a request: header, then SDK traffic, then base path', () => {
    const headers = (entries: Record<string, string>) => new Headers(entries);
    expect(dialectOfRequest('/v3/customers', headers({}))).toBe('docs');
    expect(dialectOfRequest('/api/v3/customers', headers({}))).toBe('sdk');
    expect(dialectOfRequest('/v3/customers', headers({ 'x-dinie-sdk-language': 'javascript' }))).toBe('sdk');
    expect(
      dialectOfRequest(
        '/v3/customers',
        headers({ 'user-agent': 'Dinie-SDK-Python/1.1.0 (api-version=2026-03-01)' }),
      ),
    ).toBe('sdk');
    expect(dialectOfRequest('/api/v3/customers', headers({ 'x-dinie-sandbox-dialect': 'docs' }))).toBe(
      'docs',
    );
    expect(dialectOfRequest('/v3/customers', headers({ 'x-idempotency-key': 'k' }))).toBe('docs');
    expect(dialectOfBaseUrl('http://127.0.0.1:4010/api/v3/')).toBe('sdk');
    expect(dialectOfBaseUrl('https://api.dinie.com.br/v3')).toBe('docs');
    expect(dialectOfBaseUrl('/dinie')).toBeUndefined();
    expect(dialectOfBody({ data: [{ created_at: 1 }], has_more: false })).toBe('sdk');
    expect(dialectOfBody({ created_at: '2026-03-04T10:00:00Z' })).toBe('docs');
    expect(dialectOfBody({ ok: true })).toBeUndefined();
  });
});
