import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shopOwner } from './fixtures.ts';
import { type E2E, screenshots, startE2E } from './harness.ts';
import { register, signUp, uploadDocuments, visible } from './journey.ts';
import { proxyGet, sessionOf } from './session.ts';

describe('two shops in two browser contexts', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('never see each other’s data, on screen or through the proxy', async () => {
    const [contextA, contextB] = await Promise.all([e2e.newContext(), e2e.newContext()]);
    const [pageA, pageB] = await Promise.all([contextA.newPage(), contextB.newPage()]);
    const shotA = screenshots('isolation-shop-a');
    const shotB = screenshots('isolation-shop-b');
    const ownerA = shopOwner('Quitanda Dona Rosa');
    const ownerB = shopOwner('Papelaria Estrela');

    await Promise.all([signUp(pageA, ownerA.shop, '/react'), signUp(pageB, ownerB.shop, '/react')]);
    await Promise.all([register(pageA, ownerA), register(pageB, ownerB)]);
    await uploadDocuments(pageA, ['ccmei', 'cnh']);
    await visible(pageB.getByRole('heading', { name: 'Documentos e verificação' }));
    await shotA(pageA, 'documents');
    await shotB(pageB, 'documents');

    // B's page shows nothing of A's uploads, after a reload too.
    await pageB.reload();
    await visible(pageB.getByRole('heading', { name: 'Documentos e verificação' }));
    expect(await pageB.locator('.dinie-kyc__item[data-state="submitted"]').count()).toBe(0);
    expect(await pageA.locator('.dinie-kyc__item[data-state="submitted"]').count()).toBe(2);
    await expect(pageB.getByText(ownerA.shop).count()).resolves.toBe(0);

    const [sessionA, sessionB] = await Promise.all([sessionOf(pageA), sessionOf(pageB)]);
    expect(sessionA.customer_id).toMatch(/^cust_/);
    expect(sessionB.customer_id).toMatch(/^cust_/);
    expect(sessionA.customer_id).not.toBe(sessionB.customer_id);

    // Each browser reads its own customer, and gets 404 for the other's, whichever token it holds.
    const own = await proxyGet(pageA, sessionA.token, `/customers/${sessionA.customer_id}`);
    expect(own.status).toBe(200);
    expect(await proxyGet(pageA, sessionA.token, `/customers/${sessionB.customer_id}`)).toMatchObject({
      status: 404,
    });
    expect(await proxyGet(pageB, sessionB.token, `/customers/${sessionA.customer_id}`)).toMatchObject({
      status: 404,
    });
    const listB = await proxyGet(pageB, sessionB.token, '/customers');
    expect((listB.body as { data: Array<{ id: string }> }).data.map((c) => c.id)).toEqual([
      sessionB.customer_id,
    ]);

    // The partner's own pages follow the cookie: each browser's panel shows its own shop only.
    const stateOf = async (page: typeof pageA) =>
      (await (await page.request.get('/demo/sandbox/state')).json()) as { customer: { id: string } | null };
    expect((await stateOf(pageA)).customer?.id).toBe(sessionA.customer_id);
    expect((await stateOf(pageB)).customer?.id).toBe(sessionB.customer_id);
    await Promise.all([contextA.close(), contextB.close()]);
  });
});
