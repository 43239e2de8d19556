import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBorrower } from './support/brazilianIds.ts';
import { expectProblem } from './support/expectProblem.ts';
import { loanRequest } from './support/journeySteps.ts';
import { startTestSandbox, type TestSandbox } from './support/testSandbox.ts';

/*
 * With `stepMs` above zero every automatic step waits its turn: each intermediate status can be
 * observed, `settle()` does not run steps before they are due, and a person acting early (signing
 * while the contract is still being sent) is carried through the statuses in between.
 */

const STEP_MS = 300;
let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ stepMs: STEP_MS });
});

afterAll(async () => {
  await sandbox.close();
  expect(sandbox.errors).toEqual([]);
});

async function waitFor(path: string, done: (body: Record<string, unknown>) => boolean) {
  const deadline = Date.now() + STEP_MS * 20;
  for (;;) {
    const answer = await sandbox.call('GET', path);
    if (done(answer.body)) return answer.body;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting on ${path}: ${JSON.stringify(answer.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

describe('automatic steps after stepMs', () => {
  it('moves customer and loan one step at a time', async () => {
    const created = await sandbox.call('POST', '/customers', { json: { cpf: freshBorrower().cpf } });
    const customerId = created.body.id;
    const approved = await sandbox.call('POST', `/test_helpers/customers/${customerId}/kyc/approve`);
    expect(approved.body.status).toBe('active');
    await sandbox.settle();
    expect((await sandbox.call('GET', `/customers/${customerId}/credit-offers`)).body.data).toEqual([]);
    const offers = await waitFor(
      `/customers/${customerId}/credit-offers`,
      (body) => (body.data as unknown[]).length === 1,
    );
    const offer = (offers.data as Array<{ id: string }>)[0];
    if (offer === undefined) throw new Error('no offer');

    const simulation = await sandbox.call('POST', `/credit-offers/${offer.id}/simulations`, {
      json: { requested_amount: '8000.00', installment_count: 4 },
    });
    const loan = await sandbox.call('POST', '/loans', { json: loanRequest(simulation.body) });
    expect(loan.body.status).toBe('processing');
    expect((await sandbox.call('GET', `/loans/${loan.body.id}`)).body.status).toBe('processing');
    expectProblem(
      await sandbox.call('POST', `/test_helpers/loans/${loan.body.id}/sign`),
      409,
      'invalid_state',
    );

    const generated = await waitFor(`/loans/${loan.body.id}`, (body) => body.status !== 'processing');
    expect(generated.status).toBe('contract_generated');
    expect(generated.signing_url).toMatch(/\/sandbox\/signing\//);
    const signed = await sandbox.call('POST', `/test_helpers/loans/${loan.body.id}/sign`);
    expect(signed.body.status).toBe('signed');
    const active = await waitFor(`/loans/${loan.body.id}`, (body) => body.status === 'active');
    expect(active.disbursement_method).toBe('pix');
  });
});
