import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildPages } from '@dinie-embed/demo/build';
import { seedShopWithOffer } from '@dinie-embed/demo/seed';
import { type DemoServer, startDemoServer } from '@dinie-embed/demo/server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { REPO_DIR } from './results.ts';

/** Where the browser benchmarks build their copy of the demo's pages (gitignored). */
const WEB_DIR = path.join(REPO_DIR, 'apps/demo/dist/bench-web');

/** The demo (its sandbox with automatic steps at once) with its built pages, and Debian's Chromium. */
export interface BrowserStack {
  demo: DemoServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the pages (plus an empty `blank.html` to compare against), starts the demo and Chromium. */
export async function startBrowserStack(): Promise<BrowserStack> {
  await buildPages(WEB_DIR);
  await writeFile(
    path.join(WEB_DIR, 'blank.html'),
    '<!doctype html><html lang="pt-BR"><meta charset="utf-8"><title>blank</title></html>\n',
  );
  const demo = await startDemoServer({
    port: 0,
    sandbox: { stepMs: 0, rateLimit: false },
    staticDirs: { web: WEB_DIR },
    proxy: {
      logger: () => {},
      limits: {
        requestsPerMinutePerIp: Number.POSITIVE_INFINITY,
        requestsPerMinutePerSession: Number.POSITIVE_INFINITY,
        upstreamRequestsPerMinute: Number.POSITIVE_INFINITY,
        upstreamRequestsPerMinutePerBorrower: Number.POSITIVE_INFINITY,
      },
    },
  });
  const browser = await chromium
    .launch({ executablePath: chromiumPath, args: chromiumArgs })
    .catch(async (error) => {
      await demo.close();
      throw error;
    });
  return {
    demo,
    browser,
    async close() {
      await browser.close();
      await demo.close();
    },
  };
}

/** The middle value of a list of measurements. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A fresh browser context signed in with a demo shop's cookie, and a page in it. */
export async function signedInPage(
  stack: BrowserStack,
  cookie: { name: string; value: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({
    baseURL: stack.demo.url,
    viewport: { width: 1280, height: 900 },
  });
  await context.addCookies([{ ...cookie, url: stack.demo.url }]);
  return { context, page: await context.newPage() };
}

/** A fresh browser context signed in as a new demo shop whose borrower is at the offer, and a page in it. */
export async function shopAtTheOffer(
  stack: BrowserStack,
  name: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const shop = await seedShopWithOffer(stack.demo.url, name);
  return signedInPage(stack, shop.cookie);
}
