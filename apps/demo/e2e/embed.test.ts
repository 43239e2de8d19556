import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shopOwner } from './fixtures.ts';
import { type E2E, screenshots, startE2E } from './harness.ts';
import { biometrics, register, signUp, uploadDocuments, visible } from './journey.ts';

describe('the script-tag integration, in Chromium against the demo server', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('runs the journey in the iframe of a plain HTML page: register, documents, biometrics, active', async () => {
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
    await visible(frame.getByRole('heading', { name: 'Cadastro aprovado' }));
    await shot(page, 'active');

    // The page ran under its strict CSP without a script error, and the frame sized itself.
    expect(errors).toEqual([]);
    const box = await page.locator('iframe[title="Crédito Dinie"]').boundingBox();
    expect(box?.height).toBeGreaterThan(200);
    await context.close();
  });
});
