import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('the script-tag integration, in Chromium against the demo server', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('runs the journey in the iframe of a plain HTML page: register, documents, biometrics, active, offer, simulate, contract, sign, disbursed, an installment paid', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    const shot = screenshots('embed-journey');
    const owner = shopOwner('Livraria Sebo Azul');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await signUp(page, owner.shop, '/embed');
    await page.locator('html[data-embed-ready-ms]').waitFor({ state: 'attached', timeout: 30_000 });
    const frame = page.frameLocator('iframe[title="Crédito Dinie"]');
    await register(frame, owner);
    await uploadDocuments(frame);
    await shot(page, 'documents');
    const capture = await biometrics(frame, context);
    await shot(capture, 'biometrics');
    await capture.close();
    await visible(frame.getByRole('button', { name: 'Simular empréstimo' }));
    await shot(page, 'active-offer');
    await simulate(frame, '10.000,00');
    await shot(page, 'simulate');
    await contract(frame);
    await visible(frame.getByRole('heading', { name: 'Assine seu contrato' }));
    await shot(page, 'contract');
    await sign(frame, context);
    const schedule = await disbursed(frame);
    await shot(page, 'disbursed');
    await page
      .getByRole('region', { name: 'Painel do sandbox' })
      .getByRole('button', { name: 'Pagar a próxima parcela' })
      .click();
    await visible(schedule.getByText('Paga', { exact: true }));
    await shot(page, 'installment-paid');

    // The loader handed the frame's journey events to the page's onEvent, in order.
    const logged = await page
      .locator('#events li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-type')));
    expect(logged.filter((type) => type !== 'journey.step_changed')).toEqual([
      'journey.customer_registered',
      'journey.kyc_submitted',
      'journey.offer_available',
      'journey.simulation_chosen',
      'journey.loan_created',
      'journey.contract_signed',
      'journey.loan_active',
    ]);

    // The page ran under its strict CSP without a script error, and the frame sized itself.
    expect(errors).toEqual([]);
    const box = await page.locator('iframe[title="Crédito Dinie"]').boundingBox();
    expect(box?.height).toBeGreaterThan(200);
    await context.close();
  });
});
