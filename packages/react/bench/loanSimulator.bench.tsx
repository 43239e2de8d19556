import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreditOffer } from '@dinie-embed/api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, it } from 'vitest';
import { defaultAssumptions, estimateLoan, useLoanSimulator } from '../src/index.ts';
import { CPF, createSandboxHarness, type SandboxHarness } from '../test/sandboxHarness.tsx';

/*
 * The loan simulator against the in-process sandbox, with real timers and the default debounce:
 * requests sent while the amount is dragged across its whole range for 2 s, time from an input to
 * the updated estimate, and time from the last input to the authoritative figures. Printed with
 * their targets and written to bench-results/simulator.json at the repository root.
 */

const DEBOUNCE_MS = 400;
const FRAME_MS = 16;
const DRAG_MS = 2000;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

async function offerOf(harness: SandboxHarness): Promise<CreditOffer> {
  const customer = await harness.call<{ id: string }>('POST', '/customers', {
    cpf: CPF,
    cnpj: '12.ABC.345/01DE-35',
    name: 'Maria Aparecida Souza',
  });
  await harness.call('POST', `/test_helpers/customers/${customer.id}/kyc/approve`);
  let offer: CreditOffer | undefined;
  await waitFor(async () => {
    offer = (await harness.call<{ data: CreditOffer[] }>('GET', `/customers/${customer.id}/credit-offers`))
      .data[0];
    if (!offer) throw new Error('no offer yet');
  });
  return offer as CreditOffer;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function setup() {
  const harness = createSandboxHarness();
  const offer = await offerOf(harness);
  let posts = 0;
  const counting: typeof fetch = (input, init) => {
    if (init?.method === 'POST' && String(input).endsWith('/simulations')) posts += 1;
    return harness.fetch(input, init);
  };
  const hook = renderHook(() => useLoanSimulator(offer, { debounceMs: DEBOUNCE_MS }), {
    wrapper: harness.wrapper({ fetch: counting }),
  });
  await waitFor(() => {
    if (hook.result.current.status !== 'current') throw new Error('not yet');
  });
  return { hook, requests: () => posts };
}

describe('loan simulator', () => {
  it('measures', async () => {
    const { hook, requests } = await setup();
    const { limits } = hook.result.current;
    const current = () => hook.result.current;

    // 1. Drag the amount across the whole range, one input per frame, for 2 s, from the least
    //    amount (settled first, not counted) to the most.
    act(() => current().setAmountCents(limits.minAmountCents));
    await waitFor(() => {
      if (current().status !== 'current') throw new Error('not yet');
    });
    const before = requests();
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < DRAG_MS) {
      const share = elapsed / DRAG_MS;
      const cents =
        limits.minAmountCents + Math.round((limits.maxAmountCents - limits.minAmountCents) * share);
      act(() => current().setAmountCents(cents));
      await sleep(FRAME_MS);
      elapsed = performance.now() - started;
    }
    act(() => current().setAmountCents(limits.maxAmountCents));
    await waitFor(() => {
      if (current().status !== 'current') throw new Error('not yet');
    });
    const dragRequests = requests() - before;

    // 2. Input to updated estimate: the synchronous render that follows one input.
    const estimateMs: number[] = [];
    for (let k = 0; k < 300; k += 1) {
      const cents = limits.minAmountCents + ((k * 791_900) % (limits.maxAmountCents - limits.minAmountCents));
      const t0 = performance.now();
      act(() => current().setAmountCents(cents));
      if (current().estimate?.requestedCents !== cents) throw new Error('The estimate did not follow.');
      estimateMs.push(performance.now() - t0);
    }
    await waitFor(() => {
      if (current().status !== 'current') throw new Error('not yet');
    });
    // The credit math alone, without React: what the frame budget is spent on besides rendering.
    const mathMs: number[] = [];
    const assumptions = defaultAssumptions();
    for (let k = 0; k < 300; k += 1) {
      const cents = limits.minAmountCents + ((k * 791_900) % (limits.maxAmountCents - limits.minAmountCents));
      const t0 = performance.now();
      estimateLoan(current().offer, cents, limits.maxInstallments, assumptions);
      mathMs.push(performance.now() - t0);
    }

    // 3. Last input to authoritative figures (debounce included), and the round trip alone.
    const settleMs: number[] = [];
    for (let k = 0; k < 15; k += 1) {
      const cents = limits.minAmountCents + 100_000 * (k + 1);
      const t0 = performance.now();
      act(() => current().setAmountCents(cents));
      await waitFor(
        () => {
          if (current().status !== 'current') throw new Error('not yet');
        },
        { interval: 1, timeout: 5000 },
      );
      settleMs.push(performance.now() - t0);
    }
    hook.unmount();

    const round = (value: number) => Math.round(value * 100) / 100;
    const results = [
      {
        metric: 'requests while dragging the amount across its range for 2 s',
        value: dragRequests,
        unit: 'requests',
        target: '≤ 3',
      },
      {
        metric: 'input to updated estimate, median',
        value: round(percentile(estimateMs, 50)),
        unit: 'ms',
        target: '< 16 ms',
      },
      {
        metric: 'input to updated estimate, p95',
        value: round(percentile(estimateMs, 95)),
        unit: 'ms',
        target: '< 16 ms',
      },
      {
        metric: 'estimate computation alone (credit math, 12 installments), p95',
        value: round(percentile(mathMs, 95)),
        unit: 'ms',
        target: '< 16 ms',
      },
      {
        metric: `last input to authoritative figures, median (${DEBOUNCE_MS} ms debounce included)`,
        value: round(percentile(settleMs, 50)),
        unit: 'ms',
        target: `< ${DEBOUNCE_MS + 100} ms`,
      },
      {
        metric: 'authoritative round trip after the debounce, median',
        value: round(percentile(settleMs, 50) - DEBOUNCE_MS),
        unit: 'ms',
        target: '< 100 ms',
      },
    ];
    console.log('\nLoan simulator (in-process sandbox)');
    for (const result of results)
      console.log(`  ${result.metric}: ${result.value} ${result.unit} (target ${result.target})`);
    mkdirSync(path.join(repoRoot, 'bench-results'), { recursive: true });
    writeFileSync(
      path.join(repoRoot, 'bench-results', 'simulator.json'),
      `${JSON.stringify({ name: 'Loan simulator', results }, null, 2)}\n`,
    );
  });
});
