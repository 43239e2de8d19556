/**
 * Fails when `src/generated/openapi.ts` is not what `openapi.yaml` generates today.
 *
 * Renders into a temporary file with the same code as `generate.mjs` and compares it with the
 * committed file, so CI catches a document edited without regenerating (or a hand edit to the
 * generated file).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TARGET, writeTypes } from './generate.mjs';

const committedPath = fileURLToPath(TARGET);
const shown = relative(process.cwd(), committedPath);
const scratch = await mkdtemp(join(tmpdir(), 'dinie-openapi-'));
const freshPath = await writeTypes(join(scratch, 'openapi.ts'));
const fresh = await readFile(freshPath, 'utf8');

let committed;
try {
  committed = await readFile(committedPath, 'utf8');
} catch (error) {
  if (error?.code !== 'ENOENT') throw error;
  committed = undefined;
}

if (committed === fresh) {
  await rm(scratch, { recursive: true, force: true });
  console.log(`${shown} is up to date with openapi.yaml.`);
} else {
  const fix = 'Run `pnpm --filter @dinie-embed/api run generate` and commit the result.';
  if (committed === undefined) {
    console.error(`${shown} is missing. ${fix}`);
  } else {
    const before = committed.split('\n');
    const after = fresh.split('\n');
    let line = 0;
    while (line < before.length && before[line] === after[line]) line += 1;
    console.error(
      `${shown} is stale: it differs from what openapi.yaml generates, first at line ${line + 1}.`,
    );
    console.error(`  committed: ${before[line] ?? '<end of file>'}`);
    console.error(`  generated: ${after[line] ?? '<end of file>'}`);
    // The fresh file is kept so the whole difference can be inspected.
    console.error(`  full diff: diff ${committedPath} ${freshPath}`);
    console.error(fix);
  }
  process.exitCode = 1;
}
