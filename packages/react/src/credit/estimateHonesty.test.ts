import { type CreditOffer, fromCents, type Simulation, todayInSaoPaulo } from '@dinie-embed/api';
import { createSandbox, type SandboxOptions } from '@dinie-embed/sandbox';
import { describe, expect, it } from 'vitest';
import {
  calibrateAssumptions,
  defaultAssumptions,
  type EstimateAssumptions,
  estimateLoan,
  figuresOfEstimate,
  figuresOfSimulation,
  type LoanFigures,
} from './loanEstimate.ts';

/*
 * How far the browser's instant estimate is from Dinie's authoritative figures, measured over a
 * grid of amounts × terms against the sandbox. The react README states these measurements.
 */

const CENT_FIELDS = [
  'requestedCents',
  'amountReceivedCents',
  'interestCents',
  'feesCents',
  'iofCents',
  'totalCents',
  'installmentCents',
] as const satisfies readonly (keyof LoanFigures)[];

async function sandboxWithOffer(options: SandboxOptions, cnpj: boolean) {
  const sandbox = createSandbox({
    clientId: `dinie_ci_${'ab'.repeat(16)}`,
    clientSecret: 'dinie_cs_test_honesty',
    stepMs: 0,
    rateLimit: false,
    ...options,
  });
  const base = 'http://sandbox.test/v3';
  const tokenResponse = await sandbox.fetch(
    new Request(`${base}/auth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa(`dinie_ci_${'ab'.repeat(16)}:dinie_cs_test_honesty`)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    }),
  );
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await sandbox.fetch(
      new Request(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      }),
    );
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const customer = await call<{ id: string }>('POST', '/customers', {
    cpf: '529.982.247-25',
    ...(cnpj ? { cnpj: '12.ABC.345/01DE-35' } : {}),
    name: 'Maria Aparecida Souza',
  });
  await call('POST', `/test_helpers/customers/${customer.id}/kyc/approve`);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { data } = await call<{ data: CreditOffer[] }>('GET', `/customers/${customer.id}/credit-offers`);
    const offer = data[0];
    if (offer) {
      const simulate = (amountCents: number, installments: number) =>
        call<Simulation>('POST', `/credit-offers/${offer.id}/simulations`, {
          requested_amount: fromCents(amountCents),
          installment_count: installments,
        });
      return { offer, simulate };
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('The sandbox minted no offer.');
}

const AMOUNTS = Array.from({ length: 19 }, (_, k) => 500_000 + k * 250_000);
const TERMS = Array.from({ length: 10 }, (_, k) => 3 + k);

/** The largest difference over the grid, in cents and in CET percentage points. */
async function measure(
  sandbox: Awaited<ReturnType<typeof sandboxWithOffer>>,
  assumptionsFor: (simulation: Simulation) => EstimateAssumptions,
) {
  let cents = 0;
  let cetPoints = 0;
  let priced = 0;
  for (const amount of AMOUNTS) {
    for (const term of TERMS) {
      const simulation = await sandbox.simulate(amount, term);
      const estimate = estimateLoan(sandbox.offer, amount, term, assumptionsFor(simulation));
      if (!estimate) throw new Error(`No estimate for ${amount} × ${term}.`);
      const local = figuresOfEstimate(estimate);
      const remote = figuresOfSimulation(simulation);
      for (const field of CENT_FIELDS) cents = Math.max(cents, Math.abs(local[field] - remote[field]));
      cetPoints = Math.max(cetPoints, Math.abs(local.cetAnnualPercent - remote.cetAnnualPercent));
      priced += 1;
    }
  }
  return { cents, cetPoints: Math.round(cetPoints * 100) / 100, priced };
}

describe('estimate honesty', () => {
  it("matches the sandbox's defaults to the cent over 19 amounts × 10 terms", async () => {
    const sandbox = await sandboxWithOffer({}, true);
    const result = await measure(sandbox, () => defaultAssumptions(todayInSaoPaulo()));
    console.info('estimate vs authoritative, sandbox defaults:', result);
    expect(result).toEqual({ cents: 0, cetPoints: 0, priced: 190 });
  });

  it('differs where the offer hides the terms, until one simulation calibrates it', async () => {
    // A fee, IOF deducted from the payout and a borrower without CNPJ (PJ IOF rates).
    const sandbox = await sandboxWithOffer({ feeCents: 15_000, iofMode: 'deducted' }, false);
    const before = await measure(sandbox, () => defaultAssumptions(todayInSaoPaulo()));
    const first = await sandbox.simulate(2_500_000, 6);
    const learnt = calibrateAssumptions(sandbox.offer, first, defaultAssumptions(todayInSaoPaulo()));
    const after = await measure(sandbox, () => learnt.assumptions);
    console.info('estimate vs authoritative, fee + IOF deducted + PJ:', { before, after });
    expect(learnt.exact).toBe(true);
    expect(before.cents).toBeGreaterThan(0);
    expect(after).toEqual({ cents: 0, cetPoints: 0, priced: 190 });
  });
});
