import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActiveBorrower, activeBorrower } from './borrowers.ts';
import { documentForm, registration } from './fixtures.ts';
import { type Stack, startStack } from './stack.ts';

let stack: Stack;
let a: ActiveBorrower;
let b: ActiveBorrower;
let setupCalls = 0;

/** Sets up A and B against a Dinie of `dialect`, for the tests that follow. */
function borrowersAgainst(dialect: 'docs' | 'sdk'): void {
  beforeAll(async () => {
    stack = await startStack({ webhooks: false, dialect });
    a = await activeBorrower(stack, 'borrower-a', true);
    b = await activeBorrower(stack, 'borrower-b', false);
    setupCalls = stack.upstreamCalls.length;
  });
  afterAll(async () => {
    await stack?.close();
  });
}

const NOT_FOUND = {
  type: 'https://api.dinie.com.br/errors/not-found',
  title: 'Not Found',
  status: 404,
  detail: 'The requested resource does not exist.',
  code: 'not_found',
};
const hex = () => randomBytes(16).toString('hex');

interface Attempt {
  name: string;
  method: string;
  path: (ids: Ids) => string;
  json?: (ids: Ids) => unknown;
  form?: boolean;
}
interface Ids {
  customer: string;
  offer: string;
  simulation: string;
  loan: string;
  ownOffer: string;
  terms: Record<string, unknown>;
}

/** Every forwarded route that takes an id, with what a request to it carries. */
const ATTEMPTS: Attempt[] = [
  { name: 'read a customer', method: 'GET', path: (ids) => `/customers/${ids.customer}` },
  {
    name: 'correct a customer',
    method: 'PATCH',
    path: (ids) => `/customers/${ids.customer}`,
    json: () => ({ email: 'x@example.com' }),
  },
  {
    name: 'upload a document',
    method: 'POST',
    path: (ids) => `/customers/${ids.customer}/documents`,
    form: true,
  },
  { name: 'start biometrics', method: 'POST', path: (ids) => `/customers/${ids.customer}/biometrics` },
  { name: 'list offers', method: 'GET', path: (ids) => `/customers/${ids.customer}/credit-offers` },
  { name: 'read an offer', method: 'GET', path: (ids) => `/credit-offers/${ids.offer}` },
  {
    name: 'simulate',
    method: 'POST',
    path: (ids) => `/credit-offers/${ids.offer}/simulations`,
    json: () => ({ requested_amount: '6000.00', installment_count: 3 }),
  },
  {
    name: 'contract an offer',
    method: 'POST',
    path: () => '/loans',
    json: (ids) => ({ ...ids.terms, credit_offer_id: ids.offer, simulation_id: ids.simulation }),
  },
  {
    name: 'contract a simulation on an own offer',
    method: 'POST',
    path: () => '/loans',
    json: (ids) => ({ ...ids.terms, credit_offer_id: ids.ownOffer, simulation_id: ids.simulation }),
  },
  { name: 'read a loan', method: 'GET', path: (ids) => `/loans/${ids.loan}` },
  { name: 'list transactions', method: 'GET', path: (ids) => `/loans/${ids.loan}/transactions` },
];

const RESOURCE_ID = /\b(?:cust|co|sim|ln|tx|doc|evt|dlv|we)_[A-Za-z0-9]+/g;

/** Every resource id in a response's headers and body that B's session does not own. */
function foreignIds(response: { headers: Headers; text: string }): string[] {
  const own = new Set([b.customerId, b.offerId, b.simulationId]);
  const seen = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n') + response.text;
  return [...seen.matchAll(RESOURCE_ID)].map((match) => match[0]).filter((id) => !own.has(id));
}

/** A call with B's session whose answer must not name any resource B does not own. */
async function asB(method: string, path: string, init?: Parameters<Stack['call']>[3]) {
  const response = await stack.call(b.token, method, path, init);
  const text = await response.text();
  expect(foreignIds({ headers: response.headers, text }), `${method} ${path}`).toEqual([]);
  return {
    status: response.status,
    headers: response.headers,
    body: JSON.parse(text) as Record<string, unknown>,
  };
}

async function attempt(entry: Attempt, ids: Ids) {
  return asB(entry.method, entry.path(ids), {
    ...(entry.json ? { json: entry.json(ids) } : {}),
    ...(entry.form ? { body: documentForm('cnh') } : {}),
  });
}

const idsOfA = (): Ids => ({
  customer: a.customerId,
  offer: a.offerId,
  simulation: a.simulationId,
  loan: a.loanId as string,
  ownOffer: b.offerId,
  terms: b.terms,
});
const guessedIds = (): Ids => ({
  customer: `cust_${hex()}`,
  offer: `co_${hex()}`,
  simulation: `sim_${hex()}`,
  loan: `ln_${hex()}`,
  ownOffer: b.offerId,
  terms: b.terms,
});

