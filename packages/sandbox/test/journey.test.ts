import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBorrower } from './support/brazilianIds.ts';
import { documentForm, JPEG, PNG } from './support/files.ts';
import { checkEvent, checkResponse } from './support/openapiValidator.ts';
import { type Answer, send, startTestSandbox, type TestSandbox } from './support/testSandbox.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhookReceiver.ts';

/*
 * The whole journey over HTTP against a real listening sandbox, every response checked against
 * openapi.yaml and every webhook checked against its schema and verified with the Standard
 * Webhooks reference library.
 */

let sandbox: TestSandbox;
let everything: WebhookReceiver;
let loansOnly: WebhookReceiver;
let paused: WebhookReceiver;
const secrets: Record<string, string> = {};

const WITHOUT_LOCATION = new Set(['uploadDocument', 'createSimulation']);

function conforms(operationId: string, answer: Answer, status: number): Answer {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(checkResponse(operationId, answer.status, answer.body)).toEqual([]);
  expect(answer.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
  expect(answer.headers.get('x-ratelimit-limit')).toMatch(/^\d+$/);
  expect(answer.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
  expect(answer.headers.get('x-ratelimit-reset')).toMatch(/^\d+$/);
  if (status === 201) {
    // Documents and simulations have no route to read them back, hence no Location.
    const location = answer.headers.get('location');
    if (WITHOUT_LOCATION.has(operationId)) expect(location).toBeNull();
    else expect(location).toMatch(/^\/v3\//);
  }
  return answer;
}

async function createEndpoint(receiver: WebhookReceiver, events?: string[]): Promise<string> {
  const answer = conforms(
    'createWebhookEndpoint',
    await sandbox.call('POST', '/webhooks/endpoints', {
      json: { url: receiver.url, description: 'journey', ...(events ? { events } : {}) },
    }),
    201,
  );
  expect(answer.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  secrets[answer.body.id] = answer.body.secret;
  return answer.body.id;
}

function verifyAll(receiver: WebhookReceiver, secret: string): void {
  const webhook = new Webhook(secret);
  for (const delivery of receiver.deliveries) {
    expect(delivery.headers['webhook-id']).toBe(delivery.json.id);
    expect(() => webhook.verify(delivery.body, delivery.headers as Record<string, string>)).not.toThrow();
    expect(checkEvent(delivery.json)).toEqual([]);
  }
}

beforeAll(async () => {
  sandbox = await startTestSandbox();
  [everything, loansOnly, paused] = await Promise.all([
    startWebhookReceiver(),
    startWebhookReceiver(),
    startWebhookReceiver(),
  ]);
});

afterAll(async () => {
  await sandbox.close();
  await Promise.all([everything.close(), loansOnly.close(), paused.close()]);
  expect(sandbox.errors).toEqual([]);
});

describe('the whole journey over HTTP', () => {
  let everythingId: string;
  let customerId: string;
  let offerId: string;
  let loanId: string;

  it('issues a token: a dinie_at_ HS256 JWT for one hour', async () => {
    const answer = conforms('createToken', await sandbox.issueToken(), 200);
    expect(answer.body.token_type).toBe('bearer');
    expect(answer.body.expires_in).toBe(3600);
    const [header, payload] = answer.body.access_token.slice('dinie_at_'.length).split('.');
    expect(JSON.parse(atob(header))).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(atob(payload.replaceAll('-', '+').replaceAll('_', '/'))).sub).toBe(sandbox.clientId);
  });

  it('registers webhook endpoints: everything, loan.* only, and one disabled', async () => {
    everythingId = await createEndpoint(everything);
    await createEndpoint(loansOnly, ['loan.*']);
    const pausedId = await createEndpoint(paused, ['*']);
    const disabled = conforms(
      'updateWebhookEndpoint',
      await sandbox.call('PATCH', `/webhooks/endpoints/${pausedId}`, { json: { status: 'disabled' } }),
      200,
    );
    expect(disabled.body.status).toBe('disabled');
    expect(disabled.body).not.toHaveProperty('secret');
    const list = conforms('listWebhookEndpoints', await sandbox.call('GET', '/webhooks/endpoints'), 200);
    expect(list.body.data).toHaveLength(3);
  });

  it('registers a customer in pending_kyc with its KYC list, and replays the registration', async () => {
    const borrower = freshBorrower();
    const body = {
      cpf: borrower.cpf,
      cnpj: borrower.cnpj,
      name: 'Maria Silva',
      email: 'maria@example.com',
      phone: '+5511987654321',
      trading_name: 'Ateliê da Maria',
      external_id: 'journey-1',
    };
    const answer = conforms('createCustomer', await sandbox.call('POST', '/customers', { json: body }), 201);
    customerId = answer.body.id;
    expect(answer.headers.get('location')).toBe(`/v3/customers/${customerId}`);
    expect(answer.body).toMatchObject({
      status: 'pending_kyc',
      cpf: borrower.cpf,
      cnpj: borrower.cnpj,
      phone: '+5511987654321',
    });
    expect(answer.body.kyc.map((item: { type: string }) => item.type)).toEqual([
      'ccmei',
      'cnh',
      'selfie',
      'biometrics',
    ]);
    expect(answer.body.kyc.every((item: { status: string }) => item.status === 'pending')).toBe(true);

    const again = conforms('createCustomer', await sandbox.call('POST', '/customers', { json: body }), 200);
    expect(again.body.id).toBe(customerId);
    const found = conforms(
      'listCustomers',
      await sandbox.call('GET', `/customers?external_id=journey-1`),
      200,
    );
    expect(found.body.data.map((customer: { id: string }) => customer.id)).toEqual([customerId]);
  });

  it('takes every KYC document as multipart (PDF, JPEG, PNG)', async () => {
    const uploads: Array<[string, Uint8Array, string]> = [
      ['ccmei', new TextEncoder().encode('%PDF-1.7\n'), 'application/pdf'],
      ['cnh', JPEG, 'image/jpeg'],
      ['selfie', PNG, 'image/png'],
    ];
    for (const [type, bytes, contentType] of uploads) {
      const answer = conforms(
        'uploadDocument',
        await sandbox.call('POST', `/customers/${customerId}/documents`, {
          form: documentForm(type, bytes, contentType),
        }),
        201,
      );
      expect(answer.body).toMatchObject({ type, status: 'submitted' });
      expect(answer.body.id).toMatch(/^doc_[0-9a-f]{32}$/);
    }
    const customer = conforms('getCustomer', await sandbox.call('GET', `/customers/${customerId}`), 200);
    expect(customer.body.status).toBe('pending_kyc');
  });

  it('captures biometrics on the sandbox page; a second session meanwhile is a 409', async () => {
    const session = conforms(
      'createBiometricsSession',
      await sandbox.call('POST', `/customers/${customerId}/biometrics`),
      200,
    );
    expect(session.body.session_url).toMatch(
      new RegExp(`^${sandbox.server.url}/sandbox/biometrics/dinie_bsc_test_`),
    );
    const busy = conforms(
      'createBiometricsSession',
      await sandbox.call('POST', `/customers/${customerId}/biometrics`),
      409,
    );
    expect(busy.body.code).toBe('session_already_active');

    const page = await send(session.body.session_url, 'GET');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('<html lang="pt-BR">');
    expect(page.text).toContain('Concluir captura');
    const action = /<form method="post" action="([^"]+)"/.exec(page.text)?.[1];
    const done = await send(`${sandbox.server.url}${action}`, 'POST');
    expect(done.status).toBe(200);
    expect(done.text).toContain('Captura concluída');
  });

  it('reviews by itself: under_review, then active, then an offer', async () => {
    await sandbox.settle();
    const customer = conforms('getCustomer', await sandbox.call('GET', `/customers/${customerId}`), 200);
    expect(customer.body.status).toBe('active');
    expect(customer.body.kyc.every((item: { status: string }) => item.status === 'approved')).toBe(true);
    const offers = conforms(
      'listCustomerCreditOffers',
      await sandbox.call('GET', `/customers/${customerId}/credit-offers?status=available`),
      200,
    );
    expect(offers.body.data).toHaveLength(1);
    const [offer] = offers.body.data;
    offerId = offer.id;
    expect(offer).toMatchObject({
      approved_amount: '50000.00',
      min_amount: '5000.00',
      interest_rate: 2.5,
      min_installments: 3,
      max_installments: 12,
    });
    expect(offer).not.toHaveProperty('installments');
    conforms('getCreditOffer', await sandbox.call('GET', `/credit-offers/${offerId}`), 200);
    const all = conforms(
      'listCreditOffers',
      await sandbox.call('GET', `/credit-offers?customer_id=${customerId}`),
      200,
    );
    expect(all.body.data.map((item: { id: string }) => item.id)).toEqual([offerId]);
  });

  it('simulates twice; only the latest can be contracted', async () => {
    const first = conforms(
      'createSimulation',
      await sandbox.call('POST', `/credit-offers/${offerId}/simulations`, {
        json: { requested_amount: '25000.00', installment_count: 6 },
      }),
      201,
    );
    const second = conforms(
      'createSimulation',
      await sandbox.call('POST', `/credit-offers/${offerId}/simulations`, {
        json: { requested_amount: '40000.00', installment_count: 12 },
      }),
      201,
    );
    expect(second.body).toMatchObject({
      requested_amount: '40000.00',
      amount: '40000.00',
      number_of_installments: 12,
      interest_percentage: 2.5,
    });
    const stale = conforms(
      'createLoan',
      await sandbox.call('POST', '/loans', {
        json: {
          credit_offer_id: offerId,
          simulation_id: first.body.id,
          installments: 6,
          installments_value: first.body.installments_value,
          first_due_date: first.body.first_due_date,
        },
      }),
      422,
    );
    expect(stale.body.code).toBe('simulation_mismatch');

    const loan = conforms(
      'createLoan',
      await sandbox.call('POST', '/loans', {
        json: {
          credit_offer_id: offerId,
          simulation_id: second.body.id,
          installments: 12,
          installments_value: second.body.installments_value,
          first_due_date: second.body.first_due_date,
        },
      }),
      201,
    );
    loanId = loan.body.id;
    expect(loan.body).toMatchObject({
      status: 'processing',
      signing_url: null,
      net_amount: null,
      total_amount: second.body.total_loan_amount,
    });
  });

  it('generates the contract by itself and waits for the borrower on the signing page', async () => {
    await sandbox.settle();
    const waiting = conforms('getLoan', await sandbox.call('GET', `/loans/${loanId}`), 200);
    expect(waiting.body.status).toBe('awaiting_signatures');
    expect(waiting.body.ccb_number).toMatch(/^CCB-\d{4}-\d{6}$/);
    expect(waiting.body.signing_url).toMatch(new RegExp(`^${sandbox.server.url}/sandbox/signing/`));

    const page = await send(waiting.body.signing_url, 'GET');
    expect(page.text).toContain('Assinar contrato');
    expect(page.text).toContain(waiting.body.ccb_number);
    const action = /<form method="post" action="([^"]+)"/.exec(page.text)?.[1];
    const signed = await send(`${sandbox.server.url}${action}`, 'POST');
    expect(signed.text).toContain('Contrato assinado');
  });

  it('disburses by itself and creates one transaction per installment', async () => {
    await sandbox.settle();
    const loan = conforms('getLoan', await sandbox.call('GET', `/loans/${loanId}`), 200);
    expect(loan.body).toMatchObject({
      status: 'active',
      net_amount: '40000.00',
      disbursement_method: 'pix',
      signing_url: null,
    });
    const page1 = conforms(
      'listTransactions',
      await sandbox.call('GET', `/loans/${loanId}/transactions?limit=5`),
      200,
    );
    expect(page1.body.has_more).toBe(true);
    const rest = conforms(
      'listTransactions',
      await sandbox.call(
        'GET',
        `/loans/${loanId}/transactions?limit=100&starting_after=${page1.body.data[4].id}`,
      ),
      200,
    );
    const all = [...page1.body.data, ...rest.body.data];
    expect(all).toHaveLength(12);
    expect(rest.body.has_more).toBe(false);
    expect(all.every((tx: { status: string }) => tx.status === 'pending')).toBe(true);
    const cents = (money: string) => Math.round(Number(money) * 100);
    expect(all.reduce((sum: number, tx: { amount_due: string }) => sum + cents(tx.amount_due), 0)).toBe(
      cents(loan.body.total_amount),
    );
    expect(all[0].due_date).toBe(loan.body.first_due_date);
  });

  it('takes a partial payment, then every installment, and finishes', async () => {
    const partial = await sandbox.call('POST', `/test_helpers/loans/${loanId}/pay`, {
      json: { amount: '100.00' },
    });
    expect(partial.status).toBe(200);
    const afterPartial = await sandbox.call('GET', `/loans/${loanId}/transactions?limit=1`);
    expect(afterPartial.body.data[0]).toMatchObject({ status: 'partially_paid', amount_paid: '100.00' });
    for (let paid = 0; paid < 12; paid += 1) {
      expect((await sandbox.call('POST', `/test_helpers/loans/${loanId}/pay`)).status).toBe(200);
    }
    const loan = conforms('getLoan', await sandbox.call('GET', `/loans/${loanId}`), 200);
    expect(loan.body.status).toBe('finished');
    const txs = await sandbox.call('GET', `/loans/${loanId}/transactions?limit=100`);
    expect(
      txs.body.data.every(
        (tx: { status: string; amount_remaining: string; paid_at: string | null }) =>
          tx.status === 'paid' && tx.amount_remaining === '0.00' && tx.paid_at !== null,
      ),
    ).toBe(true);
    const overpay = await sandbox.call('POST', `/test_helpers/loans/${loanId}/pay`);
    expect(overpay.status).toBe(409);
  });

  it('delivered every event, in order, signed per Standard Webhooks', async () => {
    await sandbox.settle();
    const journey = [
      'customer.created',
      'customer.kyc_updated',
      'customer.kyc_updated',
      'customer.kyc_updated',
      'customer.kyc_updated',
      'customer.under_review',
      'customer.kyc_updated',
      'customer.active',
      'credit_offer.available',
      'loan.created',
      'loan.contract_generated',
      'loan.awaiting_signatures',
      'loan.signed',
      'loan.disbursing',
      'loan.active',
      ...Array(13).fill('loan.payment_received'),
      'loan.finished',
      'credit_offer.available',
    ];
    expect(everything.types()).toEqual(journey);
    expect(loansOnly.types()).toEqual(journey.filter((type) => type.startsWith('loan.')));
    expect(paused.deliveries).toEqual([]);
    verifyAll(everything, secrets[everythingId] ?? '');
    const active = everything.deliveries.find((delivery) => delivery.json.type === 'loan.active');
    expect(active?.json.data).toMatchObject({
      id: loanId,
      status: 'active',
      requested_amount: '40000.00',
      net_amount: '40000.00',
    });
    const last = everything.deliveries
      .filter((delivery) => delivery.json.type === 'loan.payment_received')
      .at(-1);
    expect(last?.json.data).toMatchObject({ id: loanId, payment: { installment_number: 12 } });
  });

  it('signs with both secrets while a rotation is in its grace period, then with the new one only', async () => {
    const rotated = conforms(
      'rotateWebhookSecret',
      await sandbox.call('POST', `/webhooks/endpoints/${everythingId}/secret/rotate`, {
        json: { expire_current_in: 60 },
      }),
      200,
    );
    const before = everything.deliveries.length;
    await sandbox.call('POST', '/customers', { json: { cpf: freshBorrower().cpf } });
    await sandbox.settle();
    const [delivery] = everything.deliveries.slice(before);
    if (delivery === undefined) throw new Error('No delivery after the rotation.');
    expect(String(delivery.headers['webhook-signature']).split(' ')).toHaveLength(2);
    const headers = delivery.headers as Record<string, string>;
    expect(() => new Webhook(rotated.body.secret).verify(delivery.body, headers)).not.toThrow();
    expect(() => new Webhook(secrets[everythingId] ?? '').verify(delivery.body, headers)).not.toThrow();

    sandbox.server.sandbox.clock.advance(1);
    const after = everything.deliveries.length;
    await sandbox.call('POST', '/customers', { json: { cpf: freshBorrower().cpf } });
    await sandbox.settle();
    const [late] = everything.deliveries.slice(after);
    if (late === undefined) throw new Error('No delivery after the grace period.');
    const lateHeaders = late.headers as Record<string, string>;
    expect(String(lateHeaders['webhook-signature']).split(' ')).toHaveLength(1);
    expect(() => new Webhook(rotated.body.secret).verify(late.body, lateHeaders)).not.toThrow();
    expect(() => new Webhook(secrets[everythingId] ?? '').verify(late.body, lateHeaders)).toThrow();
  });
});
