import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where every benchmark of the repository leaves its figures, one JSON file each (gitignored). */
export const RESULTS_DIR = path.join(REPO_DIR, 'bench-results');

/** One measured figure. */
export interface BenchFigure {
  metric: string;
  value: number;
  unit: string;
  /** What it should be, in words (`≤ 6 kB`, `1`); null where there is no target. */
  target: string | number | null;
}

/** What one benchmark writes to `bench-results/<file>.json`. */
export interface BenchResult {
  name: string;
  results: BenchFigure[];
  /** Anything a reader needs to read the figures right (conditions, what was not measured). */
  notes?: string[];
}

/** Writes one benchmark's figures where the report picks them up. */
export async function writeResult(file: string, result: BenchResult): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(path.join(RESULTS_DIR, `${file}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

/** Every `bench-results/*.json` of this run and of the other benchmarks, in file-name order. */
export async function readResults(): Promise<Array<{ file: string; result: BenchResult }>> {
  const files = (await readdir(RESULTS_DIR).catch(() => [])).filter((f) => f.endsWith('.json')).sort();
  const read: Array<{ file: string; result: BenchResult }> = [];
  for (const file of files) {
    const parsed = JSON.parse(await readFile(path.join(RESULTS_DIR, file), 'utf8')) as Partial<BenchResult>;
    if (typeof parsed.name !== 'string' || !Array.isArray(parsed.results)) {
      throw new Error(
        `bench-results/${file} is not { "name", "results": [{ "metric", "value", "unit", "target" }] }.`,
      );
    }
    read.push({ file, result: parsed as BenchResult });
  }
  return read;
}

/** Rounds for display without inventing precision. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
