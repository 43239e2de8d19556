import { startDemoServer } from '@dinie-embed/demo/server';
import { type BenchResult, round } from './results.ts';

const CONCURRENT = 1000;

/**
 * `POST /auth/token` calls a cold proxy makes when 1000 browsers ask for a session at once: each
 * session looks the borrower up at Dinie, which needs the partner's token, and the proxy should
 * fetch that token once for all of them.
 */
export async function measureTokenColdStart(): Promise<BenchResult> {
  let tokenCalls = 0;
  const countingFetch: typeof fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).endsWith('/auth/token')) tokenCalls += 1;
    return fetch(input, init);
  };
  const demo = await startDemoServer({
    port: 0,
    sandbox: { stepMs: 0, rateLimit: false },
    proxy: {
      fetch: countingFetch,
      logger: () => {},
      limits: {
        requestsPerMinutePerIp: Number.POSITIVE_INFINITY,
        requestsPerMinutePerSession: Number.POSITIVE_INFINITY,
        upstreamRequestsPerMinute: Number.POSITIVE_INFINITY,
        upstreamRequestsPerMinutePerBorrower: Number.POSITIVE_INFINITY,
      },
    },
  });
  try {
    const signUp = await fetch(`${demo.url}/demo/borrowers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Armarinho Mil' }),
    });
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const started = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: CONCURRENT }, () =>
        fetch(`${demo.url}/dinie/session`, { method: 'POST', headers: { cookie } }).then(async (response) => {
          await response.arrayBuffer();
          return response.status;
        }),
      ),
    );
    const elapsed = performance.now() - started;
    const ok = statuses.filter((status) => status === 200).length;
    if (ok !== CONCURRENT) throw new Error(`Only ${ok} of ${CONCURRENT} session requests succeeded.`);
    return {
      name: `Token single-flight (${CONCURRENT} concurrent cold POST /session)`,
      results: [
        { metric: 'POST /auth/token calls to Dinie', value: tokenCalls, unit: 'calls', target: 1 },
        { metric: 'sessions answered 200', value: ok, unit: 'requests', target: CONCURRENT },
        { metric: `time for all ${CONCURRENT}`, value: round(elapsed, 0), unit: 'ms', target: null },
      ],
    };
  } finally {
    await demo.close();
  }
}
