import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DinieProxyLogEntry } from '@dinie-embed/proxy';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.ts';
import { type DemoServer, startDemoServer } from '../server/server.ts';
import { E2E_WEB_DIR } from './globalSetup.ts';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where each test's screenshots go: `apps/demo/test-results/e2e/<test>/` (gitignored). */
export const SCREENSHOT_DIR = path.join(appDir, 'test-results/e2e');

/** A running demo and a Chromium to drive it. */
export interface E2E {
  demo: DemoServer;
  /** What the proxy logged (kept out of the test output: a reload mid-request logs a 502). */
  logs: DinieProxyLogEntry[];
  browser: Browser;
  /** A fresh browser context (its own cookies: one signed-in shop) on the demo. */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Starts the demo's real server (proxy and sandbox on ephemeral ports) and Debian's Chromium. */
export async function startE2E(): Promise<E2E> {
  const logs: DinieProxyLogEntry[] = [];
  const demo = await startDemoServer({
    port: 0,
    sandbox: { stepMs: 0, rateLimit: false },
    staticDirs: { web: E2E_WEB_DIR },
    proxy: {
      logger: (entry) => logs.push(entry),
      limits: {
        requestsPerMinutePerIp: Number.POSITIVE_INFINITY,
        requestsPerMinutePerSession: Number.POSITIVE_INFINITY,
      },
    },
  });
  const browser = await chromium
    .launch({ executablePath: chromiumPath, args: chromiumArgs })
    .catch(async (error: unknown) => {
      await demo.close();
      throw error;
    });
  return {
    demo,
    logs,
    browser,
    newContext: () =>
      browser.newContext({ baseURL: demo.url, locale: 'pt-BR', viewport: { width: 1280, height: 900 } }),
    async close() {
      await browser.close();
      await demo.close();
    },
  };
}

/** Saves numbered full-page screenshots of one test's steps. */
export function screenshots(test: string): (page: Page, step: string) => Promise<void> {
  const dir = path.join(SCREENSHOT_DIR, test);
  let n = 0;
  return async (page, step) => {
    await mkdir(dir, { recursive: true });
    n += 1;
    await page.screenshot({
      path: path.join(dir, `${String(n).padStart(2, '0')}-${step}.png`),
      fullPage: true,
    });
  };
}
