import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BenchResult, REPO_DIR } from './results.ts';

/** The machine the figures were measured on, in one line. */
export function machine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
  return `${model}, ${os.availableParallelism()} cores, ${memory} RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average at start ${load} (1/5/15 min)`;
}

const cell = (value: unknown) => String(value ?? '—').replaceAll('|', '\\|');

/** Writes `BENCHMARKS.md`: the machine, the date, and every benchmark's figures as tables. */
export async function writeReport(
  results: Array<{ file: string; result: BenchResult }>,
  context: { machine: string; startedAt: Date; seconds: number },
): Promise<string> {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `pnpm bench`; every figure below was measured in that run. Do not edit by hand.',
    '',
    `- **Date:** ${context.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC (measuring took ${Math.round(context.seconds)} s, after the build)`,
    `- **Machine:** ${context.machine}`,
    '',
  ];
  for (const { file, result } of results) {
    lines.push(`## ${result.name}`, '', `From \`bench-results/${file}\`.`, '');
    lines.push('| metric | value | unit | target |', '| --- | ---: | --- | --- |');
    for (const figure of result.results) {
      lines.push(
        `| ${cell(figure.metric)} | ${cell(figure.value)} | ${cell(figure.unit)} | ${cell(figure.target)} |`,
      );
    }
    lines.push('');
    for (const note of result.notes ?? []) lines.push(`- ${note}`);
    if (result.notes?.length) lines.push('');
  }
  const file = path.join(REPO_DIR, 'BENCHMARKS.md');
  await writeFile(file, lines.join('\n'));
  return file;
}
