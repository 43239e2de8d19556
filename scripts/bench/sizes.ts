import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { type BenchResult, REPO_DIR, round } from './results.ts';

interface SizeLimitEntry {
  name: string;
  size: number;
  sizeLimit?: number;
  passed?: boolean;
}

/**
 * Bundle sizes, brotli-compressed, of every budget in `.size-limit.cjs` (the same budgets CI
 * enforces with `size-limit`). Fails when one is over its budget.
 */
export async function measureSizes(): Promise<BenchResult> {
  const { stdout } = await promisify(execFile)('pnpm', ['exec', 'size-limit', '--json'], {
    cwd: REPO_DIR,
    maxBuffer: 4 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => {
    // Over budget: size-limit still prints the figures, then exits 1; the report fails below.
    if (error.stdout) return { stdout: error.stdout };
    throw error;
  });
  const entries = JSON.parse(stdout) as SizeLimitEntry[];
  const over = entries.filter((entry) => entry.passed === false).map((entry) => entry.name);
  if (over.length > 0) throw new Error(`Over the size budget: ${over.join(', ')}.`);
  return {
    name: 'Bundle sizes (brotli; React, react-dom and TanStack Query left to the host)',
    results: entries.map((entry) => ({
      metric: entry.name,
      value: round(entry.size / 1000),
      unit: 'kB',
      target: entry.sizeLimit === undefined ? null : `≤ ${round(entry.sizeLimit / 1000)} kB`,
    })),
  };
}
