import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { type BenchResult, REPO_DIR, round } from './results.ts';

interface Target {
  url: string;
  token: string;
}

const CONNECTIONS = 10;
const WARMUP_S = 1;
const DURATION_S = 5;

/** One bounded autocannon run (`DURATION_S` seconds, `CONNECTIONS` connections); fails on any error answer. */
async function load(target: Target, seconds: number): Promise<{ rps: number; p99: number }> {
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${target.token}` },
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${target.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts.`,
    );
  }
  return { rps: result.requests.average, p99: result.latency.p99 };
}

/**
 * The proxy's cost on a read (`GET /customers/{id}`): throughput and p99 latency straight to the
 * sandbox against through the proxy (session check, ownership, forward) to the same sandbox, in
 * one run, with the servers in a child process and the load generated here.
 */
export async function measureProxyOverhead(): Promise<BenchResult> {
  const child = spawn(
    'pnpm',
    ['exec', 'tsx', '--conditions=@dinie-embed/source', 'scripts/bench/demoStack.ts'],
    {
      cwd: REPO_DIR,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  try {
    const line = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout });
      lines.once('line', resolve);
      child.once('exit', (code) =>
        reject(new Error(`The benchmark stack exited (${code}) before it was ready.`)),
      );
    });
    const { direct, proxied } = JSON.parse(line) as { direct: Target; proxied: Target };
    await load(direct, WARMUP_S);
    await load(proxied, WARMUP_S);
    const straight = await load(direct, DURATION_S);
    const through = await load(proxied, DURATION_S);
    return {
      name: 'Proxy overhead (GET /customers/{id}, one run)',
      results: [
        {
          metric: 'throughput straight to the sandbox',
          value: round(straight.rps, 0),
          unit: 'req/s',
          target: null,
        },
        { metric: 'throughput through the proxy', value: round(through.rps, 0), unit: 'req/s', target: null },
        {
          metric: 'throughput ratio (proxy / straight)',
          value: round(through.rps / straight.rps),
          unit: '×',
          target: null,
        },
        { metric: 'p99 latency straight to the sandbox', value: straight.p99, unit: 'ms', target: null },
        { metric: 'p99 latency through the proxy', value: through.p99, unit: 'ms', target: null },
        ...(straight.p99 > 0
          ? [
              {
                metric: 'p99 ratio (proxy / straight)',
                value: round(through.p99 / straight.p99),
                unit: '×',
                target: null,
              },
            ]
          : []),
      ],
      notes: [
        `${CONNECTIONS} connections, ${WARMUP_S} s warm-up then ${DURATION_S} s per side (autocannon); sandbox and proxy share one Node process, as in \`pnpm demo\`.`,
        'Through the proxy a request is also checked against Dinie for ownership (cached for 30 s), so both sides do the sandbox’s work.',
      ],
    };
  } finally {
    const exited = child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
    child.stdin.end();
    await exited;
  }
}
