import { type Browser, type BrowserContext, chromium, type FrameLocator, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.ts';
import { type EmbedStack, startEmbedStack } from './stack.ts';

interface Violation {
  directive: string;
  blockedURI: string;
}

/** What `pages/host.js` records. */
interface Partner {
  events: Array<{ id: string; event: { type: string; [field: string]: unknown } }>;
  errors: string[];
  ready: string[];
  tokenCalls: string[];
}

declare global {
  interface Window {
    partner: Partner & {
      mount(
        id: string,
        borrower: string,
        options?: Record<string, unknown>,
      ): { update(settings: object): void; destroy(): void };
      embed?: { update(settings: object): void; destroy(): void };
    };
    __violations: Violation[];
    DinieEmbed: unknown;
  }
}

let stack: EmbedStack;
let browser: Browser;
const contexts: BrowserContext[] = [];
let borrowers = 0;

beforeAll(async () => {
  stack = await startEmbedStack();
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** A fresh browser context on the host page; every frame records its CSP violations. */
async function openHost(query: Record<string, string> = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'pt-BR' });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI });
    });
  });
  await page.goto(stack.hostPage(query));
  return { page, errors };
}

/** Waits for a condition; the frame's first load on a busy machine takes seconds, not Vitest's default 1 s. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 50 });
const borrower = () => `embed-borrower-${++borrowers}-${Date.now()}`;
const partner = (page: Page) =>
  page.evaluate(() => {
    const { events, errors, ready, tokenCalls } = window.partner;
    return { events, errors, ready, tokenCalls } as Partner;
  });
const iframeOf = (page: Page, id: string) => page.locator(`#${id} > iframe`);
const frameOf = (page: Page, id: string): FrameLocator => page.frameLocator(`#${id} > iframe`);
const heightOf = (page: Page, id: string) =>
  iframeOf(page, id).evaluate((iframe) => iframe.getBoundingClientRect().height);
/** The CSP violations of the host page and of every frame in it. */
const allViolations = async (page: Page) =>
  (await Promise.all(page.frames().map((frame) => frame.evaluate(() => window.__violations ?? [])))).flat();

/** Registers a borrower; each CPF belongs to one customer, so each test brings its own. */
async function register(frame: FrameLocator, cpf: string, name = 'Maria Aparecida Souza') {
  await frame.getByLabel('CPF').fill(cpf);
  await frame.getByLabel('Nome completo').fill(name);
  await frame.getByLabel('E-mail').fill('maria@docesdamaria.com.br');
  await frame.getByLabel('Celular').fill('11987654321');
  await frame.getByRole('button', { name: 'Continuar' }).click();
  await frame.getByRole('heading', { name: 'Documentos e verificação' }).waitFor();
}

