import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.ts';
import { type FixturePage, startFixturePage } from '../fixturePage.ts';

let fixture: FixturePage;
let browser: Browser;

beforeAll(async () => {
  fixture = await startFixturePage({ root: path.dirname(fileURLToPath(import.meta.url)) });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await fixture?.close();
});

async function open(): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ locale: 'pt-BR' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(fixture.origin);
  await page.getByRole('heading', { name: 'Faça seu cadastro' }).waitFor();
  return { page, close: () => context.close() };
}

/** The inherited text properties a host could reshape, as Chromium computes them. */
const textStyle = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        textAlign: style.textAlign,
        letterSpacing: style.letterSpacing,
        wordSpacing: style.wordSpacing,
        textTransform: style.textTransform,
        textIndent: style.textIndent,
        textShadow: style.textShadow,
        whiteSpace: style.whiteSpace,
        fontStyle: style.fontStyle,
        fontVariantCaps: style.fontVariantCaps,
        fontFamily: style.fontFamily,
        hyphens: style.hyphens,
      };
    });

const UNTOUCHED = {
  textAlign: 'start',
  letterSpacing: 'normal',
  wordSpacing: '0px',
  textTransform: 'none',
  textIndent: '0px',
  textShadow: 'none',
  whiteSpace: 'normal',
  fontStyle: 'normal',
  fontVariantCaps: 'normal',
  hyphens: 'manual',
};

describe('the components inside a hostile host page', () => {
  it('keep their own text layout whatever the host sets on #root', async () => {
    const { page, close } = await open();
    try {
      // The host's rules do apply around the component…
      const host = await page.locator('#root').evaluate((element) => getComputedStyle(element).textAlign);
      expect(host).toBe('center');

      await page.getByRole('button', { name: 'Continuar' }).click();
      await page.locator('.dinie-error-summary__list li').first().waitFor();
      for (const selector of [
        '.dinie-onboarding',
        '.dinie-field__label',
        '.dinie-field__error',
        '.dinie-error-summary__list li',
        '.dinie-heading',
        '.dinie-lead',
      ]) {
        const style = await textStyle(page, selector);
        // Headings are tightened a little on purpose.
        const own =
          selector === '.dinie-heading' ? { letterSpacing: expect.stringMatching(/^-0\.\d+px$/) } : {};
        expect({ selector, ...style }).toMatchObject({ selector, ...UNTOUCHED, ...own });
        expect(style.fontFamily).not.toMatch(/Georgia/);
      }
      // …and the body text keeps the theme's colour and line height, not the host's.
      const body = await page
        .locator('.dinie-lead')
        .first()
        .evaluate((element) => {
          const style = getComputedStyle(element);
          return { color: style.color, lineHeight: style.lineHeight, fontSize: style.fontSize };
        });
      expect(body.color).not.toBe('rgb(255, 0, 255)');
      expect(Number.parseFloat(body.lineHeight) / Number.parseFloat(body.fontSize)).toBeCloseTo(1.5, 1);
    } finally {
      await close();
    }
  });
});

describe('the focus ring in forced-colors mode (Windows High Contrast)', () => {
  /** The outline Chromium draws around the focused element or its field, which forced colours keep. */
  const focusOutline = (page: Page) =>
    page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const ringed = focused.closest('.dinie-field__control') ?? focused;
      const style = getComputedStyle(ringed);
      return {
        tag: focused.tagName,
        style: style.outlineStyle,
        width: Number.parseFloat(style.outlineWidth),
        color: style.outlineColor,
      };
    });

  it('shows an outline on fields, buttons and the error summary', async () => {
    const { page, close } = await open();
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);

      await page.getByLabel('CPF').focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const field = await focusOutline(page);
      expect(field).toMatchObject({ tag: 'INPUT', style: 'solid' });
      expect(field.width).toBeGreaterThanOrEqual(2);
      expect(field.color).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);

      const submit = page.getByRole('button', { name: 'Continuar' });
      await submit.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const button = await focusOutline(page);
      expect(button).toMatchObject({ tag: 'BUTTON', style: 'solid' });
      expect(button.width).toBeGreaterThanOrEqual(2);
      expect(button.color).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);

      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.classList.contains('dinie-error-summary'));
      const summary = await focusOutline(page);
      expect(summary.style).toBe('solid');
      expect(summary.width).toBeGreaterThanOrEqual(2);
    } finally {
      await close();
    }
  });
});
