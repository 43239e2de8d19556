import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWithOffer, loanRequest, simulate } from './support/journeySteps.ts';
import { startTestSandbox, type TestSandbox } from './support/testSandbox.ts';

/*
 * The credit-math vectors, end to end through the API. The sandbox disburses on the day of the
 * simulation with the first installment one calendar month later, so the reproducible vectors are
 * the calendar-month ones (credit-math §8): d0 = 2026-03-02, 2.5 % a.m., IOF financed, no fee.
 *   - R$ 25,000 × 6, a company borrower (Simples/MEI IOF rate, ≤ R$ 30,000): 4,569.81, CET 37.45 %
 *   - R$ 40,000 × 12 (above R$ 30,000, so PJ IOF rates): 3,982.45, CET 39.84 %
 */

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ startAt: '2026-03-02T12:00:00Z' });
});

afterAll(async () => {
  await sandbox.close();
  expect(sandbox.errors).toEqual([]);
});

const cents = (money: string) => Number(money.replace('.', ''));

describe('credit math through the API', () => {
  it('prices R$ 25,000 × 6 at 2.5 % a.m. for a MEI: 4,569.81 a month, CET 37.45 % a.a.', async () => {
    const { offer } = await customerWithOffer(sandbox);
    const simulation = await simulate(sandbox, offer.id, '25000.00', 6);
    expect(simulation).toMatchObject({
      requested_amount: '25000.00',
      amount: '25000.00',
      fees_amount: '0.00',
      interest_percentage: 2.5,
      cet_percentage: 37.45,
      number_of_installments: 6,
      installments_value: '4569.81',
      first_due_date: '2026-04-02',
    });
    expect(cents(simulation.total_loan_amount)).toBe(
      cents(simulation.requested_amount) + cents(simulation.iof_amount) + cents(simulation.interest_amount),
    );
  });

  it('prices R$ 40,000 × 12 at PJ IOF rates: 3,982.45 a month, CET 39.84 % a.a.', async () => {
    const { offer } = await customerWithOffer(sandbox);
    const simulation = await simulate(sandbox, offer.id, '40000.00', 12);
    expect(simulation).toMatchObject({
      installments_value: '3982.45',
      cet_percentage: 39.84,
      amount: '40000.00',
    });
  });

  it('turns the simulated schedule into the loan and its transactions, to the cent', async () => {
    const { offer } = await customerWithOffer(sandbox);
    const simulation = await simulate(sandbox, offer.id, '25000.00', 6);
    const created = await sandbox.call('POST', '/loans', { json: loanRequest(simulation) });
    await sandbox.settle();
    await sandbox.call('POST', `/test_helpers/loans/${created.body.id}/sign`);
    await sandbox.settle();
    const loan = (await sandbox.call('GET', `/loans/${created.body.id}`)).body;
    expect(loan).toMatchObject({
      cet: 37.45,
      interest_rate: 2.5,
      installments_value: '4569.81',
      iof: simulation.iof_amount,
      net_amount: '25000.00',
    });
    const txs = (await sandbox.call('GET', `/loans/${loan.id}/transactions`)).body.data;
    expect(txs.map((tx: { due_date: string }) => tx.due_date)).toEqual([
      '2026-04-02',
      '2026-05-02',
      '2026-06-02',
      '2026-07-02',
      '2026-08-02',
      '2026-09-02',
    ]);
    expect(txs.slice(0, 5).every((tx: { amount_due: string }) => tx.amount_due === '4569.81')).toBe(true);
    const sum = (key: string) =>
      txs.reduce((total: number, tx: Record<string, string>) => total + cents(tx[key] ?? '0'), 0);
    expect(sum('amount_due')).toBe(cents(simulation.total_loan_amount));
    expect(sum('interest')).toBe(cents(simulation.interest_amount));
    expect(sum('principal')).toBe(cents(simulation.requested_amount) + cents(simulation.iof_amount));
  });
});

describe('configured products', () => {
  it('charges a financed fee and offers a fixed term', async () => {
    const configured = await startTestSandbox({
      startAt: '2026-03-02T12:00:00Z',
      feeCents: 15_000,
      offer: { installments: 6, approvedCents: 3_000_000, minCents: 100_000, interestRatePercent: 3 },
    });
    try {
      const { offer } = await customerWithOffer(configured);
      expect(offer).toMatchObject({
        installments: 6,
        approved_amount: '30000.00',
        min_amount: '1000.00',
        interest_rate: 3,
      });
      expect(offer).not.toHaveProperty('min_installments');
      const simulation = await simulate(configured, offer.id, '10000.00', 6);
      expect(simulation.fees_amount).toBe('150.00');
      expect(simulation.amount).toBe('10000.00');
      expect(cents(simulation.total_loan_amount)).toBe(
        10_000_00 + 150_00 + cents(simulation.iof_amount) + cents(simulation.interest_amount),
      );
      const wrongTerm = await configured.call('POST', `/credit-offers/${offer.id}/simulations`, {
        json: { requested_amount: '10000.00', installment_count: 5 },
      });
      expect(wrongTerm.body.code).toBe('invalid_installment_count');
    } finally {
      await configured.close();
    }
  });
});
