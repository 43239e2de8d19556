import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type BenchFigure, type BenchResult, REPO_DIR, round } from './results.ts';

interface SizeLimitEntry {
  name: string;
  size: number;
  sizeLimit?: number;
  passed?: boolean;
}

interface AppBundle {
  host: string[];
  initialChunksOnly: (config: unknown) => unknown;
  splitOutputs(
    metafile: import('esbuild').Metafile,
    entryPoint: string,
    cwd: string,
  ): { initial: string[]; lazy: string[] };
}

interface SizeCheck {
  name: string;
  path?: string | string[];
  import?: string | Record<string, string>;
  limit?: string;
  modifyEsbuildConfig?: unknown;
}

const require = createRequire(import.meta.url);
const appBundle = require(path.join(REPO_DIR, 'scripts/size/appBundle.cjs')) as AppBundle;
const checks = require(path.join(REPO_DIR, '.size-limit.cjs')) as SizeCheck[];

/**
 * Bundle sizes of every budget in `.size-limit.cjs` (the same budgets CI enforces with
 * `size-limit`), then, for each budget that counts only what loads before the first render, the
 * same imports bundled again as an app splits them, with the chunks loaded later (`import()`)
 * reported beside the initial ones. Fails when one is over its budget.
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
  const results: BenchFigure[] = entries.map((entry) => ({
    metric: entry.name,
    value: round(entry.size / 1000),
    unit: 'kB',
    target: entry.sizeLimit === undefined ? null : `≤ ${round(entry.sizeLimit / 1000)} kB`,
  }));

  const split = checks.filter((check) => check.modifyEsbuildConfig === appBundle.initialChunksOnly);
  for (const check of split) {
    const sizes = await splitSizes(importsOf(check));
    results.push({
      metric: `${check.name.replace(/: initial JS, gzip$/, '')}: chunks loaded on demand (${sizes.lazyFiles})`,
      value: round(sizes.lazy / 1000),
      unit: 'kB',
      target: null,
    });
  }
  return {
    name: 'Bundle sizes (React, react-dom and TanStack Query left to the host)',
    results,
    notes: [
      '"Initial" is what an app downloads before its first render: esbuild with code splitting, minified and tree-shaken, the entry chunk and every chunk it imports statically, each file gzipped (level 9) and summed; "on demand" is every chunk reached only through `import()` (the dialogs, the QR code encoder, the English copy, the event stream, uploads, error bodies).',
      'Whole-entry budgets read each `import()` of the packages as a static import and bundle everything as one file, brotli (see `scripts/size/appBundle.cjs`).',
    ],
  };
}

/** The `import` of a size-limit check as `{ file: '{ names }' }`. */
function importsOf(check: SizeCheck): Record<string, string> {
  if (typeof check.import === 'object') return check.import;
  const file = Array.isArray(check.path) ? check.path[0] : check.path;
  if (file === undefined || check.import === undefined) {
    throw new Error(`The size check "${check.name}" names no import.`);
  }
  return { [file]: check.import };
}

/** Bundles `imports` as an app splits them and sums the gzip sizes of the initial and the lazy chunks. */
async function splitSizes(imports: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dinie-sizes-'));
  try {
    const entry = path.join(dir, 'entry.js');
    const source = Object.entries(imports)
      .map(([file, names]) => {
        const list = names.replace(/[{}]/g, '').trim();
        return `import ${names} from ${JSON.stringify(path.join(REPO_DIR, file))};\nconsole.log(${list});`;
      })
      .join('\n');
    await writeFile(entry, source);
    const result = await build({
      entryPoints: [entry],
      outdir: path.join(dir, 'out'),
      absWorkingDir: REPO_DIR,
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      treeShaking: true,
      metafile: true,
      write: true,
      external: appBundle.host,
    });
    const { initial, lazy } = appBundle.splitOutputs(result.metafile, entry, REPO_DIR);
    const gzip = async (files: string[]) => {
      let total = 0;
      for (const file of files)
        total += gzipSync(await readFile(path.join(REPO_DIR, file)), { level: 9 }).length;
      return total;
    };
    return {
      initial: await gzip(initial),
      lazy: await gzip(lazy),
      lazyFiles: `${lazy.length} ${lazy.length === 1 ? 'file' : 'files'}`,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
