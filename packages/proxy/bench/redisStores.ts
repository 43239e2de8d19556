/*
 * The proxy's throughput on the Redis stores against the memory stores, measured in one run:
 * the same sandbox, the same borrower and the same request (`GET /customers/{id}`), through two
 * proxies that differ only in their stores, in alternating rounds. The session rate limit is on
 * (and high), so every request counts against the store as it does in production.
 *
 * Run with `pnpm bench` from the repository root (or `pnpm --filter @dinie-embed/proxy bench`).
 * Writes `bench-results/proxy-redis.json` at the repository root.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandboxServer } from '@dinie-embed/sandbox/server';
import express, { type Request } from 'express';
import { createDinieProxy, type DinieProxyOptions } from '../src/index.ts';
import { createRedisStores } from '../src/redis/index.ts';
import { registration } from '../test/fixtures.ts';
import { startRedisServer } from '../test/redisServer.ts';

const CONCURRENCY = 16;
const ROUND_MS = 3000;
const WARMUP_MS = 500;
const ROUNDS = 2;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const clientId = 'dinie_ci_bench_proxyredis';
const clientSecret = `dinie_cs_test_${'cd34'.repeat(8)}`;
const sessionSecret = 'proxy-bench-session-secret-0123456789abcdef';

const redis = await startRedisServer();
const sandbox = await startSandboxServer({ port: 0, stepMs: 0, clientId, clientSecret, rateLimit: false });
const shared: DinieProxyOptions = {
  baseUrl: `${sandbox.url}/v3`,
  clientId,
  clientSecret,
  sessionSecret,
  authorize: async (req: Request) => ({ externalId: req.get('x-bench-borrower') ?? 'bench' }),
  logger: () => undefined,
  limits: {
    requestsPerMinutePerSession: 1_000_000,
    requestsPerMinutePerIp: 1_000_000,
    upstreamRequestsPerMinute: 1_000_000,
    upstreamRequestsPerMinutePerBorrower: 1_000_000,
  },
};
const redisStores = createRedisStores({
  redis: redis.client(),
  keySecret: sessionSecret,
  logger: () => undefined,
});

const servers: Server[] = [];
async function serve(options: DinieProxyOptions): Promise<string> {
  const app = express();
  app.use('/dinie', createDinieProxy(options));
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/dinie`;
}
const targets = {
  memory: await serve(shared),
  redis: await serve({ ...shared, stores: redisStores }),
};

// One borrower, registered once; each proxy gets its own session for it.
const sessionOn = async (base: string) => {
  const response = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'x-bench-borrower': 'bench' },
  });
  return ((await response.json()) as { token: string }).token;
};
const memoryToken = await sessionOn(targets.memory);
const created = await fetch(`${targets.memory}/customers`, {
  method: 'POST',
  headers: { authorization: `Bearer ${memoryToken}`, 'content-type': 'application/json' },
  body: JSON.stringify(registration()),
});
const customerId = ((await created.json()) as { id: string }).id;
const tokens = { memory: memoryToken, redis: await sessionOn(targets.redis) };

interface Round {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
}

async function round(base: string, token: string, durationMs: number): Promise<Round> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      const response = await fetch(`${base}/customers/${customerId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await response.arrayBuffer();
      if (response.status !== 200) errors += 1;
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: (latencies.length / elapsed) * 1000,
    p99Ms: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0,
    errors,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const results: Record<'memory' | 'redis', Round[]> = { memory: [], redis: [] };
await round(targets.memory, tokens.memory, WARMUP_MS);
await round(targets.redis, tokens.redis, WARMUP_MS);
for (let n = 0; n < ROUNDS; n += 1) {
  results.memory.push(await round(targets.memory, tokens.memory, ROUND_MS));
  results.redis.push(await round(targets.redis, tokens.redis, ROUND_MS));
}

const memoryRps = median(results.memory.map((r) => r.requestsPerSecond));
const redisRps = median(results.redis.map((r) => r.requestsPerSecond));
const errors = [...results.memory, ...results.redis].reduce((sum, r) => sum + r.errors, 0);
const report = {
  name: 'Proxy on Redis stores against memory stores',
  conditions: `GET /customers/{id} through the proxy to a local sandbox, ${CONCURRENCY} concurrent, ${ROUNDS} alternating rounds of ${ROUND_MS / 1000} s each (median), redis-server on a Unix socket with appendfsync always`,
  results: [
    { metric: 'throughput, memory stores', value: Math.round(memoryRps), unit: 'req/s' },
    { metric: 'throughput, Redis stores', value: Math.round(redisRps), unit: 'req/s' },
    {
      metric: 'throughput ratio, Redis / memory',
      value: Number((redisRps / memoryRps).toFixed(2)),
      unit: 'x',
    },
    {
      metric: 'p99 latency, memory stores',
      value: Number(median(results.memory.map((r) => r.p99Ms)).toFixed(1)),
      unit: 'ms',
    },
    {
      metric: 'p99 latency, Redis stores',
      value: Number(median(results.redis.map((r) => r.p99Ms)).toFixed(1)),
      unit: 'ms',
    },
    { metric: 'failed requests', value: errors, unit: 'requests', target: '0' },
  ],
};
for (const line of report.results) {
  console.log(
    `${line.metric}: ${line.value} ${line.unit}${'target' in line ? ` (target ${line.target})` : ''}`,
  );
}
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(path.join(root, 'bench-results', 'proxy-redis.json'), `${JSON.stringify(report, null, 2)}\n`);

for (const server of servers) {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
await redisStores.close();
await sandbox.close();
await redis.stop();
if (errors > 0) process.exitCode = 1;
