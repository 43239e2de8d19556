import { createDinieClient, type DinieClient, type DinieDialect } from '@dinie-embed/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBorrower } from './support/brazilianIds.ts';
import { JPEG, PDF } from './support/files.ts';
import { checkSchema } from './support/openapiValidator.ts';
import { startTestSandbox, type TestSandbox } from './support/testSandbox.ts';

/*
 * `createDinieClient` over HTTP against the sandbox in each dialect: whatever the server speaks,
 * calls go out in its dialect and every answer comes back in the documented model, checked
 * against openapi.yaml. The SDK side is reached by the `/api/v3` base (`auto`) and by an explicit
 * `dialect: 'sdk'` with the SDKs' headers on `/v3`.
 */

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});

afterAll(async () => {
  await sandbox.close();
  expect(sandbox.errors).toEqual([]);
});

/** KYC of an SDK registration as the client reads it: the SDKs' selfie is the biometrics capture. */
const SDK_KYC = ['ccmei', 'cnh', 'biometrics'];

const CASES: Array<{
  name: string;
  base: string;
  dialect: DinieDialect;
  kyc: string[];
  headers?: Record<string, string>;
}> = [
  { name: 'docs (/v3, auto)', base: '/v3', dialect: 'auto', kyc: ['ccmei', 'cnh', 'selfie', 'biometrics'] },
  { name: 'sdk (/api/v3, auto)', base: '/api/v3', dialect: 'auto', kyc: SDK_KYC },
  {
    name: 'sdk (explicit, SDK headers on /v3)',
    base: '/v3',
    dialect: 'sdk',
    kyc: SDK_KYC,
    headers: { 'user-agent': 'Dinie-SDK-JS/1.1.0' },
  },
];

function conforms<T>(schema: string, value: T): T {
  expect(checkSchema(schema, value), JSON.stringify(value)).toEqual([]);
  return value;
}

describe.each(CASES)('createDinieClient against the $name sandbox', ({ base, dialect, kyc, headers }) => {
  let client: DinieClient;
  const helper = (path: string, json?: unknown) =>
    fetch(`${sandbox.server.url}${base}/test_helpers${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(json ?? {}),
    }).then((response) => {
      expect(response.status).toBe(200);
    });

  beforeAll(() => {
    client = createDinieClient({
      baseUrl: `${sandbox.server.url}${base}`,
      getToken: async () => sandbox.token,
      dialect,
      ...(headers === undefined ? {} : { headers }),
    });
  });

  it('walks the journey in the documented model: register, KYC, biometrics, offer, loan, paid', async () => {
    const borrower = freshBorrower();
    const customer = conforms(
      'Customer',
      await client.customers.create({
        cpf: borrower.cpf,
        cnpj: borrower.cnpj,
        email: 'maria@example.com',
        phone: '+5511987654321',
        external_id: `client-${base}-${dialect}`,
      }),
    );
    expect(customer.status).toBe('pending_kyc');
    expect(customer.kyc.map((item) => item.type)).toEqual(kyc);
    const documents = customer.kyc.filter((item) => item.kind === 'document' && item.type !== 'biometrics');
    for (const item of documents) {
      const file = new Blob([(item.type === 'ccmei' ? PDF : JPEG) as Uint8Array<ArrayBuffer>], {
        type: item.type === 'ccmei' ? 'application/pdf' : 'image/jpeg',
      });
      const document = conforms(
        'KycDocument',
        await client.customers.uploadDocument(customer.id, { type: item.type, file }),
      );
      expect(document).toMatchObject({ type: item.type, status: 'submitted' });
    }
    const session = conforms(
      'BiometricsSession',
      await client.customers.createBiometricsSession(customer.id),
    );
    expect(session.session_url).toMatch(/\/sandbox\/biometrics\/dinie_bsc_/);
    await helper(`/customers/${customer.id}/biometrics/complete`);
    await sandbox.settle();

    const active = conforms('Customer', await client.customers.get(customer.id));
    expect(active.status).toBe('active');
    expect(active.kyc.every((item) => item.status === 'approved')).toBe(true);
    const [offer] = (await client.customers.listCreditOffers(customer.id)).data;
    if (offer === undefined) throw new Error('no offer');
    conforms('CreditOffer', offer);
    expect(offer.approved_amount).toMatch(/^\d+\.\d{2}$/);

    const simulation = conforms(
      'Simulation',
      await client.creditOffers.simulate(offer.id, { requested_amount: '10000.00', installment_count: 6 }),
    );
    expect(simulation).toMatchObject({ requested_amount: '10000.00', number_of_installments: 6 });
    const loan = conforms(
      'Loan',
      await client.loans.create({
        credit_offer_id: offer.id,
        simulation_id: simulation.id,
        installments: simulation.number_of_installments,
        installments_value: simulation.installments_value,
        first_due_date: simulation.first_due_date,
      }),
    );
    expect(loan.installments_value).toBe(simulation.installments_value);
    await sandbox.settle();
    const signable = conforms('Loan', await client.loans.get(loan.id));
    expect(signable.status).toBe('awaiting_signatures');
    expect(signable.signing_url).toMatch(/\/sandbox\/signing\//);

    await helper(`/loans/${loan.id}/sign`);
    await sandbox.settle();
    expect(conforms('Loan', await client.loans.get(loan.id)).status).toBe('active');
    const [first] = (await client.loans.listTransactions(loan.id)).data;
    if (first === undefined) throw new Error('no installments');
    await helper(`/loans/${loan.id}/pay`, { amount: first.amount_due });
    const [paid] = (await client.loans.listTransactions(loan.id, { limit: 1 })).data;
    conforms('Transaction', paid);
    expect(paid).toMatchObject({ status: 'paid', amount_paid: first.amount_due, amount_remaining: '0.00' });
    expect(paid?.paid_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('manages webhook endpoints, the rotation included, in the documented model', async () => {
    const endpoint = conforms(
      'WebhookEndpointWithSecret',
      await client.webhookEndpoints.create({ url: 'http://127.0.0.1:9/hook', events: ['loan.*'] }),
    );
    const rotation = conforms(
      'WebhookSecretRotation',
      await client.webhookEndpoints.rotateSecret(endpoint.id),
    );
    expect(Date.parse(rotation.previous_secret_expires_at)).toBeGreaterThan(Date.parse(endpoint.created_at));
    await client.webhookEndpoints.delete(endpoint.id);
  });
});
