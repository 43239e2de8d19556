import type { Page } from 'playwright';
import { type BrowserStack, median } from './browserStack.ts';
import { type BenchResult, round } from './results.ts';

const RUNS = 5;

/** Milliseconds from navigation start to the `load` event of a page with nothing on it. */
async function blankLoad(page: Page): Promise<number> {
  await page.goto('/blank.html', { waitUntil: 'load' });
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return navigation?.loadEventEnd || performance.now();
  });
}

/** Milliseconds from navigation start to the embed's `onReady` (the frame answered the handshake). */
async function embedReady(page: Page): Promise<number> {
  await page.goto('/embed');
  const ready = page.locator('html[data-embed-ready-ms]');
  await ready.waitFor({ state: 'attached', timeout: 60_000 });
  return Number(await ready.getAttribute('data-embed-ready-ms'));
}

/**
 * Time until the script-tag embed is ready on the demo's `/embed` page (loader, iframe, frame
 * bundle, handshake) against a blank page from the same server, each in a fresh browser context
 * (cold cache), `RUNS` times alternately; medians.
 */
export async function measureEmbedReady(stack: BrowserStack): Promise<BenchResult> {
  const { browser, demo } = stack;
  const blank: number[] = [];
  const embed: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ baseURL: demo.url });
    const page = await context.newPage();
    blank.push(await blankLoad(page));
    await context.close();

    const signedIn = await browser.newContext({ baseURL: demo.url });
    const signUp = await signedIn.request.post('/demo/borrowers', { data: { name: `Loja ${run + 1}` } });
    if (!signUp.ok()) throw new Error(`sign-up: ${signUp.status()}`);
    embed.push(await embedReady(await signedIn.newPage()));
    await signedIn.close();
  }
  const blankMs = median(blank);
  const embedMs = median(embed);
  return {
    name: 'Script-tag embed: time until ready',
    results: [
      {
        metric: 'blank page from the same server, to load (median)',
        value: round(blankMs, 0),
        unit: 'ms',
        target: null,
      },
      { metric: 'embed page, to onReady (median)', value: round(embedMs, 0), unit: 'ms', target: null },
      {
        metric: 'embed ready minus blank page',
        value: round(embedMs - blankMs, 0),
        unit: 'ms',
        target: null,
      },
    ],
    notes: [
      `${RUNS} runs each, alternating, a fresh browser context (cold cache) per run, headless Chromium on loopback.`,
    ],
  };
}
