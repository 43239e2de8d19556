import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelState } from '../server/sandboxPanel.ts';
import { shopOwner } from './fixtures.ts';
import { type E2E, screenshots, startE2E } from './harness.ts';
import {
  biometrics,
  contract,
  disbursed,
  register,
  sign,
  signUp,
  simulate,
  uploadDocuments,
  visible,
} from './journey.ts';

describe('the React integration, in Chromium against the demo server', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('takes a new shop through the whole journey: register, documents, biometrics, active, offer, simulate, contract, sign, disbursed, an installment paid', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    // The page's CSP is strict (no inline styles); the dialogs' scroll lock gets the page's nonce.
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) cspViolations.push(message.text());
    });
    const shot = screenshots('react-journey');
    const owner = shopOwner('Mercadinho Boa Vista');

    await signUp(page, owner.shop, '/react');
    await visible(page.getByRole('heading', { name: `Crédito para ${owner.shop}` }));
    await shot(page, 'register');
    await register(page, owner);

    await uploadDocuments(page);
    await shot(page, 'documents');
    const capture = await biometrics(page, context);
    await shot(capture, 'biometrics');
    await capture.close();

    // Active: review and offer are automatic steps of the sandbox.
    await visible(page.getByRole('button', { name: 'Simular empréstimo' }));
    await shot(page, 'active-offer');
    await simulate(page, '10.000,00');
    await shot(page, 'simulate');
    await contract(page);
    await visible(page.getByRole('heading', { name: 'Assine seu contrato' }));
    await shot(page, 'contract');
    // The partner saw every milestone so far through onEvent, in order.
    expect(await milestones(page)).toEqual([
      'journey.customer_registered',
      'journey.kyc_submitted',
      'journey.offer_available',
      'journey.simulation_chosen',
      'journey.loan_created',
    ]);
    // A reload at the contract resumes there: the partner passes the loan it learnt from webhooks.
    await page.reload();
    await visible(page.getByRole('heading', { name: 'Assine seu contrato' }));
    await sign(page, context);
    await shot(page, 'signed');

    const schedule = await disbursed(page);
    await shot(page, 'disbursed');
    const panel = page.getByRole('region', { name: 'Painel do sandbox' });
    await panel.getByRole('button', { name: 'Pagar a próxima parcela' }).click();
    await visible(page.getByText(/^1 de \d+ pagas$/));
    await visible(schedule.getByText('Paga', { exact: true }));
    await shot(page, 'installment-paid');

    // After the reload, the page's journey reported the rest.
    expect(await milestones(page)).toEqual(['journey.contract_signed', 'journey.loan_active']);
    // And what Dinie holds agrees: the loan is active with one installment paid.
    const state = (await (await page.request.get('/demo/sandbox/state')).json()) as PanelState;
    expect(state.loan?.status).toBe('active');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('resumes where the shop stopped after a reload in the middle of the documents; the panel completes the biometrics', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    const shot = screenshots('react-reload');
    const owner = shopOwner('Ferragens Sao Jorge');

    await signUp(page, owner.shop, '/react');
    await register(page, owner);
    await uploadDocuments(page, ['ccmei']);
    await page.reload();

    await visible(page.getByRole('heading', { name: 'Documentos e verificação' }));
    await page
      .locator('.dinie-kyc__item[data-type="ccmei"][data-state="submitted"]')
      .waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('CPF').count()).toBe(0);
    await shot(page, 'after-reload');

    await uploadDocuments(page, ['cnh', 'selfie']);
    // This time the reviewer's panel plays the borrower's phone.
    const panel = page.getByRole('region', { name: 'Painel do sandbox' });
    await panel.getByRole('button', { name: 'Concluir biometria' }).click();
    await visible(panel.getByRole('status').filter({ hasText: 'Concluir biometria: feito.' }));
    await visible(page.getByRole('button', { name: 'Simular empréstimo' }));
    await shot(page, 'offer');
    await context.close();
  });
});

/** The journey events the page logged (its `onEvent`), without the step changes. */
async function milestones(page: Page): Promise<Array<string | null>> {
  const types = await page
    .locator('#events li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-type')));
  return types.filter((type) => type !== 'journey.step_changed');
}
