import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expectProblem.ts';
import { activeLoan, createLoan, customerWithOffer, loanRequest, simulate } from './support/journeySteps.ts';
import { checkResponse } from './support/openapiValidator.ts';
import { startTestSandbox, type TestSandbox } from './support/testSandbox.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhookReceiver.ts';

let sandbox: TestSandbox;
let receiver: WebhookReceiver;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  receiver = await startWebhookReceiver();
  await sandbox.call('POST', '/webhooks/endpoints', {
    json: { url: receiver.url, events: ['credit_offer.*', 'loan.*'] },
  });
});

afterAll(async () => {
  await sandbox.close();
  await receiver.close();
  expect(sandbox.errors).toEqual([]);
});

const eventsOf = (id: string) =>
  receiver.deliveries.filter((delivery) => delivery.json.data.id === id).map((d) => d.json.type);

describe('credit offers', () => {
  it('answers 404 and validates the list filters', async () => {
    expectProblem(
      await sandbox.call('GET', '/credit-offers/co_00000000000000000000000000000000'),
      404,
      'credit_offer_not_found',
    );
    expectProblem(
      await sandbox.call('GET', '/credit-offers?customer_id=42'),
      422,
      'invalid_format',
      'customer_id',
    );
    expectProblem(await sandbox.call('GET', '/credit-offers?status=maybe'), 422, 'invalid_value', 'status');
    expectProblem(
      await sandbox.call('GET', '/customers/cust_00000000000000000000000000000000/credit-offers'),
      404,
      'customer_not_found',
    );
  });

  it('expires by the sandbox clock after valid_until, with credit_offer.expired', async () => {
    const { offer } = await customerWithOffer(sandbox);
    const days = Math.ceil(
      (Date.parse(offer.valid_until) -
        Date.parse((await sandbox.call('GET', '/test_helpers/clock')).body.now)) /
        86_400_000,
    );
    expect(days).toBe(30);
    const advanced = await sandbox.call('POST', '/test_helpers/clock/advance', { json: { days: 31 } });
    expect(advanced.status).toBe(200);
    const read = await sandbox.call('GET', `/credit-offers/${offer.id}`);
    expect(read.body.status).toBe('expired');
    await sandbox.settle();
    expect(eventsOf(offer.id)).toEqual(['credit_offer.available', 'credit_offer.expired']);
    expectProblem(
      await sandbox.call('POST', `/credit-offers/${offer.id}/simulations`, {
        json: { requested_amount: '10000.00', installment_count: 6 },
      }),
      422,
      'offer_expired',
    );
  });

  it('keeps a filtered cursor valid after its offer leaves the filter', async () => {
    const older = (await customerWithOffer(sandbox)).offer;
    const newer = (await customerWithOffer(sandbox)).offer;
    const first = await sandbox.call('GET', '/credit-offers?status=available&limit=1');
    expect(first.body.data.map((o: { id: string }) => o.id)).toEqual([newer.id]);
    await sandbox.call('POST', `/test_helpers/credit-offers/${newer.id}/expire`);
    const next = await sandbox.call(
      'GET',
      `/credit-offers?status=available&limit=1&starting_after=${newer.id}`,
    );
    expect(next.status, JSON.stringify(next.body)).toBe(200);
    expect(next.body.data.map((o: { id: string }) => o.id)).toEqual([older.id]);
    expectProblem(
      await sandbox.call('GET', '/credit-offers?starting_after=co_00000000000000000000000000000000'),
      400,
      'invalid_cursor',
      'starting_after',
    );
  });

  it('expires on demand through the test helper', async () => {
    const { offer } = await customerWithOffer(sandbox);
    const expired = await sandbox.call('POST', `/test_helpers/credit-offers/${offer.id}/expire`);
    expect(expired.body.status).toBe('expired');
    expectProblem(
      await sandbox.call('POST', `/test_helpers/credit-offers/${offer.id}/expire`),
      409,
      'invalid_state',
    );
  });
});

