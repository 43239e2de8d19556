import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelState } from '../server/sandboxPanel.ts';
import { shopOwner } from './fixtures.ts';
import { type E2E, screenshots, startE2E } from './harness.ts';
import { biometrics, register, signUp, uploadDocuments, visible } from './journey.ts';
import { sessionOf } from './session.ts';

describe('the React integration, in Chromium against the demo server', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('takes a new shop from sign-up through documents and biometrics to an active borrower', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    const shot = screenshots('react-journey');
    const owner = shopOwner('Mercadinho Boa Vista');

    await signUp(page, owner.shop, '/react');
    await visible(page.getByRole('heading', { name: `Crédito para ${owner.shop}` }));
    await shot(page, 'register');
    await register(page, owner);

    await uploadDocuments(page);
    await shot(page, 'documents');
    const capture = await biometrics(page, context);
    await shot(capture, 'biometrics-capture');
    await capture.close();

    await visible(page.getByRole('heading', { name: 'Cadastro aprovado' }));
    await shot(page, 'active');
    const session = await sessionOf(page);
    expect(session.customer_id).toMatch(/^cust_/);
    // What the partner reads from Dinie for this shop (the sandbox panel's view) agrees.
    const state = (await (await page.request.get('/demo/sandbox/state')).json()) as PanelState;
    expect(state.customer).toMatchObject({ id: session.customer_id, status: 'active' });
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
    await visible(page.getByRole('heading', { name: 'Cadastro aprovado' }));
    await shot(page, 'active');
    await context.close();
  });
});
