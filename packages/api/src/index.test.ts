import { expect, test } from 'vitest';
import { DINIE_API_VERSION } from './index';

test('exposes the API version', () => {
  expect(DINIE_API_VERSION).toBe('2026-03-01');
});
