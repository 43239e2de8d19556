import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentForm, FILES, registration } from './fixtures.ts';
import { eventually, type Stack, startStack } from './stack.ts';

/*
 * The same journey against a Dinie that speaks the API reference's dialect and one that speaks
 * the official SDKs' (`/api/v3`): the browser sees the documented model either way, and the
 * ownership checks hold on both. An SDK registration's KYC has no separate selfie (the SDKs'
 * selfie is the biometrics capture), and its loan is born awaiting signatures.
 */
const DIALECTS = [
  { dialect: 'docs', kyc: ['ccmei', 'cnh', 'selfie', 'biometrics'], bornAs: 'processing' },
  { dialect: 'sdk', kyc: ['ccmei', 'cnh', 'biometrics'], bornAs: 'awaiting_signatures' },
] as const;

type Json = Record<string, unknown>;
const json = async (response: Response) => ({
  status: response.status,
  body: (await response.json()) as Json,
});

describe.each(DIALECTS)(
  'the whole borrower journey through the proxy ($dialect dialect)',
  ({ dialect, kyc, bornAs }) => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ dialect });
    });
    afterAll(async () => {
      await stack?.close();
    });

    it('registers, completes KYC, simulates, contracts, signs and follows a loan', async () => {
      const borrower = 'partner-user-journey';
      const first = await stack.session(borrower);
      expect(first.customer_id).toBeNull();
      expect(new Date(first.expires_at).getTime() - Date.now()).toBeGreaterThan(14 * 60 * 1000);
      const { token } = first;

      // Registration is pinned to the session's borrower.
      const form = registration();
      const registered = await json(await stack.call(token, 'POST', '/customers', { json: form }));
      expect(registered.status).toBe(201);
      expect(registered.body).toMatchObject({ status: 'pending_kyc', external_id: borrower });
      const customerId = registered.body.id as string;
      // Registration is idempotent at Dinie: the same company and borrower answer the same customer.
      const again = await json(await stack.call(token, 'POST', '/customers', { json: form }));
      expect(again).toMatchObject({ status: 200, body: { id: customerId } });
      expect((await stack.session(borrower)).customer_id).toBe(customerId);

      const list = await json(await stack.call(token, 'GET', '/customers?external_id=someone-else&cpf=1'));
      expect(list).toMatchObject({ status: 200, body: { data: [{ id: customerId }], has_more: false } });

      // KYC: one upload per document item, biometrics through its own session.
      const customer = await json(await stack.call(token, 'GET', `/customers/${customerId}`));
      const items = customer.body.kyc as Array<{ kind: string; type: string }>;
      expect(items.map((item) => item.type)).toEqual(kyc);
      const files = {
        ccmei: [FILES.pdf, 'application/pdf'],
        cnh: [FILES.jpeg, 'image/jpeg'],
        selfie: [FILES.png, 'image/png'],
      } as const;
      for (const [type, [file, mime]] of Object.entries(files)) {
        if (!items.some((item) => item.type === type)) continue;
        const uploaded = await json(
          await stack.call(token, 'POST', `/customers/${customerId}/documents`, {
            body: documentForm(type, file, mime),
          }),
        );
        expect(uploaded).toMatchObject({ status: 201, body: { type, status: 'submitted' } });
      }
      // Against the SDKs' Dinie the documents went to its attachment route.
      const attachments = stack.upstreamCalls.filter((call) => call.url.endsWith('/kyc-attachments'));
      expect(attachments.length).toBe(dialect === 'sdk' ? 2 : 0);
      const biometrics = await json(await stack.call(token, 'POST', `/customers/${customerId}/biometrics`));
      expect(biometrics.status).toBe(200);
      expect(biometrics.body.session_url).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/sandbox\/biometrics\/dinie_bsc_/,
      );
      await stack.partner('POST', `/test_helpers/customers/${customerId}/biometrics/complete`);

      // The sandbox reviews by itself; an offer follows activation.
      const offers = await eventually(async () => {
        const page = await json(
          await stack.call(token, 'GET', `/customers/${customerId}/credit-offers?status=available`),
        );
        const data = page.body.data as Json[];
        expect(data).toHaveLength(1);
        return data;
      });
      const offer = offers[0] as Json;
      expect(offer).toMatchObject({ customer_id: customerId, status: 'available' });
      expect(await json(await stack.call(token, 'GET', `/credit-offers/${offer.id}`))).toMatchObject({
        status: 200,
        body: { id: offer.id },
      });

      const simulation = await json(
        await stack.call(token, 'POST', `/credit-offers/${offer.id}/simulations`, {
          json: { requested_amount: '10000.00', installment_count: 6 },
        }),
      );
      expect(simulation.status).toBe(201);
      expect(simulation.body).toMatchObject({
        credit_offer_id: offer.id,
        requested_amount: '10000.00',
        number_of_installments: 6,
      });

      const terms = {
        credit_offer_id: offer.id,
        simulation_id: simulation.body.id,
        installments: simulation.body.number_of_installments,
        installments_value: simulation.body.installments_value,
        first_due_date: simulation.body.first_due_date,
      };
      const created = await stack.call(token, 'POST', '/loans', {
        json: terms,
        headers: { 'Idempotency-Key': 'loan-click-1' },
      });
      const loan = await json(created);
      expect(loan).toMatchObject({ status: 201, body: { status: bornAs, customer_id: customerId } });
      // A double click with the same key is the same loan, replayed by Dinie.
      const replay = await stack.call(token, 'POST', '/loans', {
        json: terms,
        headers: { 'Idempotency-Key': 'loan-click-1' },
      });
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(((await replay.json()) as Json).id).toBe(loan.body.id);

      const loanId = loan.body.id as string;
      await eventually(async () => {
        const current = await json(await stack.call(token, 'GET', `/loans/${loanId}`));
        expect(current.body.status).toBe('awaiting_signatures');
        expect(current.body.signing_url).toEqual(expect.any(String));
      });
      await stack.partner('POST', `/test_helpers/loans/${loanId}/sign`);
      await eventually(async () => {
        expect((await json(await stack.call(token, 'GET', `/loans/${loanId}`))).body.status).toBe('active');
      });
      const transactions = await json(
        await stack.call(token, 'GET', `/loans/${loanId}/transactions?limit=100`),
      );
      expect(transactions.status).toBe(200);
      expect(transactions.body.data).toHaveLength(6);

      // Every step reached the partner's onEvent, attributed to the borrower.
      await eventually(() => {
        const types = stack.events
          .filter((entry) => entry.externalId === borrower)
          .map((entry) => entry.event.type);
        expect(types).toEqual(
          expect.arrayContaining([
            'customer.created',
            'customer.under_review',
            'customer.active',
            'credit_offer.available',
            'loan.created',
            'loan.awaiting_signatures',
            'loan.active',
          ]),
        );
      });
    });

    it("sends every write upstream with an Idempotency-Key: the browser's, namespaced, or a minted one", async () => {
      const { token } = await stack.session('partner-user-keys');
      const before = stack.upstreamCalls.length;
      expect((await stack.call(token, 'POST', '/customers', { json: registration() })).status).toBe(201);
      const keyed = await stack.call(token, 'POST', '/customers', {
        json: registration(),
        headers: { 'Idempotency-Key': 'k-123' },
      });
      expect(keyed.status).toBe(201);
      const writes = stack.upstreamCalls
        .slice(before)
        .filter((call) => call.method === 'POST' && !call.url.endsWith('/auth/token'));
      expect(writes).toHaveLength(2);
      expect(writes[0]?.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{12}-proxy-[0-9a-f-]{36}$/);
      expect(writes[1]?.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{12}-k-123$/);
      const invalid = await stack.call(token, 'POST', '/customers', {
        json: registration(),
        headers: { 'Idempotency-Key': 'a b' },
      });
      expect(invalid.status).toBe(400);
    });

    it('passes Dinie’s validation errors through as problem+json with their code and field errors', async () => {
      const { token } = await stack.session('partner-user-invalid');
      const response = await stack.call(token, 'POST', '/customers', {
        json: { ...registration(), cpf: '123.456.789-00' },
      });
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as Json;
      expect(problem).toMatchObject({
        type: 'https://api.dinie.com.br/errors/validation-failed',
        status: 422,
        code: expect.any(String),
        detail: expect.any(String),
        errors: [
          expect.objectContaining({ param: 'cpf', code: expect.any(String), detail: expect.any(String) }),
        ],
      });
    });
  },
);