describe('the script-tag embed in Chromium', () => {
  it('runs the journey from one script tag on a page with a strict CSP, with no violation', async () => {
    const { page, errors } = await openHost({ borrower: borrower() });
    await poll(async () => (await partner(page)).ready).toEqual(['credit']);
    const iframe = iframeOf(page, 'credit');
    expect(await iframe.getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox',
    );
    expect(await iframe.getAttribute('allow')).toContain("camera 'none'");
    expect(await iframe.getAttribute('title')).toBe('Crédito Dinie');
    expect(await iframe.getAttribute('style')).toBeTruthy();
    // The token travels by postMessage only, never in a URL.
    expect(await iframe.getAttribute('src')).toBe(stack.frameUrl);

    await register(frameOf(page, 'credit'), '529.982.247-25');
    // The journey's own events, checked by the loader and handed to onEvent.
    await poll(async () => (await partner(page)).events.map(({ event }) => event.type)).toContain(
      'journey.customer_registered',
    );
    const { events } = await partner(page);
    expect(events.find(({ event }) => event.type === 'journey.step_changed')).toMatchObject({
      id: 'credit',
      event: { version: 1, step: 'register', previous: null, at: expect.any(String) },
    });
    expect(events.find(({ event }) => event.type === 'journey.customer_registered')?.event).toMatchObject({
      customerId: expect.stringMatching(/\S/),
    });

    expect(await allViolations(page)).toEqual([]);
    expect((await partner(page)).errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('follows the height of its content', async () => {
    const { page } = await openHost({ borrower: borrower() });
    await frameOf(page, 'credit').getByLabel('CPF').waitFor();
    await poll(() => heightOf(page, 'credit')).toBeGreaterThan(200);
    const wide = await heightOf(page, 'credit');
    // A narrower column wraps the form onto more lines.
    await page.evaluate(() => {
      document.getElementById('credit')?.style.setProperty('width', '280px');
    });
    await poll(() => heightOf(page, 'credit')).toBeGreaterThan(wide);
    const frameHeight = await page
      .frame({ url: stack.frameUrl })
      ?.evaluate(() => document.getElementById('root')?.getBoundingClientRect().height);
    expect(await heightOf(page, 'credit')).toBe(Math.ceil(frameHeight ?? 0));
  });

  it('renews a refused session token through fetchSessionToken', async () => {
    const { page } = await openHost({ borrower: borrower(), expired: '1' });
    // The first token is refused with a 401; the frame asks the host for another and goes on.
    await frameOf(page, 'credit').getByLabel('CPF').waitFor();
    const { tokenCalls, errors } = await partner(page);
    expect(tokenCalls.length).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
  });

  it('ignores protocol messages forged by other windows, origins included', async () => {
    const { page } = await openHost({ borrower: borrower() });
    await frameOf(page, 'credit').getByLabel('CPF').waitFor();
    await poll(async () => (await partner(page)).tokenCalls.length).toBeGreaterThan(0);
    const before = await partner(page);
    const height = await heightOf(page, 'credit');

    // From the host's own window, and from a page of the frame's origin framed beside it.
    await page.evaluate(() => {
      window.postMessage({ protocol: 'dinie-embed', version: 1, type: 'resize', height: 1234 }, '*');
      window.postMessage({ protocol: 'dinie-embed', version: 1, type: 'token_request', id: 7 }, '*');
    });
    await page.evaluate((src) => {
      const spoof = document.createElement('iframe');
      spoof.src = src;
      document.body.append(spoof);
    }, stack.spoofUrl);
    const spoof = () => page.frame({ url: stack.spoofUrl });
    await poll(() => spoof()?.evaluate(() => (window as unknown as { forged?: boolean }).forged)).toBe(true);

    // The real host still reaches the real frame: the forged init did not take its channel.
    await page.evaluate(() => window.partner.embed?.update({ locale: 'en' }));
    await frameOf(page, 'credit').getByLabel('Full name').waitFor();

    expect(await heightOf(page, 'credit')).toBe(height);
    const after = await partner(page);
    expect(after.tokenCalls).toEqual(before.tokenCalls);
    expect(after.events.filter(({ event }) => event.type === 'journey.exited')).toEqual([]);
    expect(await spoof()?.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual(
      [],
    );
  });

  it('destroys cleanly: no iframe, no callback, no listener left behind', async () => {
    const { page } = await openHost();
    const session = await page.context().newCDPSession(page);
    // The `message` listeners on the host's window, as DevTools lists them (Playwright adds
    // input listeners of its own, which are not the embed's business).
    const windowListeners = async () => {
      const { result } = await session.send('Runtime.evaluate', { expression: 'window' });
      const { listeners } = await session.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId as string,
      });
      return listeners.filter((listener) => listener.type === 'message').length;
    };
    const listenersBefore = await windowListeners();

    await page.evaluate((id) => {
      window.partner.embed = window.partner.mount('credit', id);
    }, borrower());
    await poll(async () => (await partner(page)).ready).toEqual(['credit']);
    expect(await windowListeners()).toEqual(listenersBefore);

    const code = await page.evaluate(() => {
      window.partner.embed?.destroy();
      window.partner.embed?.destroy();
      try {
        window.partner.embed?.update({ locale: 'en' });
        return null;
      } catch (error) {
        return (error as { code?: string }).code;
      }
    });
    expect(code).toBe('DESTROYED');
    expect(await page.locator('#credit').evaluate((element) => element.childElementCount)).toBe(0);
    expect(page.frames()).toHaveLength(1);
    expect(await windowListeners()).toEqual(listenersBefore);
  });

  it('runs two embeds on one page, each with its own borrower, channel and teardown', async () => {
    const { page } = await openHost();
    await page.evaluate(
      ([first, second]) => {
        window.partner.embed = window.partner.mount('credit', first as string);
        (window as unknown as { second: unknown }).second = window.partner.mount('second', second as string, {
          locale: 'en',
        });
      },
      [borrower(), borrower()],
    );
    await poll(async () => (await partner(page)).ready.sort()).toEqual(['credit', 'second']);
    await frameOf(page, 'second').getByLabel('Full name').waitFor();

    await register(frameOf(page, 'credit'), '111.444.777-35');
    // The other borrower is still at registration, in English.
    await frameOf(page, 'second').getByRole('button', { name: 'Continue' }).waitFor();
    const registered = (await partner(page)).events.filter(
      ({ event }) => event.type === 'journey.customer_registered',
    );
    expect(registered.map(({ id }) => id)).toEqual(['credit']);

    await page.evaluate(() => window.partner.embed?.destroy());
    expect(await page.locator('#credit').evaluate((element) => element.childElementCount)).toBe(0);
    await page.evaluate(() =>
      (window as unknown as { second: { update(settings: object): void } }).second.update({
        locale: 'pt-BR',
      }),
    );
    await frameOf(page, 'second').getByLabel('Nome completo').waitFor();
    expect((await partner(page)).errors).toEqual([]);
  });

  it('forwards appearance updates, and reports an unknown variable without losing the journey', async () => {
    const { page } = await openHost();
    await page.evaluate((id) => {
      window.partner.embed = window.partner.mount('credit', id, {
        appearance: { variables: { colorPrimary: 'rgb(11, 110, 79)' } },
      });
    }, borrower());
    const frame = frameOf(page, 'credit');
    await frame.getByLabel('CPF').waitFor();
    const primary = () =>
      frame
        .locator('.dinie-theme')
        .first()
        .evaluate((element) => getComputedStyle(element).getPropertyValue('--dinie-color-primary').trim());
    expect(await primary()).toBe('rgb(11, 110, 79)');

    await page.evaluate(() =>
      window.partner.embed?.update({ appearance: { variables: { colorPrimary: 'rgb(90, 30, 160)' } } }),
    );
    await poll(primary).toBe('rgb(90, 30, 160)');

    await page.evaluate(() =>
      window.partner.embed?.update({ appearance: { variables: { colourPrimary: 'red' } } }),
    );
    await poll(async () => (await partner(page)).errors).toEqual([
      expect.stringMatching(/^FRAME_ERROR: DinieEmbed: Unknown appearance variable "colourPrimary"/),
    ]);
    // The journey is back, with the last appearance that worked.
    await frame.getByLabel('CPF').waitFor();
    expect(await primary()).toBe('rgb(90, 30, 160)');
  });

  it('reports FRAME_TIMEOUT when the page refuses the frame, and INVALID_OPTIONS at once', async () => {
    const { page } = await openHost();
    const invalid = await page.evaluate(() => {
      try {
        window.partner.mount('credit', 'nobody', { frameUrl: 'javascript:alert(1)' });
        return null;
      } catch (error) {
        return (error as { code?: string }).code;
      }
    });
    expect(invalid).toBe('INVALID_OPTIONS');
    expect(await page.locator('#credit').evaluate((element) => element.childElementCount)).toBe(0);

    // The host page's frame-src allows only the frame's origin; this one never loads.
    await page.evaluate((origin) => {
      window.partner.mount('credit', 'nobody', { frameUrl: `${origin}/elsewhere/`, timeoutMs: 200 });
    }, stack.hostOrigin);
    await poll(async () => (await partner(page)).errors).toEqual([expect.stringMatching(/^FRAME_TIMEOUT: /)]);
    expect((await allViolations(page)).map((violation) => violation.directive)).toContain('frame-src');
  });
});