describe('POST /credit-offers/{id}/simulations', () => {
  it('validates amount and term against the offer', async () => {
    const { offer } = await customerWithOffer(sandbox);
    const path = `/credit-offers/${offer.id}/simulations`;
    const sim = (json: unknown) => sandbox.call('POST', path, { json });
    expectProblem(await sim({}), 422, 'missing_required_field', 'requested_amount');
    expectProblem(
      await sim({ requested_amount: 25000, installment_count: 6 }),
      422,
      'invalid_type',
      'requested_amount',
    );
    expectProblem(
      await sim({ requested_amount: '25000', installment_count: 6 }),
      422,
      'invalid_format',
      'requested_amount',
    );
    expectProblem(
      await sim({ requested_amount: '25000.001', installment_count: 6 }),
      422,
      'invalid_format',
      'requested_amount',
    );
    expectProblem(
      await sim({ requested_amount: '25000.00', installment_count: 6.5 }),
      422,
      'invalid_type',
      'installment_count',
    );
    expectProblem(
      await sim({ requested_amount: '4999.99', installment_count: 6 }),
      422,
      'amount_out_of_range',
      'requested_amount',
    );
    expectProblem(
      await sim({ requested_amount: '50000.01', installment_count: 6 }),
      422,
      'amount_out_of_range',
      'requested_amount',
    );
    expectProblem(
      await sim({ requested_amount: '10000.00', installment_count: 2 }),
      422,
      'invalid_installment_count',
      'installment_count',
    );
    expectProblem(
      await sim({ requested_amount: '10000.00', installment_count: 13 }),
      422,
      'invalid_installment_count',
      'installment_count',
    );
    const both = await sim({ requested_amount: '1.00', installment_count: 24 });
    expect(both.body.errors.map((error: { code: string }) => error.code)).toEqual([
      'amount_out_of_range',
      'invalid_installment_count',
    ]);
    expect((await sim({ requested_amount: '5000.00', installment_count: 3 })).status).toBe(201);
    expect((await sim({ requested_amount: '50000.00', installment_count: 12 })).status).toBe(201);
    expectProblem(
      await sandbox.call('POST', '/credit-offers/co_00000000000000000000000000000000/simulations', {
        json: { requested_amount: '10000.00', installment_count: 6 },
      }),
      404,
      'credit_offer_not_found',
    );
  });
});

describe('POST /loans', () => {
  it('validates every field', async () => {
    expectProblem(
      await sandbox.call('POST', '/loans', { json: {} }),
      422,
      'missing_required_field',
      'credit_offer_id',
    );
    const answer = await sandbox.call('POST', '/loans', {
      json: {
        credit_offer_id: 'co_1',
        simulation_id: 'sim_x',
        installments: '6',
        installments_value: '1',
        first_due_date: '2026-02-30',
      },
    });
    expectProblem(answer, 422, 'invalid_format');
    expect(
      answer.body.errors.map((error: { param: string; code: string }) => `${error.param}:${error.code}`),
    ).toEqual([
      'credit_offer_id:invalid_format',
      'simulation_id:invalid_format',
      'installments:invalid_type',
      'installments_value:invalid_format',
      'first_due_date:invalid_format',
    ]);
  });

  it('needs the offer and simulation to exist and belong together', async () => {
    const { offer } = await customerWithOffer(sandbox);
    const simulation = await simulate(sandbox, offer.id);
    const request = loanRequest(simulation);
    expectProblem(
      await sandbox.call('POST', '/loans', {
        json: { ...request, credit_offer_id: 'co_00000000000000000000000000000000' },
      }),
      404,
      'credit_offer_not_found',
    );
    expectProblem(
      await sandbox.call('POST', '/loans', {
        json: { ...request, simulation_id: 'sim_00000000000000000000000000000000' },
      }),
      404,
      'simulation_not_found',
    );
    const other = await customerWithOffer(sandbox);
    expectProblem(
      await sandbox.call('POST', '/loans', { json: { ...request, credit_offer_id: other.offer.id } }),
      422,
      'simulation_mismatch',
      'simulation_id',
    );
  });

  it('takes only the simulated terms', async () => {
    const { offer } = await customerWithOffer(sandbox);
    const simulation = await simulate(sandbox, offer.id, '12000.00', 10);
    const answer = await sandbox.call('POST', '/loans', {
      json: {
        ...loanRequest(simulation),
        installments: 9,
        installments_value: '1.00',
        first_due_date: '2099-01-01',
      },
    });
    expectProblem(answer, 422, 'simulation_mismatch', 'installments');
    expect(answer.body.errors.map((error: { param: string }) => error.param)).toEqual([
      'installments',
      'installments_value',
      'first_due_date',
    ]);
  });

  it('refuses an offer already used (409) and a customer whose KYC was reopened (422)', async () => {
    const { offer, simulation } = await createLoan(sandbox);
    expectProblem(
      await sandbox.call('POST', '/loans', { json: loanRequest(simulation) }),
      409,
      'offer_already_accepted',
    );
    expectProblem(
      await sandbox.call('POST', `/credit-offers/${offer.id}/simulations`, {
        json: { requested_amount: '10000.00', installment_count: 6 },
      }),
      409,
      'offer_already_accepted',
    );

    const second = await customerWithOffer(sandbox);
    const secondSimulation = await simulate(sandbox, second.offer.id);
    await sandbox.call('POST', `/test_helpers/customers/${second.customer.id}/kyc/reject`, {
      json: { type: 'cnh', status: 'rejected', message: 'CNH vencida.' },
    });
    expectProblem(
      await sandbox.call('POST', '/loans', { json: loanRequest(secondSimulation) }),
      422,
      'kyc_incomplete',
    );
  });

  it('answers 404 loan_not_found', async () => {
    expectProblem(
      await sandbox.call('GET', '/loans/ln_00000000000000000000000000000000'),
      404,
      'loan_not_found',
    );
    expectProblem(await sandbox.call('GET', '/loans/whatever/transactions'), 404, 'loan_not_found');
  });
});

