import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBorrower } from './support/brazilianIds.ts';
import { expectProblem } from './support/expectProblem.ts';
import { JPEG, PDF } from './support/files.ts';
import { checkEvent } from './support/openapiValidator.ts';
import { checkSdk } from './support/sdkSchema.ts';
import {
  type Answer,
  type CallOptions,
  send,
  startTestSandbox,
  type TestSandbox,
} from './support/testSandbox.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhookReceiver.ts';

/*
 * The whole journey as an official SDK drives it, over HTTP against a listening sandbox: base
 * `/api/v3`, the JS SDK's headers, money as numbers, the SDK-only routes (banks, bank account,
 * KYC attachments, biometrics session exchange, selfie, KYC review, rotate-secret). Every body is
 * checked against the SDK dialect's JSON Schema (test/support/sdkSchema.ts); an endpoint created
 * by the SDK gets SDK events, one created through /v3 the documented ones, from the same state.
 */

let sandbox: TestSandbox;
let sdkHooks: WebhookReceiver;
let docsHooks: WebhookReceiver;
let sdkBase: string;
let sdkToken: string;
const secrets: Record<string, string> = {};

const SDK_HEADERS = {
  'x-dinie-sdk-language': 'javascript',
  'x-dinie-sdk-version': '1.1.0',
  'user-agent': 'Dinie-SDK-JS/1.1.0 (api-version=2026-03-01; node/20.19.0)',
};

let keys = 0;
/** A request as the JS SDK sends it: its headers, `x-idempotency-key` on writes. */
function sdk(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const write = method === 'POST' || method === 'PATCH';
  return send(`${sdkBase}${path}`, method, {
    ...options,
    token: options.token === undefined ? sdkToken : options.token,
    headers: {
      ...SDK_HEADERS,
      ...(write ? { 'x-idempotency-key': `dinie-sdk-retry-${++keys}` } : {}),
      ...options.headers,
    },
  });
}

function conforms(schema: string, answer: Answer, status: number): Answer {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(checkSdk(schema, answer.body)).toEqual([]);
  return answer;
}

function attachment(fields: Record<string, string>, bytes: Uint8Array, type: string): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), 'evidence');
  return form;
}

beforeAll(async () => {
  sandbox = await startTestSandbox();
  sdkBase = `${sandbox.server.url}/api/v3`;
  [sdkHooks, docsHooks] = await Promise.all([startWebhookReceiver(), startWebhookReceiver()]);
});

afterAll(async () => {
  await sandbox.close();
  await Promise.all([sdkHooks.close(), docsHooks.close()]);
  expect(sandbox.errors).toEqual([]);
});

