import { expect, test } from 'vitest';
import { DinieApiError, isDinieApiError } from './DinieApiError.ts';

test('message is the detail, else the title', () => {
  expect(new DinieApiError({ code: 'x', title: 'Conflict', detail: 'Already registered.' }).message).toBe(
    'Already registered.',
  );
  expect(new DinieApiError({ code: 'x', title: 'Conflict' }).message).toBe('Conflict');
});

test('absent parts get safe defaults', () => {
  const error = new DinieApiError({ code: 'network_error', title: 'Network error' });

  expect(error).toMatchObject({
    name: 'DinieApiError',
    status: undefined,
    type: 'about:blank',
    errors: [],
    requestId: undefined,
    retryAfter: undefined,
  });
  expect('cause' in error).toBe(false);
});

test('keeps the cause', () => {
  const cause = new TypeError('fetch failed');
  expect(new DinieApiError({ code: 'network_error', title: 'Network error', cause }).cause).toBe(cause);
});

test('isDinieApiError recognises ours, also from another copy of the package, and nothing else', () => {
  const ours = new DinieApiError({ code: 'x', title: 'X' });
  const otherCopy = Object.create(Error.prototype) as Record<symbol, unknown>;
  Object.defineProperty(otherCopy, Symbol.for('@dinie-embed/api.DinieApiError'), { value: true });

  expect(isDinieApiError(ours)).toBe(true);
  expect(isDinieApiError(otherCopy)).toBe(true);
  expect(isDinieApiError(new Error('x'))).toBe(false);
  expect(isDinieApiError({ name: 'DinieApiError', code: 'x' })).toBe(false);
  expect(isDinieApiError(null)).toBe(false);
  expect(isDinieApiError('DinieApiError')).toBe(false);
});
