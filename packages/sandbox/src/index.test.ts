import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './index.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Every source file reachable from `entry` through relative imports, with its bare imports. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map(
      (match) => match[1] ?? '',
    );
    graph.set(
      file,
      specifiers.filter((specifier) => !specifier.startsWith('.')),
    );
    for (const specifier of specifiers)
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
  };
  visit(resolve(here, entry));
  return graph;
}

describe('the package entry', () => {
  it('reaches no Node built-in and no Node server, so it runs in browsers', () => {
    const graph = importGraph('index.ts');
    expect(graph.size).toBeGreaterThan(30);
    const bare = new Set([...graph.values()].flat());
    expect(
      [...bare].filter((specifier) => specifier.startsWith('node:') || specifier.includes('node-server')),
    ).toEqual([]);
    expect([...bare].sort()).toEqual(['@dinie-embed/api', '@dinie-embed/api/credit', 'hono', 'tinyqueue']);
  });

  it('answers requests in-process through sandbox.fetch', async () => {
    const sandbox = createSandbox({
      clientId: 'dinie_ci_00000000000000000000000000000abc',
      clientSecret: 'dinie_cs_test_abc',
    });
    const response = await sandbox.fetch(new Request('https://sandbox.local/'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ base_url: 'https://sandbox.local/v3' });
    expect(await sandbox.credentials).toEqual({
      clientId: 'dinie_ci_00000000000000000000000000000abc',
      clientSecret: 'dinie_cs_test_abc',
    });
    await sandbox.close();
  });

  it('fails fast on options that make no sense', () => {
    expect(() => createSandbox({ stepMs: -1 })).toThrow(/stepMs/);
    expect(() => createSandbox({ startAt: 'someday' })).toThrow(/startAt/);
    expect(() => createSandbox({ offer: { approvedCents: 1, minCents: 2 } })).toThrow(/approvedCents/);
  });

  it('checks every offer term and option with a message that says how to fix it', () => {
    const refused: Array<[Parameters<typeof createSandbox>[0], RegExp]> = [
      [
        { offer: { interestRatePercent: 0 } },
        /`offer\.interestRatePercent` must be a number greater than 0, got 0/,
      ],
      [{ offer: { interestRatePercent: Number.NaN } }, /offer\.interestRatePercent/],
      [{ offer: { installments: 0 } }, /`offer\.installments` must be a whole number from 1 to 600/],
      [{ offer: { installments: 601 } }, /offer\.installments/],
      [{ offer: { installments: 6.5 } }, /offer\.installments/],
      [
        { offer: { installments: { min: 12, max: 3 } } },
        /offer\.installments\.min.*≤.*offer\.installments\.max/,
      ],
      [{ offer: { installments: { min: 0, max: 3 } } }, /offer\.installments\.min/],
      [{ offer: { validDays: 0 } }, /offer\.validDays/],
      [{ offer: { approvedCents: 1_000_000.5 } }, /`offer\.approvedCents` must be a whole number of cents/],
      [{ offer: { minCents: 0 } }, /offer\.minCents/],
      [{ feeCents: 12.5 }, /feeCents/],
      [{ feeCents: -1 }, /feeCents/],
      [{ iofMode: 'upfront' as 'financed' }, /`iofMode` must be "financed" or "deducted"/],
      [{ rateLimit: { limit: 0.5, windowSeconds: 60 } }, /rateLimit\.limit/],
      [{ maxUploadBytes: 0 }, /maxUploadBytes/],
      [{ biometricsSessionMinutes: 0 }, /biometricsSessionMinutes/],
      [{ webhookRetryDelaysMs: [5000, -1] }, /webhookRetryDelaysMs\[1\]/],
      [{ webhookTimeoutMs: 0 }, /webhookTimeoutMs/],
      [{ stepMs: 2 ** 31 }, /stepMs/],
      [{ startAt: '+010000-01-01T00:00:00Z' }, /startAt/],
      [{ publicUrl: 'ftp://example.com' }, /publicUrl/],
      [{ clientId: 'a:b' }, /clientId/],
    ];
    for (const [options, message] of refused) {
      expect(() => createSandbox(options), JSON.stringify(options)).toThrow(message);
    }
  });
});
