import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from './server.ts';

describe('the demo server (partner sign-in, sandbox panel, pages)', () => {
  let demo: DemoServer;
  let web: string;
  beforeAll(async () => {
    web = await mkdtemp(path.join(tmpdir(), 'demo-web-'));
    await writeFile(path.join(web, 'index.html'), '<!doctype html><title>home</title>');
    await writeFile(
      path.join(web, 'react.html'),
      '<!doctype html><meta property="csp-nonce" nonce="DEMO_CSP_NONCE"><title>react</title>',
    );
    demo = await startDemoServer({ port: 0, staticDirs: { web }, proxy: { logger: () => {} } });
  });
  afterAll(async () => {
    await demo?.close();
    await rm(web, { recursive: true, force: true });
  });

  const post = (path: string, body: unknown, cookie = '') =>
    fetch(`${demo.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
  const signUp = async (name: string) => {
    const response = await post('/demo/borrowers', { name });
    expect(response.status).toBe(201);
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };

  it('refuses a sign-up without a usable shop name, with the reason in pt-BR', async () => {
    for (const body of [{}, { name: ' ' }, { name: 'x'.repeat(81) }]) {
      const response = await post('/demo/borrowers', body);
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({
        error: 'invalid_name',
        detail: expect.stringMatching(/loja/),
      });
    }
    const broken = await fetch(`${demo.url}/demo/borrowers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(broken.status).toBe(400);
  });

  it('gives a Dinie session only to a signed-in shop, and never with a forged cookie', async () => {
    expect((await post('/dinie/session', {})).status).toBe(401);
    const cookie = await signUp('Sorveteria Polar');
    const forged = cookie.replace(/loja-[0-9a-f]+/, 'loja-00000000');
    expect((await post('/dinie/session', {}, forged)).status).toBe(401);
    const session = await post('/dinie/session', {}, cookie);
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ token: expect.any(String), customer_id: null });
  });

  it('answers the panel with what the shop lacks, and moves the sandbox clock', async () => {
    expect((await fetch(`${demo.url}/demo/sandbox/state`)).status).toBe(401);
    const cookie = await signUp('Bazar Central');
    const approve = await post('/demo/sandbox/approve-kyc', {}, cookie);
    expect(approve.status).toBe(409);
    expect(await approve.json()).toMatchObject({ error: 'no_customer' });
    expect((await post('/demo/sandbox/sign', {}, cookie)).status).toBe(409);
    expect((await post('/demo/sandbox/launch', {}, cookie)).status).toBe(404);
    expect((await post('/demo/sandbox/advance-clock', { days: 0 }, cookie)).status).toBe(422);

    const before = (await (
      await fetch(`${demo.url}/demo/sandbox/state`, { headers: { cookie } })
    ).json()) as {
      today: string;
    };
    const after = (await (await post('/demo/sandbox/advance-clock', { days: 2 }, cookie)).json()) as {
      today: string;
    };
    expect(Date.parse(after.today) - Date.parse(before.today)).toBe(2 * 86_400_000);
  });

  it('serves its pages under a strict Content-Security-Policy, and sends /storybook to /storybook/', async () => {
    const home = await fetch(`${demo.url}/`);
    expect(home.status).toBe(200);
    const csp = home.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    // The React page's dialogs add one <style> (the scroll lock): it gets a fresh nonce per request.
    const nonces: string[] = [];
    for (const page of ['/react', '/react.html']) {
      const react = await fetch(`${demo.url}${page}`);
      expect(react.status).toBe(200);
      const policy = react.headers.get('content-security-policy') ?? '';
      const nonce = /style-src 'self' 'nonce-([A-Za-z0-9+/=]{24})'/.exec(policy)?.[1];
      expect(nonce, policy).toBeDefined();
      expect(await react.text()).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
      expect(policy).not.toContain('unsafe-inline');
      nonces.push(nonce as string);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    const storybook = await fetch(`${demo.url}/storybook`, { redirect: 'manual' });
    expect(storybook.status).toBe(301);
    expect(storybook.headers.get('location')).toBe('/storybook/');
  });
});
