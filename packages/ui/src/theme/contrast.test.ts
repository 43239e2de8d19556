import { describe, expect, it } from 'vitest';
import { contrastRatio, ensureContrast, mix, onColor, parseColor, type Rgb, toHex } from './contrast.ts';

const hex = (value: string) => parseColor(value) as Rgb;

describe('contrast', () => {
  it('computes WCAG ratios, including the two the review measured', () => {
    expect(contrastRatio(hex('#ffffff'), hex('#000000'))).toBeCloseTo(21, 5);
    // The README's primary under the dark scheme's default text on primary.
    expect(contrastRatio(hex('#0b5fff'), hex('#0c1f1b'))).toBeCloseTo(3.33, 1);
  });

  it('reads the colour syntaxes browsers compute', () => {
    expect(parseColor('#0b5fff')).toEqual([11, 95, 255]);
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('rgb(11, 95, 255)')).toEqual([11, 95, 255]);
    expect(parseColor('rgba(11, 95, 255, 0.5)')).toEqual([11, 95, 255]);
    expect(parseColor('color(srgb 1 0.5 0)')).toEqual([255, 128, 0]);
    expect(parseColor('oklch(0.5 0.1 200)')).toBeNull();
  });

  it('picks white or black text for any fill, and keeps a preferred one that reads', () => {
    for (let grey = 0; grey <= 255; grey += 5) {
      const fill: Rgb = [grey, grey, grey];
      expect(contrastRatio(onColor([fill], null), fill)).toBeGreaterThanOrEqual(4.5);
    }
    expect(onColor([hex('#0b6e5f')], hex('#fefefe'))).toEqual(hex('#fefefe'));
    expect(onColor([hex('#0b5fff')], hex('#0c1f1b'))).toEqual(hex('#ffffff'));
  });

  it.each([
    ['light', '#ffffff'],
    ['dark', '#12151b'],
  ])('moves any colour just far enough to read on the %s background', (_scheme, background) => {
    const ground = hex(background);
    for (let r = 0; r <= 255; r += 51) {
      for (let g = 0; g <= 255; g += 51) {
        for (let b = 0; b <= 255; b += 51) {
          const color: Rgb = [r, g, b];
          const tint = (candidate: Rgb) => [ground, mix(candidate, ground, 0.09)];
          const result = ensureContrast(color, tint, 4.5);
          for (const against of tint(result))
            expect(contrastRatio(result, against)).toBeGreaterThanOrEqual(4.5);
          // A colour that already reads is left exactly as the partner chose it.
          if (Math.min(...tint(color).map((against) => contrastRatio(color, against))) >= 4.5) {
            expect(toHex(result)).toBe(toHex(color));
          }
        }
      }
    }
  });
});
