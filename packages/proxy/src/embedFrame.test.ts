import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDinieEmbedFrame } from './embedFrame.ts';
import { DinieProxyOptionsError } from './options.ts';

const PARTNER = 'https://app.partner.com.br';
let root: string;

beforeAll(async () => {
  // What Vite writes for the frame: the nonce placeholder on every tag, hashed assets.
  const dist = await mkdtemp(path.join(tmpdir(), 'dinie-frame-'));
  root = path.join(dist, 'frame');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(dist, 'dinie-embed.js'), 'var DinieEmbed=(function(){})();');
  await writeFile(
    path.join(root, 'index.html'),
    '<!doctype html><meta property="csp-nonce" nonce="DINIE_CSP_NONCE"><script type="module" src="./assets/index-abc.js" nonce="DINIE_CSP_NONCE"></script><div id="root"></div>',
  );
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1);');
  await writeFile(path.join(root, 'secret.txt'), 'not served');
});

afterAll(async () => {
  await rm(path.dirname(root), { recursive: true, force: true });
});

function partnerApp() {
  const app = express();
  app.use('/dinie/embed', createDinieEmbedFrame({ root, allowedOrigins: [PARTNER] }));
  app.use((_req, res) => {
    res.status(404).send('partner 404');
  });
  return app;
}

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

describe('createDinieEmbedFrame', () => {
  it('serves the page with a fresh nonce in its body and in a strict policy', async () => {
    const app = partnerApp();
    const first = await request(app).get('/dinie/embed/').expect(200);
    const second = await request(app).get('/dinie/embed/').expect(200);
    const csp = first.headers['content-security-policy'] as string;
    const nonce = nonceOf(csp);
    expect(nonce).toMatch(/^[\w-]{24}$/);
    expect(nonceOf(second.headers['content-security-policy'] as string)).not.toBe(nonce);
    expect(first.text).not.toContain('DINIE_CSP_NONCE');
    expect(first.text.match(/nonce="([^"]+)"/g)).toEqual([`nonce="${nonce}"`, `nonce="${nonce}"`]);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain(`frame-ancestors 'self' ${PARTNER}`);
    expect(csp).not.toContain('unsafe');
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.headers['permissions-policy']).toContain('camera=()');
    expect(first.headers['referrer-policy']).toBe('no-referrer');
    expect(first.headers['x-frame-options']).toBeUndefined();
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('redirects the folder without its slash, keeping the query', async () => {
    const response = await request(partnerApp()).get('/dinie/embed?x=1').expect(308);
    expect(response.headers.location).toBe('/dinie/embed/?x=1');
  });

  it('serves hashed assets for a year, and nothing outside them', async () => {
    const app = partnerApp();
    const asset = await request(app).get('/dinie/embed/assets/index-abc.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['cross-origin-resource-policy']).toBe('same-origin');
    await request(app).get('/dinie/embed/secret.txt').expect(404, 'partner 404');
    await request(app).get('/dinie/embed/assets/..%2Fsecret.txt').expect(404);
    await request(app).post('/dinie/embed/').expect(404, 'partner 404');
  });

  it('serves the loader kept beside the frame, to pages of any origin', async () => {
    const loader = await request(partnerApp()).get('/dinie/embed/dinie-embed.js').expect(200);
    expect(loader.text).toBe('var DinieEmbed=(function(){})();');
    expect(loader.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(loader.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(loader.headers['cache-control']).toBe('public, max-age=300');
  });

  it('refuses a wrong origin and a folder without a built frame, saying how to fix them', () => {
    expect(() => createDinieEmbedFrame({ root, allowedOrigins: ['https://app.partner.com.br/'] })).toThrow(
      /did you mean "https:\/\/app\.partner\.com\.br"/,
    );
    expect(() => createDinieEmbedFrame({ root: path.join(root, 'assets') })).toThrow(DinieProxyOptionsError);
    expect(() => createDinieEmbedFrame({ root: path.join(root, 'assets') })).toThrow(
      /index\.html does not exist/,
    );
  });
});
