import { describe, expect, it } from 'vitest';
import { roundCents, roundPercent } from './rounding.ts';

describe('roundCents', () => {
  it('rounds half away from zero, through binary noise', () => {
    expect(roundCents(100.5)).toBe(101);
    expect(roundCents(1.005 * 100)).toBe(101);
    expect(roundCents(100.49)).toBe(100);
    expect(roundCents(-100.5)).toBe(-101);
    expect(Object.is(roundCents(-0.2), 0)).toBe(true);
  });
});

describe('roundPercent (ABNT NBR 5891)', () => {
  it('rounds a rate to a percentage with 2 decimals', () => {
    expect(roundPercent(0.383251)).toBe(38.33);
    expect(roundPercent(0.383249)).toBe(38.32);
    expect(roundPercent(0.344889)).toBe(34.49);
    expect(roundPercent(0)).toBe(0);
  });

  it('rounds an exact tie to the even hundredth', () => {
    expect(roundPercent(0.12125)).toBe(12.12);
    expect(roundPercent(0.12135)).toBe(12.14);
    expect(roundPercent(0.00005)).toBe(0);
    expect(roundPercent(0.00015)).toBe(0.02);
  });
});
