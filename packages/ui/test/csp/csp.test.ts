import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.ts';
import { type FixturePage, startFixturePage } from '../fixturePage.ts';

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

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

let fixture: FixturePage;
let html: string;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  fixture = await startFixturePage({
    root: fixtureDir,
    headers: { 'Content-Security-Policy': POLICY },
    // An empty nonce means the host has none.
    html: (page, url) => page.replace('__CSP_NONCE__', url.searchParams.has('without-nonce') ? '' : NONCE),
  });
  html = fixture.html;
  origin = fixture.origin;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await fixture?.close();
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
