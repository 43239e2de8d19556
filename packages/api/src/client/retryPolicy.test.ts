import { describe, expect, test } from 'vitest';
import {
  BACKOFF_CAP_MS,
  backoffDelayMs,
  isRetryableStatus,
  RETRY_AFTER_CAP_MS,
  retryDelayMs,
} from './retryPolicy.ts';

describe('delays', () => {
  test('the backoff window doubles from 500 ms and stops at 8 s', () => {
    const top = (retry: number): number => backoffDelayMs(retry, () => 0.999_999);
    expect([0, 1, 2, 3, 4, 5, 10].map(top)).toEqual([499, 999, 1999, 3999, 7999, 7999, 7999]);
    expect(backoffDelayMs(3, () => 0)).toBe(0);
    expect(BACKOFF_CAP_MS).toBe(8000);
  });

  test('a server wait wins over the backoff and is capped at 60 s', () => {
    expect(retryDelayMs(0, 2, () => 0.5)).toBe(2000);
    expect(retryDelayMs(0, 0.0004, () => 0.5)).toBe(1);
    expect(retryDelayMs(0, 3600, () => 0.5)).toBe(RETRY_AFTER_CAP_MS);
    expect(retryDelayMs(2, undefined, () => 0.5)).toBe(1000);
  });
});

test('retryable statuses are exactly 408, 429 and every 5xx but 501', () => {
  const statuses = Array.from({ length: 200 }, (_, i) => 400 + i);
  const retryable = statuses.filter(isRetryableStatus);
  expect(retryable).toEqual([408, 429, ...statuses.filter((status) => status >= 500 && status !== 501)]);
  expect(retryable).toEqual(expect.arrayContaining([505, 507, 508, 511, 520, 599]));
  expect(isRetryableStatus(501)).toBe(false);
  expect(statuses.filter((status) => status < 500).filter(isRetryableStatus)).toEqual([408, 429]);
});