describe('loan lifecycle helpers', () => {
  it('expires an offer freed after its valid_until at the next request', async () => {
    const local = await startTestSandbox();
    try {
      const { loan, offer } = await createLoan(local);
      await local.settle();
      expect((await local.call('POST', '/test_helpers/clock/advance', { json: { days: 31 } })).status).toBe(
        200,
      );
      // Accepted offers do not expire: the loan holds it.
      expect((await local.call('GET', `/credit-offers/${offer.id}`)).body.status).toBe('accepted');
      expect((await local.call('POST', `/test_helpers/loans/${loan.id}/cancel`)).status).toBe(200);
      expect((await local.call('GET', `/credit-offers/${offer.id}`)).body.status).toBe('expired');
    } finally {
      await local.close();
      expect(local.errors).toEqual([]);
    }
  });

  it('cancels before disbursement and frees the offer, with credit_offer.available', async () => {
    const { loan, offer, simulation } = await createLoan(sandbox);
    await sandbox.settle();
    const contracted = (await sandbox.call('GET', `/loans/${loan.id}`)).body;
    expect(contracted.status).toBe('awaiting_signatures');
    const cancelled = await sandbox.call('POST', `/test_helpers/loans/${loan.id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', signing_url: null });
    // The costs the contract stated stay known.
    for (const cost of ['iof', 'service_fee', 'interest_rate', 'cet'] as const) {
      expect(cancelled.body[cost], cost).not.toBeNull();
      expect(cancelled.body[cost], cost).toBe(contracted[cost]);
    }
    expect(checkResponse('getLoan', 200, cancelled.body)).toEqual([]);
    expect((await sandbox.call('GET', `/credit-offers/${offer.id}`)).body.status).toBe('available');
    expectProblem(await sandbox.call('POST', `/test_helpers/loans/${loan.id}/sign`), 409, 'invalid_state');
    expectProblem(await sandbox.call('POST', `/test_helpers/loans/${loan.id}/cancel`), 409, 'invalid_state');
    // The contracted simulation was spent with the loan; a new loan needs a new simulation.
    expectProblem(
      await sandbox.call('POST', '/loans', { json: loanRequest(simulation) }),
      422,
      'simulation_mismatch',
      'simulation_id',
    );
    const resimulated = await simulate(sandbox, offer.id);
    const again = await sandbox.call('POST', '/loans', { json: loanRequest(resimulated) });
    expect(again.status).toBe(201);
    await sandbox.settle();
    expect(eventsOf(loan.id)).toEqual([
      'loan.created',
      'loan.contract_generated',
      'loan.awaiting_signatures',
      'loan.cancelled',
    ]);
    const offerEvents = receiver.deliveries.filter((d) => d.json.data.id === offer.id);
    expect(offerEvents.map((d) => d.json.type)).toEqual(['credit_offer.available', 'credit_offer.available']);
    expect(offerEvents[1]?.json.data.status).toBe('available');
    const cancelledAt = receiver.deliveries.findIndex(
      (d) => d.json.type === 'loan.cancelled' && d.json.data.id === loan.id,
    );
    expect(
      receiver.deliveries.indexOf(offerEvents[1] as (typeof receiver.deliveries)[number]),
    ).toBeGreaterThan(cancelledAt);
  });

  it('fails with an error code and message, and frees the offer', async () => {
    const { loan, offer, simulation } = await createLoan(sandbox);
    await sandbox.settle();
    const failed = await sandbox.call('POST', `/test_helpers/loans/${loan.id}/fail`, {
      json: { code: 'contract_generation_failed', message: 'CCB não pôde ser gerada.' },
    });
    expect(failed.body.status).toBe('error');
    expect(failed.body.cet).not.toBeNull();
    expect(failed.body.iof).toBe(simulation.iof_amount);
    await sandbox.settle();
    const error = receiver.deliveries.find(
      (delivery) => delivery.json.type === 'loan.error' && delivery.json.data.id === loan.id,
    );
    expect(error?.json.data.error).toEqual({
      code: 'contract_generation_failed',
      message: 'CCB não pôde ser gerada.',
    });
    expect(eventsOf(loan.id)).toEqual([
      'loan.created',
      'loan.contract_generated',
      'loan.awaiting_signatures',
      'loan.error',
    ]);
    expect(eventsOf(offer.id)).toEqual(['credit_offer.available', 'credit_offer.available']);
    const read = await sandbox.call('GET', `/credit-offers/${offer.id}`);
    expect(read.body.status).toBe('available');
    expectProblem(
      await sandbox.call('POST', '/loans', { json: loanRequest(simulation) }),
      422,
      'simulation_mismatch',
      'simulation_id',
    );
  });

  it('mints no second offer when KYC is reopened and approved while a loan runs', async () => {
    const { customer, loan, offer } = await activeLoan(sandbox);
    const reopened = await sandbox.call('POST', `/test_helpers/customers/${customer.id}/kyc/reject`, {
      json: { type: 'cnh', status: 'pending_correction', message: 'CNH ilegível.' },
    });
    expect(reopened.body.status).toBe('pending_kyc');
    const approved = await sandbox.call('POST', `/test_helpers/customers/${customer.id}/kyc/approve`);
    expect(approved.body.status).toBe('active');
    await sandbox.settle();
    const offers = await sandbox.call('GET', `/customers/${customer.id}/credit-offers`);
    expect(offers.body.data.map((o: { id: string }) => o.id)).toEqual([offer.id]);
    expect((await sandbox.call('GET', `/loans/${loan.id}`)).body.status).toBe('active');
  });

  it('marks installments overdue by the sandbox clock, and pays partially', async () => {
    const { loan } = await activeLoan(sandbox);
    const before = await sandbox.call('GET', `/loans/${loan.id}/transactions`);
    const first = before.body.data[0];
    expect(first.status).toBe('pending');
    expect(first.days_overdue).toBe(0);
    const today = (await sandbox.call('GET', '/test_helpers/clock')).body.today;
    const daysToDue = Math.round((Date.parse(first.due_date) - Date.parse(today)) / 86_400_000);
    await sandbox.call('POST', '/test_helpers/clock/advance', { json: { days: daysToDue + 3 } });
    const late = await sandbox.call('GET', `/loans/${loan.id}/transactions`);
    expect(late.body.data[0]).toMatchObject({ status: 'overdue', days_overdue: 3 });
    expect(late.body.data[1]).toMatchObject({ status: 'pending', days_overdue: 0 });
    expect(checkResponse('listTransactions', 200, late.body)).toEqual([]);

    await sandbox.call('POST', `/test_helpers/loans/${loan.id}/pay`, { json: { amount: '10.00' } });
    const partly = await sandbox.call('GET', `/loans/${loan.id}/transactions?limit=1`);
    expect(partly.body.data[0]).toMatchObject({ status: 'overdue', amount_paid: '10.00' });
    expectProblem(
      await sandbox.call('POST', `/test_helpers/loans/${loan.id}/pay`, { json: { amount: '999999.00' } }),
      422,
      'amount_out_of_range',
      'amount',
    );
    expectProblem(
      await sandbox.call('POST', `/test_helpers/loans/${loan.id}/pay`, { json: { amount: '0.00' } }),
      422,
      'amount_out_of_range',
    );
    expectProblem(
      await sandbox.call('POST', `/test_helpers/loans/${loan.id}/pay`, { json: { amount: 10 } }),
      422,
      'invalid_type',
    );
    await sandbox.call('POST', `/test_helpers/loans/${loan.id}/pay`);
    const paid = await sandbox.call('GET', `/loans/${loan.id}/transactions?limit=1`);
    expect(paid.body.data[0]).toMatchObject({ status: 'paid', days_overdue: 0, amount_remaining: '0.00' });
    expectProblem(await sandbox.call('POST', `/test_helpers/loans/${loan.id}/cancel`), 409, 'invalid_state');
  });

  it('validates the clock and helper bodies', async () => {
    expectProblem(
      await sandbox.call('POST', '/test_helpers/clock/advance', { json: {} }),
      422,
      'missing_required_field',
      'days',
    );
    expectProblem(
      await sandbox.call('POST', '/test_helpers/clock/advance', { json: { days: -1 } }),
      422,
      'out_of_range',
      'days',
    );
    expectProblem(
      await sandbox.call('POST', '/test_helpers/customers/nope/kyc/approve'),
      404,
      'customer_not_found',
    );
    expectProblem(await sandbox.call('POST', '/test_helpers/loans/nope/pay'), 404, 'loan_not_found');
    const { customer } = await customerWithOffer(sandbox);
    expectProblem(
      await sandbox.call('POST', `/test_helpers/customers/${customer.id}/kyc/reject`, {
        json: { type: 'passport', status: 'rejected' },
      }),
      422,
      'invalid_value',
      'type',
    );
    expectProblem(
      await sandbox.call('POST', `/test_helpers/customers/${customer.id}/kyc/reject`, {
        json: { type: 'cnh', status: 'maybe' },
      }),
      422,
      'invalid_value',
      'status',
    );
  });
});
