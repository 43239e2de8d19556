import { describe, expect, test } from 'vitest';
import { retryAfterSeconds } from './retryAfter.ts';

const NOW = Date.parse('2026-03-04T10:00:00Z');

describe('retryAfterSeconds', () => {
  test.each([
    [{ 'retry-after': '30' }, 30],
    [{ 'retry-after': ' 2.5 ' }, 2.5],
    [{ 'retry-after': '0' }, 0],
    [{ 'retry-after': 'Wed, 04 Mar 2026 10:00:30 GMT' }, 30],
    [{ 'retry-after': 'Wed, 04 Mar 2026 09:00:00 GMT' }, 0],
    [{ 'retry-after-ms': '250' }, 0.25],
    [{ 'retry-after-ms': '250', 'retry-after': '30' }, 0.25],
    [{ 'retry-after-ms': 'soon', 'retry-after': '4' }, 4],
  ])('%o → %s s', (headers, seconds) => {
    expect(retryAfterSeconds(new Headers(headers), NOW)).toBe(seconds);
  });

  test.each([
    {},
    { 'retry-after': '' },
    { 'retry-after': '-5' },
    { 'retry-after': 'later' },
    { 'retry-after': '1e3' },
  ])('ignores %o', (headers) => {
    expect(retryAfterSeconds(new Headers(headers), NOW)).toBeUndefined();
  });
});
