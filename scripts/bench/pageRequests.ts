import { type BrowserStack, shopAtTheOffer } from './browserStack.ts';
import type { BenchResult } from './results.ts';

/** How long the page must send nothing more before the load counts as over. */
const QUIET_MS = 3000;

/** What each request to the proxy asks for, by method and path after the mount. */
const KINDS: ReadonlyArray<[name: string, pattern: RegExp, target: number | null]> = [
  ['POST /session (the session token)', /^POST \/session$/, 1],
  ['GET /customers?limit=1 (the session’s borrower)', /^GET \/customers$/, 1],
  ['GET /customers/{id} (the same borrower again)', /^GET \/customers\/[^/]+$/, 0],
  ['GET /customers/{id}/credit-offers', /^GET \/customers\/[^/]+\/credit-offers$/, 1],
  ['GET /credit-offers/{id} (an offer the list carries)', /^GET \/credit-offers\/[^/]+$/, 0],
  ['GET /events (the event stream)', /^GET \/events$/, 1],
];

/**
 * The requests the demo's React page sends through the proxy on one load, for a borrower at the
 * offer (registered, approved, one offer): from navigation until the page shows the offer and
 * then sends nothing for `QUIET_MS` (the event stream stays open meanwhile, so a reply the stream
 * prompts is counted too). Each resource should be fetched once.
 */
export async function measurePageRequests(stack: BrowserStack): Promise<BenchResult> {
  const { context, page } = await shopAtTheOffer(stack, 'Empório das Contas');
  try {
    const sent: string[] = [];
    let last = Date.now();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith('/dinie/')) return;
      sent.push(`${request.method()} ${url.pathname.slice('/dinie'.length)}`);
      last = Date.now();
    });
    await page.goto('/react');
    await page.getByRole('button', { name: 'Simular empréstimo' }).waitFor({ timeout: 60_000 });
    while (Date.now() - last < QUIET_MS) await page.waitForTimeout(250);

    const results = KINDS.map(([name, pattern, target]) => ({
      metric: name,
      value: sent.filter((line) => pattern.test(line)).length,
      unit: 'requests',
      target,
    }));
    const known = sent.filter((line) => KINDS.some(([, pattern]) => pattern.test(line)));
    results.push({
      metric: 'any other request',
      value: sent.length - known.length,
      unit: 'requests',
      target: 0,
    });
    return {
      name: 'Requests of one page load (demo React page, borrower at the offer)',
      results,
      notes: [
        `Counted in Chromium from navigation until the offer is on screen and the page then sends nothing for ${QUIET_MS / 1000} s. Requests to the partner's proxy only (the page's own files are not counted).`,
        'A poll or an event refetches what the server can have changed, each resource once; `pnpm exec vitest run --project react packages/react/src/requests.test.tsx` checks it against a listening sandbox.',
      ],
    };
  } finally {
    await context.close();
  }
}