// The ownership checks read ids that both dialects name alike; they hold against either Dinie.
describe.each(['docs', 'sdk'] as const)(
  'IDOR: a session of borrower B against borrower A (%s dialect)',
  (dialect) => {
    borrowersAgainst(dialect);
    it.each(ATTEMPTS)('$name: A’s id is a 404 exactly like a guessed one', async (entry) => {
      const foreign = await attempt(entry, idsOfA());
      const guessed = await attempt(entry, guessedIds());
      expect(foreign.status).toBe(404);
      expect(foreign.body).toEqual(NOT_FOUND);
      expect(guessed.status).toBe(404);
      expect(guessed.body).toEqual(NOT_FOUND);
      for (const name of ['x-request-id', 'idempotent-replayed', 'location']) {
        expect(foreign.headers.get(name)).toBeNull();
        expect(guessed.headers.get(name)).toBeNull();
      }
    });

    it.each(ATTEMPTS.filter((entry) => entry.name.startsWith('contract')))(
      '$name: still 404 on a fresh proxy instance that never saw the simulation',
      async (entry) => {
        stack.rebuild({});
        const foreign = await attempt(entry, idsOfA());
        expect(foreign).toMatchObject({ status: 404, body: NOT_FOUND });
      },
    );

    it('never let one of B’s writes on A’s resources reach Dinie, and left A as it was', async () => {
      const writes = stack.upstreamCalls
        .slice(setupCalls)
        .filter(
          (call) =>
            call.method !== 'GET' && (call.url.includes(a.customerId) || call.url.includes(a.offerId)),
        );
      expect(writes).toEqual([]);
      const customer = (await (
        await stack.call(a.token, 'GET', `/customers/${a.customerId}`)
      ).json()) as Record<string, unknown>;
      expect(customer.email).toBe('maria@example.com');
    });

    it('control: A’s own session reaches every one of those resources', async () => {
      for (const path of [
        `/customers/${a.customerId}`,
        `/customers/${a.customerId}/credit-offers`,
        `/credit-offers/${a.offerId}`,
        `/loans/${a.loanId}`,
        `/loans/${a.loanId}/transactions`,
      ]) {
        expect((await stack.call(a.token, 'GET', path)).status, path).toBe(200);
      }
    });

    it('lists only the session borrower’s customers, whatever the query', async () => {
      for (const query of [
        '',
        `?external_id=${a.externalId}`,
        `?cpf=${encodeURIComponent('000')}`,
        '?limit=100&starting_after=x',
      ]) {
        const page = (await asB('GET', `/customers${query}`)).body as {
          data: Array<{ id: string }>;
        };
        expect(page.data.map((customer) => customer.id)).toEqual([b.customerId]);
      }
    });

    it('cannot register or re-point a customer under another borrower', async () => {
      const register = await asB('POST', '/customers', {
        json: { ...registration(), external_id: a.externalId },
      });
      expect(register.status).toBe(422);
      expect(register.body).toMatchObject({ code: 'external_id_mismatch', param: 'external_id' });
      const repoint = await asB('PATCH', `/customers/${b.customerId}`, {
        json: { external_id: a.externalId },
      });
      expect(repoint.status).toBe(422);
    });

    it('registering A’s CNPJ is a 409 in the proxy’s words, naming none of A’s resources', async () => {
      const own = (await (await stack.call(a.token, 'GET', `/customers/${a.customerId}`)).json()) as {
        cnpj: string;
      };
      const conflict = await asB('POST', '/customers', { json: { ...registration(), cnpj: own.cnpj } });
      expect(conflict.status).toBe(409);
      expect(conflict.body).toMatchObject({
        code: 'customer_already_exists',
        detail: 'This CPF or CNPJ is already registered by another account of this partner.',
      });
    });

    it('answers malformed and path-traversing ids 404 without asking Dinie', async () => {
      const before = stack.upstreamCalls.length;
      for (const path of [
        '/customers/cust_..%2F..%2Fauth%2Fcredentials',
        '/customers/cust_%2e%2e',
        '/loans/ln_abc%00',
        `/customers/co_${hex()}`,
        '/credit-offers/cust_1',
        '/loans/ln_',
        `/loans/ln_${'a'.repeat(100)}`,
      ]) {
        const response = await asB('GET', path);
        expect(response.status, path).toBe(404);
        expect(response.body).toEqual(NOT_FOUND);
      }
      expect(stack.upstreamCalls.slice(before)).toEqual([]);
    });

    it('any id B does not own is a 404 (property)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...ATTEMPTS.filter((entry) => !entry.form)),
          fc.record({
            customer: fc.constantFrom(a.customerId, `cust_${hex()}`),
            offer: fc.constantFrom(a.offerId, `co_${hex()}`),
            simulation: fc.constantFrom(a.simulationId, `sim_${hex()}`),
            loan: fc.constantFrom(a.loanId as string, `ln_${hex()}`),
          }),
          async (entry, ids) => {
            const result = await attempt(entry, { ...ids, ownOffer: b.offerId, terms: b.terms });
            expect(result.status).toBe(404);
          },
        ),
        { numRuns: 40 },
      );
    });
  },
);
