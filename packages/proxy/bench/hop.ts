/*
 * What the proxy's hop costs, side by side in one run: the same `GET /customers/{id}` straight to
 * the sandbox, through a bare undici forwarder, through http-proxy-middleware (a standard Express
 * forwarder) and through createDinieProxy, at 16 and 64 concurrent clients; then against an
 * upstream that answers 50 ms late (as a real API does), the p99 each of them adds at 64
 * concurrent borrowers. Upstream, forwarders and load generator (autocannon) run in three
 * processes; the load average is printed with the figures, since a busy machine moves them all.
 *
 * Run with `pnpm bench` from the repository root (or `pnpm --filter @dinie-embed/proxy bench`).
 * Writes `bench-results/proxy-hop.json` at the repository root.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { registration } from '../test/fixtures.ts';
import { CLIENT_ID, CLIENT_SECRET } from './hopConfig.ts';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 4);
/** Rounds of the late-upstream comparison. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const children: ChildProcess[] = [];

/** Starts a role of hopServers.ts in its own process and reads the addresses it prints. */
function start(role: string, env: Record<string, string> = {}): Promise<Record<string, string>> {
  const child = spawn(
    process.execPath,
    [
      // HOP_PROFILE=<dir> writes a CPU profile of each server process there, to see where a hop goes.
      ...(process.env.HOP_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.HOP_PROFILE}`] : []),
      '--import',
      'tsx',
      '--conditions=@dinie-embed/source',
      path.join(here, 'hopServers.ts'),
      role,
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) resolve(JSON.parse(line) as Record<string, string>);
    });
    child.once('exit', (code) => reject(new Error(`${role} exited with ${code}`)));
  });
}

/** The 1-minute load average: the machine may be shared, and every figure is read beside it. */
const loadAverage = () => os.loadavg()[0]?.toFixed(2) ?? 'unknown';
const startLoad = loadAverage();

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

interface Measured {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
}

async function load(
  url: string,
  headers: Record<string, string>,
  connections: number,
  warmUp = true,
): Promise<Measured> {
  const run = (duration: number) => autocannon({ url, headers, connections, duration, pipelining: 1 });
  if (warmUp) await run(1);
  const result = await run(DURATION_S);
  if (result.non2xx > 0) console.error(`${url}: statuses ${JSON.stringify(result.statusCodeStats)}`);
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

try {
  const upstream = await start('upstream');
  const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
  const tokenAnswer = await fetch(`${upstream.sandbox}/auth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const partnerToken = ((await tokenAnswer.json()) as { access_token: string }).access_token;

  /** Forwarders in front of one upstream, and a borrower registered through its proxy. */
  const setUp = async (upstreamUrl: string) => {
    const forwarders = await start('forwarders', { UPSTREAM_URL: upstreamUrl });
    const session = await fetch(`${forwarders.dinie}/session`, {
      method: 'POST',
      headers: { 'x-bench-borrower': 'bench' },
    });
    const sessionToken = ((await session.json()) as { token: string }).token;
    const existing = await fetch(`${forwarders.dinie}/customers?limit=1`, {
      headers: { authorization: `Bearer ${sessionToken}` },
    });
    let customerId = ((await existing.json()) as { data: Array<{ id: string }> }).data[0]?.id;
    if (!customerId) {
      const created = await fetch(`${forwarders.dinie}/customers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sessionToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(registration()),
      });
      customerId = ((await created.json()) as { id: string }).id;
    }
    const partner = { authorization: `Bearer ${partnerToken}` };
    return {
      targets: {
        direct: { url: `${upstreamUrl}/customers/${customerId}`, headers: partner },
        'bare undici forwarder': { url: `${forwarders.bare}/customers/${customerId}`, headers: partner },
        'http-proxy-middleware': { url: `${forwarders.hpm}/customers/${customerId}`, headers: partner },
        createDinieProxy: {
          url: `${forwarders.dinie}/customers/${customerId}`,
          headers: { authorization: `Bearer ${sessionToken}` },
        },
      },
    };
  };

  const results: Array<{ metric: string; value: number; unit: string; target?: string }> = [];
  const local = await setUp(upstream.sandbox ?? '');
  const table: Record<string, Record<string, Measured>> = {};
  for (const connections of [16, 64]) {
    for (const [name, target] of Object.entries(local.targets)) {
      const measured = await load(target.url, target.headers, connections);
      table[name] = { ...table[name], [String(connections)]: measured };
      results.push({
        metric: `${name}, ${connections} concurrent: throughput`,
        value: Math.round(measured.requestsPerSecond),
        unit: 'req/s',
      });
      if (measured.errors > 0)
        console.error(`${name}, ${connections} concurrent: ${measured.errors} failed requests`);
    }
    const ratio = (name: string) =>
      (table[name]?.[String(connections)]?.requestsPerSecond ?? 0) /
      (table.direct?.[String(connections)]?.requestsPerSecond ?? 1);
    const vsStandard =
      (table.createDinieProxy?.[String(connections)]?.requestsPerSecond ?? 0) /
      (table['http-proxy-middleware']?.[String(connections)]?.requestsPerSecond ?? 1);
    results.push(
      {
        metric: `createDinieProxy / direct, ${connections} concurrent`,
        value: Number(ratio('createDinieProxy').toFixed(2)),
        unit: 'x',
      },
      {
        metric: `http-proxy-middleware / direct, ${connections} concurrent`,
        value: Number(ratio('http-proxy-middleware').toFixed(2)),
        unit: 'x',
      },
      {
        metric: `createDinieProxy / http-proxy-middleware, ${connections} concurrent`,
        value: Number(vsStandard.toFixed(2)),
        unit: 'x',
        target: '>= 0.8x',
      },
    );
  }

  // Each forwarder against the late upstream, so what the proxy adds reads beside what a bare
  // undici hop and a standard forwarder add on the same machine. The targets take turns for a
  // few rounds and each figure is the median of its rounds, the added latency the median of the
  // differences within a round: a shared machine's load drifts less within a round than across
  // a whole run.
  const slow = await setUp(upstream.delayed ?? '');
  const rounds: Array<Record<string, Measured>> = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const measured: Record<string, Measured> = {};
    for (const [name, target] of Object.entries(slow.targets)) {
      measured[name] = await load(target.url, target.headers, 64, round === 0);
    }
    rounds.push(measured);
  }
  const p99 = (name: string, round: Record<string, Measured>) => round[name]?.p99Ms ?? Number.NaN;
  for (const name of Object.keys(slow.targets)) {
    results.push({
      metric: `upstream answering in 50 ms, 64 concurrent: p99 ${name === 'direct' ? 'straight' : `through ${name}`} (median of ${ROUNDS} rounds)`,
      value: median(rounds.map((round) => p99(name, round))),
      unit: 'ms',
    });
  }
  for (const name of Object.keys(slow.targets)) {
    if (name === 'direct') continue;
    results.push({
      metric: `upstream answering in 50 ms, 64 concurrent: p99 added by ${name === 'createDinieProxy' ? 'the proxy' : name} (median of ${ROUNDS} rounds)`,
      value: Number(median(rounds.map((round) => p99(name, round) - p99('direct', round))).toFixed(1)),
      unit: 'ms',
      ...(name === 'createDinieProxy' ? { target: '< 5 ms' } : {}),
    });
  }
  const errors = [
    ...Object.values(table).flatMap((byConnections) => Object.values(byConnections)),
    ...rounds.flatMap((round) => Object.values(round)),
  ].reduce((sum, m) => sum + m.errors, 0);
  results.push({ metric: 'failed requests', value: errors, unit: 'requests', target: '0' });

  const report = {
    name: "The proxy's hop",
    conditions: `GET /customers/{id}, autocannon for ${DURATION_S} s per row after 1 s of warm-up (late upstream: ${ROUNDS} rounds, warm-up in the first); upstream, forwarders and load generator in three processes on this machine; load average ${startLoad} at the start, ${loadAverage()} at the end`,
    results,
  };
  console.log(report.conditions);
  for (const line of results)
    console.log(`${line.metric}: ${line.value} ${line.unit}${line.target ? ` (target ${line.target})` : ''}`);
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(path.join(root, 'bench-results', 'proxy-hop.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (errors > 0) process.exitCode = 1;
} finally {
  // SIGINT lets a profiled process write its profile before it exits.
  for (const child of children) child.kill('SIGINT');
}
