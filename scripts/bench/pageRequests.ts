import { seedRegisteredShop } from '@dinie-embed/demo/seed';
import type { BrowserContext, Page } from 'playwright';
import { type BrowserStack, shopAtTheOffer, signedInPage } from './browserStack.ts';
import type { BenchFigure, BenchResult } from './results.ts';

/** How long the page must send nothing more before the load counts as over. */
const QUIET_MS = 3000;

type Kind = [name: string, pattern: RegExp];

const SESSION: Kind = ['POST /session (the session token)', /^POST \/session$/];
const BORROWER: Kind = ['GET /customers?limit=1 (the session’s borrower)', /^GET \/customers$/];
const BORROWER_AGAIN: Kind = ['GET /customers/{id} (the same borrower again)', /^GET \/customers\/[^/]+$/];
const OFFERS: Kind = ['GET /customers/{id}/credit-offers', /^GET \/customers\/[^/]+\/credit-offers$/];
const OFFER_AGAIN: Kind = [
  'GET /credit-offers/{id} (an offer the list carries)',
  /^GET \/credit-offers\/[^/]+$/,
];
const EVENTS: Kind = ['GET /events (the event stream)', /^GET \/events$/];

/**
 * Each request to the partner's proxy (`/dinie/…`) from navigation until the button named `shown`
 * is on screen and the page then goes quiet; closes the context.
 */
async function requestsOfALoad(
  { context, page }: { context: BrowserContext; page: Page },
  shown: string,
): Promise<string[]> {
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
    await page.getByRole('button', { name: shown }).waitFor({ timeout: 60_000 });
    while (Date.now() - last < QUIET_MS) await page.waitForTimeout(250);
    return sent;
  } finally {
    await context.close();
  }
}

/** One figure per kind with its target count, and one for every request of no listed kind. */
function figures(step: string, sent: string[], expected: Array<[Kind, number]>): BenchFigure[] {
  const results: BenchFigure[] = expected.map(([[name, pattern], target]) => ({
    metric: `${step}: ${name}`,
    value: sent.filter((line) => pattern.test(line)).length,
    unit: 'requests',
    target,
  }));
  const listed = sent.filter((line) => expected.some(([[, pattern]]) => pattern.test(line)));
  results.push({
    metric: `${step}: any other request`,
    value: sent.length - listed.length,
    unit: 'requests',
    target: 0,
  });
  return results;
}

/**
 * The requests the demo's React page sends through the proxy on one load, for a borrower at the
 * documents step (the checklist reads the borrower by id) and one at the offer: from navigation
 * until the step is on screen and the page then sends nothing for `QUIET_MS` (the event stream
 * stays open meanwhile, so what its replay prompts is counted too). Each resource once.
 */
export async function measurePageRequests(stack: BrowserStack): Promise<BenchResult> {
  const registered = await seedRegisteredShop(stack.demo.url, 'Empório dos Documentos');
  const documents = await requestsOfALoad(await signedInPage(stack, registered.cookie), 'Fazer biometria');
  const offer = await requestsOfALoad(
    await shopAtTheOffer(stack, 'Empório das Contas'),
    'Simular empréstimo',
  );

  return {
    name: 'Requests of one page load (demo React page)',
    results: [
      ...figures('documents step', documents, [
        [SESSION, 1],
        [BORROWER, 1],
        [BORROWER_AGAIN, 0],
        [EVENTS, 1],
      ]),
      ...figures('offer', offer, [
        [SESSION, 1],
        [BORROWER, 1],
        [BORROWER_AGAIN, 0],
        [OFFERS, 1],
        [OFFER_AGAIN, 0],
        [EVENTS, 1],
      ]),
    ],
    notes: [
      `Counted in Chromium from navigation until the step is on screen and the page then sends nothing for ${QUIET_MS / 1000} s; requests to the partner's proxy only, not the page's own files.`,
      'A poll or an event refetches what the server can have changed, each resource once: `pnpm exec vitest run --project react packages/react/src/requests.test.tsx` counts it against a listening sandbox.',
    ],
  };
}
