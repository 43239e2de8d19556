import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMask } from './mask.ts';

describe('applyMask', () => {
  it.each([
    ['', '###.###', ''],
    ['1', '###.###', '1'],
    ['123', '###.###', '123'],
    ['1234', '###.###', '123.4'],
    ['1234567', '###.###', '123.456'],
    ['1', '(##) ####', '(1'],
    ['123', '(##) ####', '(12) 3'],
  ])('lays %j over %j as %j', (significant, pattern, masked) => {
    expect(applyMask(significant, pattern)).toBe(masked);
  });

  it('keeps every significant character in order, up to the slots', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\w{0,20}$/), (significant) => {
        const masked = applyMask(significant, '##.###.###/####-##');
        expect(masked.replace(/[./-]/g, '')).toBe(significant.slice(0, 14));
      }),
    );
  });
});
