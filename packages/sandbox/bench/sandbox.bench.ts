import { simulateLoan } from '@dinie-embed/api/credit';
import { bench, describe } from 'vitest';
import { createSandbox } from '../src/index.ts';
import { freshBorrower } from '../test/support/brazilianIds.ts';

/*
 * Speed of the sandbox's hot paths, in-process (no sockets): the credit math alone, and whole
 * requests through `sandbox.fetch` (auth, validation, idempotency, rendering). Run with
 * `pnpm bench` from the repository root.
 */

const BASE = 'http://sandbox.bench/v3';
// No rate limit: the benchmark measures the work of a request, not the limiter's refusals.
const sandbox = createSandbox({ stepMs: 0, autoApproveKyc: false, rateLimit: false });
const { clientId, clientSecret } = await sandbox.credentials;

// biome-ignore lint/suspicious/noExplicitAny: the bench reads a few fields of known answers.
async function call(method: string, path: string, token: string | null, body?: unknown): Promise<any> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await sandbox.fetch(new Request(`${BASE}${path}`, init));
  if (response.status >= 400)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

const basic = btoa(`${clientId}:${clientSecret}`);
const tokenResponse = await sandbox.fetch(
  new Request(`${BASE}/auth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  }),
);
const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
const borrower = freshBorrower();
const customer = await call('POST', '/customers', token, { cpf: borrower.cpf, cnpj: borrower.cnpj });
await call('POST', `/test_helpers/customers/${customer.id}/kyc/approve`, token);
await sandbox.settle();
const offers = await call('GET', `/customers/${customer.id}/credit-offers`, token);
const offerId: string = offers.data[0].id;

describe('credit math', () => {
  bench('simulateLoan: R$ 40,000 in 12 installments (Price, IOF, CET)', () => {
    simulateLoan({
      requestedCents: 4_000_000,
      installmentCount: 12,
      monthlyRatePercent: 2.5,
      feeCents: 0,
      disbursementDate: '2026-03-02',
      iof: { dailyPercent: 0.0082, additionalPercent: 0.38 },
    });
  });
});

describe('requests through sandbox.fetch', () => {
  bench('GET /customers/{id}', async () => {
    await call('GET', `/customers/${customer.id}`, token);
  });
  bench('POST /credit-offers/{id}/simulations', async () => {
    await call('POST', `/credit-offers/${offerId}/simulations`, token, {
      requested_amount: '10000.00',
      installment_count: 12,
    });
  });
  bench('GET /customers?limit=25', async () => {
    await call('GET', '/customers?limit=25', token);
  });
});
