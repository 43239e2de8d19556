import { describe, expect, it } from 'vitest';
import { assessImage, type Pixels } from './checkImage.ts';

/** A grey image whose luma at (x, y) is `at(x, y)`. */
function image(width: number, height: number, at: (x: number, y: number) => number): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const value = at(x, y);
      data.set([value, value, value, 255], i);
    }
  }
  return { width, height, data };
}

const SIZE = { width: 1280, height: 960 };
// Text-like strokes: sharp dark lines on a light page.
const sharp = (x: number, y: number) => (x % 12 < 2 || y % 16 < 2 ? 30 : 225);

describe('assessImage', () => {
  it('accepts a sharp, well-lit photo of a readable size', () => {
    expect(assessImage(image(160, 120, sharp), SIZE)).toBeNull();
  });

  it('says a photo is too small when its shorter side is under 480 px', () => {
    expect(assessImage(image(160, 120, sharp), { width: 640, height: 400 })).toBe('small');
  });

  it('says a photo is too dark', () => {
    expect(
      assessImage(
        image(160, 120, (x, y) => sharp(x, y) / 8),
        SIZE,
      ),
    ).toBe('dark');
  });

  it('says a photo is blurred when no sharp edge is left', () => {
    // A smooth gradient: what a moved or out-of-focus shot of the same page turns into.
    expect(
      assessImage(
        image(160, 120, (x) => 90 + x / 2),
        SIZE,
      ),
    ).toBe('blurry');
  });
});
