import { describe, expect, it } from 'vitest';
import { createIdFactory, randomHex } from './ids.ts';

describe('ids', () => {
  it('makes prefixed ids of 32 lowercase hex that sort by creation, even within one millisecond', () => {
    let now = 1_772_618_400_000;
    const newId = createIdFactory(() => now);
    const ids = [newId('cust_'), newId('cust_'), newId('cust_')];
    now += 1;
    ids.push(newId('cust_'));
    for (const id of ids) expect(id).toMatch(/^cust_[0-9a-f]{32}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
  });

  it('never goes backwards when the clock does', () => {
    let now = 2_000_000;
    const newId = createIdFactory(() => now);
    const first = newId('ln_');
    now -= 1000;
    expect(newId('ln_') > first).toBe(true);
  });

  it('draws random hex from Web Crypto', () => {
    expect(randomHex(16)).toMatch(/^[0-9a-f]{32}$/);
    expect(randomHex(16)).not.toBe(randomHex(16));
  });
});
