import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createSandbox, type Sandbox, type SandboxPersistence, type SandboxSnapshot } from '../src/index.ts';
import { makeCnpj, makeCpf } from '../test/support/brazilianIds.ts';

/*
 * The sandbox at scale, side by side in one run: the same point lookups and pages of 25 against a
 * sandbox holding 10 customers and one holding 100,000 (each customer with an offer and a stored
 * Idempotency-Key), measured in alternating rounds so both see the same machine; then keyed
 * writes for 60 s, throughput per window. Prints each result with its target and writes them to
 * `bench-results/sandbox.json` at the repository root. Reported, not asserted.
 *
 * Run: `pnpm --filter @dinie-embed/sandbox run bench` (or `pnpm bench` at the root).
 * `DINIE_BENCH_WRITE_SECONDS` shortens the write run for a quick look.
 */

const SMALL = 10;
const LARGE = 100_000;
const ROUNDS = 41;
const CALLS_PER_ROUND = 60;
const WRITE_SECONDS = Number(process.env.DINIE_BENCH_WRITE_SECONDS ?? 60);
const WINDOW_SECONDS = 10;
const BASE = 'http://sandbox.bench/v3';
const CLIENT_ID = `dinie_ci_${'b'.repeat(32)}`;
const CLIENT_SECRET = `dinie_cs_test_${'c'.repeat(32)}`;
const SCALE_TARGET = 1.3;

interface Result {
  metric: string;
  value: number;
  unit: string;
  target: string;
}

/** A sandbox and a token for it. */
interface Bench {
  sandbox: Sandbox;
  token: string;
}

