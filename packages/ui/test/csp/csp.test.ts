import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Browser, chromium, type Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.ts';

const fixtureDir = path.dirname(fileURLToPath(import.meta.url));
const NONCE = randomBytes(18).toString('base64url');

// What a host that forbids inline code and eval would send; only the nonce lets a <style> in.
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' 'nonce-${NONCE}'`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

let outDir: string;
let html: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'dinie-csp-'));
  await build({
    root: fixtureDir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { conditions: ['@dinie-embed/source', 'module', 'browser', 'development|production'] },
    build: {
      outDir,
      emptyOutDir: true,
      // Both would otherwise put code or data inline, which the policy above would block.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 4096,
    },
  });
  html = await readFile(path.join(outDir, 'index.html'), 'utf8');

  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    response.setHeader('Content-Security-Policy', POLICY);
    if (url.pathname === '/') {
      const nonce = url.searchParams.has('without-nonce') ? '' : NONCE;
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(html.replace('__CSP_NONCE__', nonce));
      return;
    }
    const file = path.join(outDir, path.normalize(url.pathname));
    try {
      if (!file.startsWith(outDir + path.sep)) throw new Error('outside the build');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      // Chromium asks for a favicon on its own; a 404 would show as a console error.
      response.writeHead(url.pathname === '/favicon.ico' ? 204 : 404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** A fresh page (and so a fresh in-page sandbox) that records every CSP violation and console error. */
async function open(query = ''): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ locale: 'pt-BR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const recorded: unknown[] = [];
    (window as unknown as { __violations: unknown[] }).__violations = recorded;
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  await page.goto(`${origin}/${query}`);
  return { page, errors, close: () => context.close() };
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

async function register(page: Page) {
  await page.getByLabel('CPF').fill('529.982.247-25');
  await page.getByLabel('Nome completo').fill('Maria Aparecida Souza');
  await page.getByLabel('E-mail').fill('maria@docesdamaria.com.br');
  await page.getByLabel('Celular').fill('11987654321');
  await page.getByRole('button', { name: 'Continuar' }).click();
  await page.getByRole('heading', { name: 'Documentos e verificação' }).waitFor();
}

const currentStep = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Cadastro para crédito' })
    .locator('li[aria-current="step"] .dinie-stepper__label');

async function openBiometrics(page: Page) {
  await page.getByRole('button', { name: 'Fazer biometria' }).click();
  await page.getByRole('dialog', { name: 'Biometria facial' }).waitFor();
}

describe('the onboarding journey under a strict Content-Security-Policy', () => {
  it('builds to a page with no inline script or style', () => {
    expect(html).toMatch(/<script type="module" crossorigin src="[^"]+"><\/script>/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<\s]/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('registers, uploads a document and opens the biometrics dialog with no violation', async () => {
    const { page, errors, close } = await open();
    try {
      await expect.poll(() => currentStep(page).textContent()).toBe('Cadastro');
      await register(page);
      await expect.poll(() => currentStep(page).textContent()).toBe('Documentos');

      const row = page.locator('.dinie-kyc__item[data-type="cnh"]');
      await row.getByLabel(/Escolher arquivo/).setInputFiles({
        name: 'cnh.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await expect.poll(() => row.getAttribute('data-state')).toBe('submitted');

      await openBiometrics(page);
      // Radix's scroll lock adds its <style> when the dialog opens; Chromium hides the nonce
      // attribute once the element is in the document, so the property is what to read.
      const nonces = await page.evaluate(() =>
        [...document.querySelectorAll('style')].map((style) => style.nonce),
      );
      expect(nonces.length).toBeGreaterThan(0);
      expect(nonces).toEqual(nonces.map(() => NONCE));

      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('records the scroll lock style as a violation when the nonce is not passed', async () => {
    const { page, close } = await open('?without-nonce');
    try {
      await register(page);
      expect(await violations(page)).toEqual([]);

      await openBiometrics(page);
      await expect.poll(async () => (await violations(page)).length).toBeGreaterThan(0);
      const recorded = await violations(page);
      console.info('Violations without the nonce:', JSON.stringify(recorded, null, 2));
      expect(recorded.some((violation) => violation.directive.startsWith('style-src'))).toBe(true);
    } finally {
      await close();
    }
  });
});
