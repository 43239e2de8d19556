import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { startBrowserStack } from './bench/browserStack.ts';
import { measureEmbedReady } from './bench/embedReady.ts';
import { measurePageRequests } from './bench/pageRequests.ts';
import { measureProxyOverhead } from './bench/proxyOverhead.ts';
import { machine, writeReport } from './bench/report.ts';
import { type BenchResult, REPO_DIR, RESULTS_DIR, readResults, writeResult } from './bench/results.ts';
import { measureSimulationDrag } from './bench/simulationDrag.ts';
import { measureSizes } from './bench/sizes.ts';
import { measureTokenColdStart } from './bench/tokenColdStart.ts';

/*
 * `pnpm bench` (after `pnpm run build`): every package's own `bench` script, which may leave its
 * figures in `bench-results/*.json`, then the kit's end-to-end figures, then `BENCHMARKS.md` from
 * all of them. Each measurement is bounded in count and time, so a 2-core machine finishes in a
 * few minutes.
 */

const startedAt = new Date();
const machineLine = machine();
await rm(RESULTS_DIR, { recursive: true, force: true });

// `--no-bail`: one package's failing benchmark must not hide the others' figures; the run still
// fails at the end, and the failed figures stand in the report against their targets.
const packages = spawnSync(
  'pnpm',
  ['-r', '--if-present', '--no-bail', '--workspace-concurrency=1', 'run', 'bench'],
  {
    cwd: REPO_DIR,
    stdio: 'inherit',
  },
);
if (packages.status !== 0) {
  console.error('\nA package benchmark failed (see above); measuring the rest.');
  process.exitCode = 1;
}

/** Runs one browser measurement on a fresh demo and Chromium. */
async function inBrowser(
  measure: (stack: Awaited<ReturnType<typeof startBrowserStack>>) => Promise<BenchResult>,
) {
  const stack = await startBrowserStack();
  try {
    return await measure(stack);
  } finally {
    await stack.close();
  }
}

const own: Array<[file: string, measure: () => Promise<BenchResult>]> = [
  ['kit-sizes', measureSizes],
  ['kit-proxy-overhead', measureProxyOverhead],
  ['kit-token-cold-start', measureTokenColdStart],
  ['kit-page-requests', () => inBrowser(measurePageRequests)],
  ['kit-simulation-drag', () => inBrowser(measureSimulationDrag)],
  ['kit-embed-ready', () => inBrowser(measureEmbedReady)],
];
for (const [file, measure] of own) {
  console.log(`\n== ${file}`);
  const result = await measure();
  for (const figure of result.results) console.log(`  ${figure.metric}: ${figure.value} ${figure.unit}`);
  await writeResult(file, result);
}

// The kit's own figures first, in the order above, then the packages' own.
const order = own.map(([file]) => `${file}.json`);
const rank = (file: string) => (order.includes(file) ? order.indexOf(file) : order.length);
const all = (await readResults()).sort((a, b) => rank(a.file) - rank(b.file));
const report = await writeReport(all, {
  machine: machineLine,
  startedAt,
  seconds: (Date.now() - startedAt.getTime()) / 1000,
});
console.log(`\nWrote ${report}`);