async function send(bench: Bench, method: string, path: string, body?: unknown, key?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${bench.token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (key !== undefined) headers['idempotency-key'] = key;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await bench.sandbox.fetch(new Request(`${BASE}${path}`, init));
  const text = await response.text();
  if (response.status >= 400) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  // biome-ignore lint/suspicious/noExplicitAny: the bench reads a few fields of known answers.
  return JSON.parse(text) as any;
}

async function start(persistence: SandboxPersistence): Promise<Bench> {
  const sandbox = createSandbox({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    stepMs: 0,
    autoApproveKyc: false,
    // No limiter: the bench measures the work of a request, not the limiter's refusals.
    rateLimit: false,
    persistence,
  });
  const response = await sandbox.fetch(
    new Request(`${BASE}/auth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa(`${CLIENT_ID}:${CLIENT_SECRET}`)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    }),
  );
  const { access_token: token } = (await response.json()) as { access_token: string };
  return { sandbox, token };
}

/** A sandbox that starts from `snapshot` (or empty) and keeps nothing. */
const startFrom = (snapshot?: SandboxSnapshot) => start({ load: () => snapshot, save: () => {} });

/** One active customer with its offer and a stored keyed response, as a snapshot to copy. */
async function template(): Promise<SandboxSnapshot> {
  let saved: SandboxSnapshot | undefined;
  const bench = await start({
    load: () => undefined,
    save: (snapshot) => {
      saved = snapshot;
    },
  });
  const customer = await send(
    bench,
    'POST',
    '/customers',
    { cpf: makeCpf(1), cnpj: makeCnpj(1) },
    'template',
  );
  await send(bench, 'POST', `/test_helpers/customers/${customer.id}/kyc/approve`);
  await bench.sandbox.settle();
  await bench.sandbox.close();
  if (saved === undefined) throw new Error('the template sandbox saved no snapshot');
  return saved;
}

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');

/** `count` customers like the template's, each with an offer and a keyed response, in creation order. */
function populated(base: SandboxSnapshot, count: number): SandboxSnapshot {
  const [customer] = base.customers;
  const [offer] = base.offers;
  const [keyed] = base.idempotency;
  if (customer === undefined || offer === undefined || keyed === undefined)
    throw new Error('the template lacks a customer, an offer or a keyed response');
  const startMs = Date.parse(customer.createdAt) - count * 1000;
  const snapshot: SandboxSnapshot = { ...base, customers: [], offers: [], idempotency: [], documents: [] };
  for (let index = 0; index < count; index++) {
    const createdAt = new Date(startMs + index * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const stamp = `${hex(startMs + index * 1000, 12)}0000${hex(index, 16)}`;
    const customerId = `cust_${stamp}`;
    snapshot.customers.push({
      ...customer,
      id: customerId,
      cpf: makeCpf(index + 10).replace(/\D/g, ''),
      cnpj: makeCnpj(index + 10).replace(/\D/g, ''),
      externalId: `partner-${index}`,
      kyc: customer.kyc.map((item) => ({ ...item })),
      createdAt,
      updatedAt: createdAt,
    });
    snapshot.offers.push({ ...offer, id: `co_${stamp}`, customerId, createdAt, updatedAt: createdAt });
    snapshot.idempotency.push({ ...keyed, scope: `${CLIENT_ID} key-${index}`, createdAt });
  }
  return snapshot;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A request to time on a small and a large sandbox. */
interface Probe {
  name: string;
  /** Customers in the small sandbox: 10, or enough to fill a page of 25 after a middle cursor. */
  small: number;
  /** The path to call on a sandbox holding `count` customers. */
  path: (count: number) => string;
  /** How many items a list answer holds (checked once per sandbox, so no probe times an empty answer). */
  items?: number;
}

/** Customer number `index`'s ids, as {@link populated} made them. */
function idsOf(snapshot: SandboxSnapshot, index: number) {
  const customer = snapshot.customers[index];
  const offer = snapshot.offers[index];
  if (customer === undefined || offer === undefined) throw new Error(`no customer ${index}`);
  return { customer, offer };
}

/** The fewest customers that hold a full page of 25 after a cursor in their middle. */
const PAGE_SMALL = 50;

async function main(): Promise<void> {
  const base = await template();
  const sizes = [SMALL, PAGE_SMALL, LARGE];
  const snapshots = new Map(sizes.map((count) => [count, populated(base, count)] as const));
  const benches = new Map<number, Bench>();
  for (const count of sizes) benches.set(count, await startFrom(snapshots.get(count)));
  // One customer in the middle of each collection, so a lookup or cursor is neither first nor last.
  const middle = (count: number) => idsOf(snapshots.get(count) as SandboxSnapshot, count >> 1);
  const probes: Probe[] = [
    { name: 'GET /customers/{id}', small: SMALL, path: (n) => `/customers/${middle(n).customer.id}` },
    { name: 'GET /credit-offers/{id}', small: SMALL, path: (n) => `/credit-offers/${middle(n).offer.id}` },
    {
      name: 'GET /customers?external_id=',
      small: SMALL,
      path: (n) => `/customers?external_id=${middle(n).customer.externalId}`,
      items: 1,
    },
    {
      name: 'GET /customers?cpf=',
      small: SMALL,
      path: (n) => `/customers?cpf=${middle(n).customer.cpf}`,
      items: 1,
    },
    {
      name: 'GET /customers/{id}/credit-offers',
      small: SMALL,
      path: (n) => `/customers/${middle(n).customer.id}/credit-offers`,
      items: 1,
    },
    {
      name: 'GET /credit-offers?customer_id=',
      small: SMALL,
      path: (n) => `/credit-offers?customer_id=${middle(n).customer.id}`,
      items: 1,
    },
    {
      name: 'GET /customers?limit=25 (first page)',
      small: PAGE_SMALL,
      path: () => '/customers?limit=25',
      items: 25,
    },
    {
      name: 'GET /customers?limit=25&starting_after= (from the middle)',
      small: PAGE_SMALL,
      path: (n) => `/customers?limit=25&starting_after=${middle(n).customer.id}`,
      items: 25,
    },
    {
      name: 'GET /credit-offers?limit=25&starting_after= (from the middle)',
      small: PAGE_SMALL,
      path: (n) => `/credit-offers?limit=25&starting_after=${middle(n).offer.id}`,
      items: 25,
    },
  ];

  const results: Result[] = [];
  console.log(
    `\nSandbox at scale: each customer with an offer and a stored Idempotency-Key; ${ROUNDS} alternating rounds of ${CALLS_PER_ROUND} calls; median µs per call, median of the rounds' ratios\n`,
  );
  for (const probe of probes) {
    const counts = [probe.small, LARGE];
    const times = new Map<number, number[]>(counts.map((count) => [count, []]));
    for (const count of counts) {
      const bench = benches.get(count) as Bench;
      const answer = await send(bench, 'GET', probe.path(count));
      if (probe.items !== undefined && answer.data?.length !== probe.items)
        throw new Error(`${probe.name} at ${count}: ${answer.data?.length} items, not ${probe.items}`);
      // Warm-up: the first calls pay for compilation, not for the records.
      for (let call = 0; call < CALLS_PER_ROUND; call++) await send(bench, 'GET', probe.path(count));
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const count of round % 2 === 0 ? counts : [...counts].reverse()) {
        const bench = benches.get(count) as Bench;
        const path = probe.path(count);
        const began = performance.now();
        for (let call = 0; call < CALLS_PER_ROUND; call++) await send(bench, 'GET', path);
        times.get(count)?.push(((performance.now() - began) * 1000) / CALLS_PER_ROUND);
      }
    }
    const small = median(times.get(probe.small) as number[]);
    const large = median(times.get(LARGE) as number[]);
    // Each round times both sizes back to back: the median of the rounds' own ratios cancels the
    // drift of a shared machine's load better than a ratio of two medians.
    const largeTimes = times.get(LARGE) as number[];
    const ratio = median(
      (times.get(probe.small) as number[]).map((time, index) => (largeTimes[index] as number) / time),
    );
    const metric = `${probe.name}: cost at ${LARGE} customers / at ${probe.small}`;
    results.push({ metric, value: round(ratio, 2), unit: 'x', target: `<= ${SCALE_TARGET}x` });
    console.log(
      `${ratio <= SCALE_TARGET ? 'PASS' : 'FAIL'}  ${probe.name.padEnd(60)} ${String(probe.small).padStart(3)}: ${small.toFixed(0).padStart(4)} µs  ${LARGE}: ${large.toFixed(0).padStart(4)} µs  ${ratio.toFixed(2)}x  (target <= ${SCALE_TARGET}x)`,
    );
  }
  for (const bench of benches.values()) await bench.sandbox.close();

  results.push(...(await keyedWrites()));
  writeResults(results);
}

/**
 * Keyed `POST /customers` for {@link WRITE_SECONDS}, per window: writes per second, and the cost
 * of a write against a reference read (`GET /customers/{id}` on an empty sandbox) timed between
 * the writes, which takes out the drift of a shared machine's load. Holding throughput means the
 * last window's relative cost stays within 1.3x of the first's.
 */
async function keyedWrites(): Promise<Result[]> {
  const bench = await startFrom();
  const reference = await startFrom();
  const probe = await send(reference, 'POST', '/customers', { cpf: makeCpf(2), cnpj: makeCnpj(2) });
  let seed = 10_000_000;
  const write = () => {
    seed++;
    return send(bench, 'POST', '/customers', { cpf: makeCpf(seed), cnpj: makeCnpj(seed) }, `write-${seed}`);
  };
  const read = () => send(reference, 'GET', `/customers/${probe.id}`);
  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) {
    await write();
    await read();
  }
  interface Window {
    writes: number;
    writeMs: number;
    reads: number;
    readMs: number;
  }
  const windows: Window[] = [];
  let current: Window = { writes: 0, writeMs: 0, reads: 0, readMs: 0 };
  const began = performance.now();
  let windowEnd = began + WINDOW_SECONDS * 1000;
  while (performance.now() < began + WRITE_SECONDS * 1000) {
    let at = performance.now();
    await write();
    current.writeMs += performance.now() - at;
    current.writes++;
    at = performance.now();
    await read();
    current.readMs += performance.now() - at;
    current.reads++;
    if (performance.now() >= windowEnd) {
      windows.push(current);
      current = { writes: 0, writeMs: 0, reads: 0, readMs: 0 };
      windowEnd += WINDOW_SECONDS * 1000;
    }
  }
  await bench.sandbox.close();
  await reference.sandbox.close();
  const relative = (window: Window) => window.writeMs / window.writes / (window.readMs / window.reads);
  const first = windows[0];
  const last = windows[windows.length - 1];
  const ratio = first === undefined || last === undefined ? 0 : relative(first) / relative(last);
  const floor = round(1 / SCALE_TARGET, 2);
  console.log(
    `\nKeyed writes (POST /customers with Idempotency-Key) for ${WRITE_SECONDS} s, per ${WINDOW_SECONDS}-s window:`,
  );
  console.log(
    `  writes/s:            ${windows.map((w) => String(Math.round((w.writes * 1000) / w.writeMs)).padStart(5)).join(' ')}`,
  );
  console.log(`  write / reference:   ${windows.map((w) => relative(w).toFixed(2).padStart(5)).join(' ')}`);
  console.log(
    `${ratio >= floor ? 'PASS' : 'FAIL'}  throughput of the last window / the first, against the reference: ${ratio.toFixed(2)}x  (target >= ${floor}x, within ${SCALE_TARGET}x)\n`,
  );
  return [
    {
      metric: `keyed POST /customers over ${WRITE_SECONDS} s: throughput of the last ${WINDOW_SECONDS}-s window / the first, each against a reference read`,
      value: round(ratio, 2),
      unit: 'x',
      target: `>= ${floor}x`,
    },
    {
      metric: `keyed POST /customers: writes per second of write time in the first ${WINDOW_SECONDS}-s window`,
      value: first === undefined ? 0 : Math.round((first.writes * 1000) / first.writeMs),
      unit: 'req/s',
      target: 'reported',
    },
  ];
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function writeResults(results: Result[]): void {
  const directory = fileURLToPath(new URL('../../../bench-results/', import.meta.url));
  mkdirSync(directory, { recursive: true });
  const file = `${directory}sandbox.json`;
  writeFileSync(file, `${JSON.stringify({ name: 'sandbox at scale', results }, null, 2)}\n`);
  console.log(`Written to ${file}`);
}

await main();
