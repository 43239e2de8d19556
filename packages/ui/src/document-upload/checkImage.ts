/** Why a photo would likely be refused by the review, found before it is sent. */
export type ImageProblem = 'small' | 'dark' | 'blurry';

/** Pixels to judge: RGBA, row by row, as `ImageData` holds them. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** The shorter side a readable document or face photo needs, in pixels. */
export const MIN_SHORT_SIDE = 480;
/** Mean luma (0–255) under which a photo is too dark to read. */
export const MIN_BRIGHTNESS = 45;
/** Variance of the Laplacian under which a photo has no sharp edge left: moved or out of focus. */
export const MIN_SHARPNESS = 35;

/**
 * Judges a photo the way a reviewer would at a glance: too small (`original` is the file's own
 * size, `pixels` may be scaled down), too dark (mean luma), or visibly blurred (variance of the
 * Laplacian of the luma, the usual focus measure). `null` when it looks fine.
 */
export function assessImage(
  pixels: Pixels,
  original: { width: number; height: number },
): ImageProblem | null {
  if (Math.min(original.width, original.height) < MIN_SHORT_SIDE) return 'small';
  const { width, height, data } = pixels;
  const luma = new Float32Array(width * height);
  let sum = 0;
  for (let i = 0; i < luma.length; i++) {
    const value =
      0.299 * (data[i * 4] ?? 0) + 0.587 * (data[i * 4 + 1] ?? 0) + 0.114 * (data[i * 4 + 2] ?? 0);
    luma[i] = value;
    sum += value;
  }
  if (sum / luma.length < MIN_BRIGHTNESS) return 'dark';
  let count = 0;
  let mean = 0;
  let squares = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const laplacian =
        (luma[i - 1] ?? 0) +
        (luma[i + 1] ?? 0) +
        (luma[i - width] ?? 0) +
        (luma[i + width] ?? 0) -
        4 * (luma[i] ?? 0);
      count++;
      const delta = laplacian - mean;
      mean += delta / count;
      squares += delta * (laplacian - mean);
    }
  }
  if (count > 0 && squares / count < MIN_SHARPNESS) return 'blurry';
  return null;
}

/** The longest side judged; larger photos are scaled down first, which keeps the check fast. */
const SAMPLE_SIDE = 640;

/**
 * Reads a JPEG or PNG in the browser and judges it with {@link assessImage}. `null` for other
 * files, and where the browser cannot decode images off-screen (the check is a help, never a gate).
 */
export async function checkImage(file: Blob): Promise<ImageProblem | null> {
  if (!/^image\/(jpeg|png)$/.test(file.type)) return null;
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  try {
    const scale = Math.min(1, SAMPLE_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    context.drawImage(bitmap, 0, 0, width, height);
    return assessImage(context.getImageData(0, 0, width, height), bitmap);
  } finally {
    bitmap.close();
  }
}
