/*
 * What checking a browser's session token costs the proxy on each request: the first check of a
 * token (HMAC through jose) against the later checks of the same token, which the signer answers
 * from the tokens it has verified. Each token is checked once cold, then once more; the two loops
 * run over the same tokens, one after the other, in one process.
 *
 * Run with `pnpm bench` from the repository root (or `pnpm --filter @dinie-embed/proxy bench`).
 * Writes `bench-results/proxy-session-verify.json` at the repository root.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSessionSigner } from '../src/sessions.ts';

const TOKENS = 5000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const signer = createSessionSigner('proxy-bench-session-secret-0123456789abcdef', 900);
const tokens = await Promise.all(
  Array.from({ length: TOKENS }, (_, i) => signer.issue(`borrower-${i}`).then(({ token }) => token)),
);

/** Microseconds per check over every token; throws if any check fails. */
async function perCheck(): Promise<number> {
  const started = process.hrtime.bigint();
  for (const token of tokens) {
    if ('rejected' in (await signer.verify(token))) throw new Error('a fresh token was refused');
  }
  return Number(process.hrtime.bigint() - started) / 1000 / TOKENS;
}

const first = await perCheck();
const later = await perCheck();
const results = [
  { metric: 'first check of a token (HMAC)', value: Number(first.toFixed(1)), unit: 'µs' },
  { metric: 'later checks of the same token', value: Number(later.toFixed(1)), unit: 'µs' },
];
for (const line of results) console.log(`${line.metric}: ${line.value} ${line.unit}`);
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(
  path.join(root, 'bench-results', 'proxy-session-verify.json'),
  `${JSON.stringify({ name: 'Session token checks', conditions: `${TOKENS} tokens, each checked twice, sequentially`, results }, null, 2)}\n`,
);