describe('the whole journey in the SDK dialect', () => {
  let customerId: string;
  let requirements: Array<{ requirement_id: string; requirement_type: string }>;
  let sessionToken: string;
  let offerId: string;
  let simulation: Record<string, unknown>;
  let loanId: string;

  it('issues a token under /api/v3', async () => {
    const answer = await send(`${sdkBase}/auth/token`, 'POST', {
      token: null,
      headers: {
        ...SDK_HEADERS,
        authorization: `Basic ${btoa(`${sandbox.clientId}:${sandbox.clientSecret}`)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    sdkToken = answer.body.access_token;
  });

  it('creates webhook endpoints that remember their dialect, and rotates through the SDK path', async () => {
    const created = conforms(
      'WebhookEndpoint',
      await sdk('POST', '/webhooks/endpoints', { json: { url: sdkHooks.url } }),
      201,
    );
    expect(created.body.description).toBe('');
    const rotated = conforms(
      'WebhookSecretRotation',
      await sdk('POST', `/webhooks/endpoints/${created.body.id}/rotate-secret`, {
        json: { expire_current_in: 60 },
      }),
      200,
    );
    secrets.sdk = rotated.body.secret;
    const docs = await sandbox.call('POST', '/webhooks/endpoints', { json: { url: docsHooks.url } });
    expect(docs.status).toBe(201);
    expect(typeof docs.body.created_at).toBe('string');
    secrets.docs = docs.body.secret;
    // Either spelling of an event name subscribes.
    const named = await sdk('POST', '/webhooks/endpoints', {
      json: { url: 'http://127.0.0.1:9/hook', events: ['loan.signature_received', 'loan.disbursing'] },
    });
    conforms('WebhookEndpoint', named, 201);
    conforms(
      'WebhookEndpoint',
      await sdk('PATCH', `/webhooks/endpoints/${named.body.id}`, { json: { status: 'disabled' } }),
      200,
    );
  });

  it('lists banks', async () => {
    const banks = conforms('BankList', await sdk('GET', '/banks'), 200);
    expect(banks.body.data).toContainEqual({
      id: '001',
      name: 'Banco do Brasil',
      display_name: '001 - Banco do Brasil',
    });
  });

  it('registers a customer with the SDK-required fields and a requirement list', async () => {
    const borrower = freshBorrower();
    expectProblem(
      await sdk('POST', '/customers', { json: { cpf: borrower.cpf } }),
      422,
      'missing_required_field',
      'cnpj',
    );
    const answer = conforms(
      'Customer',
      await sdk('POST', '/customers', {
        json: {
          cpf: borrower.cpf,
          cnpj: borrower.cnpj,
          email: 'maria@example.com',
          phone: '+5511987654321',
          external_id: 'sdk-1',
        },
      }),
      201,
    );
    expect(answer.headers.get('location')).toBe(`/api/v3/customers/${answer.body.id}`);
    customerId = answer.body.id;
    requirements = answer.body.kyc;
    expect(requirements.map((r) => r.requirement_type)).toEqual(['company_document', 'identity', 'selfie']);
    expect(answer.body.kyc.every((r: Record<string, unknown>) => r.submitted === undefined)).toBe(true);
    conforms('CustomerList', await sdk('GET', '/customers?external_id=sdk-1'), 200);
  });

  it('keeps a bank account, wrapped, and says exactly what is wrong with a bad one', async () => {
    const path = `/customers/${customerId}/bank-account`;
    expectProblem(await sdk('GET', path), 404, 'bank_account_not_found');
    const bad = await sdk('POST', path, {
      json: { bank_account: { bank_id: '999', kind: 'checking', branch: '1', number: '12a', digit: '0' } },
    });
    expectProblem(bad, 422, 'invalid_value', 'bank_account.bank_id');
    expect(bad.body.errors.map((e: { param: string }) => e.param)).toEqual([
      'bank_account.bank_id',
      'bank_account.number',
    ]);
    const account = { bank_id: '1', kind: 'checking', branch: '1', number: '1234567', digit: 'x' };
    const saved = conforms('BankAccount', await sdk('POST', path, { json: { bank_account: account } }), 200);
    expect(saved.body).toMatchObject({
      bank_id: '001',
      branch: '0001',
      digit: 'X',
      bank_name: 'Banco do Brasil',
    });
    expect(conforms('BankAccount', await sdk('GET', path), 200).body).toEqual(saved.body);
  });

  it('takes KYC attachments per requirement, evidence and slot', async () => {
    const path = `/customers/${customerId}/kyc-attachments`;
    const id = (type: string) => requirements.find((r) => r.requirement_type === type)?.requirement_id ?? '';
    const wrongSlot = await sdk('POST', path, {
      form: attachment(
        { requirement_id: id('identity'), evidence_type: 'rg', attachment_type: 'front' },
        JPEG,
        'image/jpeg',
      ),
    });
    expectProblem(wrongSlot, 422, 'invalid_attachment', 'attachment_type');
    expect(wrongSlot.body.detail).toContain('evidence_type cnh with attachment_type file');
    expectProblem(
      await sdk('POST', path, {
        form: attachment(
          { requirement_id: id('selfie'), evidence_type: 'selfie', attachment_type: 'photo' },
          JPEG,
          'image/jpeg',
        ),
      }),
      403,
      'forbidden',
    );
    for (const [type, evidence, bytes, mime] of [
      ['company_document', 'ccmei', PDF, 'application/pdf'],
      ['identity', 'cnh', JPEG, 'image/jpeg'],
    ] as const) {
      const answer = await sdk('POST', path, {
        form: attachment(
          { requirement_id: id(type), evidence_type: evidence, attachment_type: 'file' },
          bytes,
          mime,
        ),
      });
      expect(conforms('KycAttachmentConfirmation', answer, 201).body).toEqual({
        attachment_type: 'file',
        submitted: true,
      });
    }
    const customer = conforms('Customer', await sdk('GET', `/customers/${customerId}`), 200).body;
    expect(customer.kyc[1].submitted).toEqual({
      evidence_type: 'cnh',
      attachments: [{ attachment_type: 'file', submitted: true }],
      review_status: 'pending',
      review_reason: null,
    });
    expectProblem(await sdk('POST', `/customers/${customerId}/kyc-review`), 422, 'kyc_incomplete');
  });

  it('opens a biometrics session whose code exchanges once for a customer token', async () => {
    const session = conforms(
      'BiometricsSession',
      await sdk('POST', `/customers/${customerId}/biometrics`, { json: {} }),
      200,
    );
    const code = new URL(session.body.session_url).pathname.split('/').at(-1) ?? '';
    const exchanged = conforms(
      'SessionExchange',
      await sdk('POST', '/biometrics/session-exchange', { json: { code } }),
      200,
    );
    expect(exchanged.body.customer_id).toBe(customerId);
    sessionToken = exchanged.body.access_token;
    expectProblem(await sdk('POST', '/biometrics/session-exchange', { json: { code } }), 401, 'invalid_code');
    expectProblem(
      await sdk('POST', '/biometrics/session-exchange', { json: {} }),
      422,
      'missing_required_field',
      'code',
    );
  });

  it('takes the selfie only with that token, which reaches nothing else', async () => {
    const selfieId = requirements.find((r) => r.requirement_type === 'selfie')?.requirement_id ?? '';
    const path = `/customers/${customerId}/kyc-attachments/selfie`;
    const form = () => attachment({ requirement_id: selfieId }, JPEG, 'image/jpeg');
    expectProblem(await sdk('POST', path, { form: form() }), 403, 'forbidden');
    expectProblem(await sdk('GET', `/customers/${customerId}`, { token: sessionToken }), 403, 'forbidden');
    conforms(
      'BankAccount',
      await sdk('GET', `/customers/${customerId}/bank-account`, { token: sessionToken }),
      200,
    );
    const answer = await sdk('POST', path, { form: form(), token: sessionToken });
    expect(conforms('KycAttachmentConfirmation', answer, 201).body).toEqual({
      attachment_type: 'photo',
      submitted: true,
    });
  });

  it('submits for review and is approved; the offer follows', async () => {
    const review = await sdk('POST', `/customers/${customerId}/kyc-review`);
    expect(review.status, review.text).toBe(202);
    expect(review.text).toBe('');
    await sandbox.settle();
    const customer = conforms('Customer', await sdk('GET', `/customers/${customerId}`), 200).body;
    expect(customer.status).toBe('active');
    expect(
      customer.kyc.map((r: { submitted: { review_status: string } }) => r.submitted.review_status),
    ).toEqual(['accepted', 'accepted', 'accepted']);
    const offers = conforms(
      'CreditOfferList',
      await sdk('GET', `/customers/${customerId}/credit-offers`),
      200,
    ).body.data;
    expect(offers).toHaveLength(1);
    offerId = offers[0].id;
    expect(typeof offers[0].approved_amount).toBe('number');
    conforms('CreditOffer', await sdk('GET', `/credit-offers/${offerId}`), 200);
  });

  it('simulates with money as a number', async () => {
    const path = `/credit-offers/${offerId}/simulations`;
    expectProblem(
      await sdk('POST', path, { json: { requested_amount: 10000.005, installment_count: 6 } }),
      422,
      'invalid_format',
      'requested_amount',
    );
    simulation = conforms(
      'Simulation',
      await sdk('POST', path, { json: { requested_amount: 10000, installment_count: 6 } }),
      201,
    ).body;
    expect(simulation).toMatchObject({ requested_amount: 10000, installment_count: 6 });
    expect(simulation.principal_amount).toBe(
      Math.round(((simulation.total_amount as number) - (simulation.interest_amount as number)) * 100) / 100,
    );
  });

  it('creates the loan with the SDK names, born awaiting signatures with its contract', async () => {
    const body = {
      credit_offer_id: offerId,
      simulation_id: simulation.id,
      installment_count: simulation.installment_count,
      installment_amount: simulation.installment_amount,
      first_due_date: simulation.first_due_date,
    };
    const wrong = await sdk('POST', '/loans', { json: { ...body, installment_amount: 1 } });
    expectProblem(wrong, 422, 'simulation_mismatch', 'installment_amount');
    expectProblem(
      await sdk('POST', '/loans', { json: { ...body, installments: 6 } }),
      422,
      'conflicting_fields',
      'installments',
    );
    const loan = conforms('Loan', await sdk('POST', '/loans', { json: body }), 201).body;
    loanId = loan.id;
    expect(loan.status).toBe('awaiting_signatures');
    expect(loan.ccb_number).toMatch(/^CCB-\d{4}-\d{6}$/);
    expect(loan.signing_url).toMatch(/\/sandbox\/signing\//);
  });

  it('is signed, disbursed and active, with installments in numbers and seconds', async () => {
    conforms('Loan', await sdk('POST', `/test_helpers/loans/${loanId}/sign`), 200);
    await sandbox.settle();
    const loan = conforms('Loan', await sdk('GET', `/loans/${loanId}`), 200).body;
    expect(loan.status).toBe('active');
    expect(loan.signing_url).toBeNull();
    const page = conforms('TransactionList', await sdk('GET', `/loans/${loanId}/transactions`), 200).body;
    expect(page.data).toHaveLength(6);
    expect(page.data[0]).toMatchObject({ status: 'pending', paid_at: null });
  });

  it('records an installment paid', async () => {
    const first = (await sdk('GET', `/loans/${loanId}/transactions?limit=1`)).body.data[0];
    conforms(
      'Loan',
      await sdk('POST', `/test_helpers/loans/${loanId}/pay`, { json: { amount: first.amount_due } }),
      200,
    );
    await sandbox.settle();
    const paid = conforms('TransactionList', await sdk('GET', `/loans/${loanId}/transactions?limit=1`), 200)
      .body.data[0];
    expect(paid).toMatchObject({ status: 'paid', amount_remaining: 0, amount_paid: first.amount_due });
    expect(paid.paid_at).toEqual(expect.any(Number));
  });

  it('delivered SDK events to the SDK endpoint and documented ones to the other, all signed', async () => {
    await sandbox.settle();
    const sdkTypes = sdkHooks.types();
    expect(sdkTypes.filter((type) => type.startsWith('loan.'))).toEqual([
      'loan.created',
      'loan.signature_received',
      'loan.processing',
      'loan.active',
      'loan.payment_received',
    ]);
    expect(sdkTypes.slice(0, 2)).toEqual(['customer.created', 'customer.kyc_updated']);
    expect(sdkTypes).toContain('customer.under_review');
    expect(sdkTypes).toContain('customer.active');
    expect(sdkTypes).toContain('credit_offer.available');
    const webhook = new Webhook(secrets.sdk ?? '');
    for (const delivery of sdkHooks.deliveries) {
      expect(() => webhook.verify(delivery.body, delivery.headers as Record<string, string>)).not.toThrow();
      expect(checkSdk('WebhookEvent', delivery.json), delivery.body).toEqual([]);
    }
    const created = sdkHooks.deliveries.find((delivery) => delivery.json.type === 'loan.created');
    expect(created?.json.data.signing_url).toMatch(/\/sandbox\/signing\//);

    expect(docsHooks.types().filter((type) => type.startsWith('loan.'))).toEqual([
      'loan.created',
      'loan.contract_generated',
      'loan.awaiting_signatures',
      'loan.signed',
      'loan.disbursing',
      'loan.active',
      'loan.payment_received',
    ]);
    const docsWebhook = new Webhook(secrets.docs ?? '');
    for (const delivery of docsHooks.deliveries) {
      expect(() =>
        docsWebhook.verify(delivery.body, delivery.headers as Record<string, string>),
      ).not.toThrow();
      expect(checkEvent(delivery.json)).toEqual([]);
    }
  });
});
