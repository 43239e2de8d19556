import path from 'node:path';
import type { BrowserConfigOptions } from 'vitest/node';
import { BASELINE_DIR, COLOUR_THRESHOLD, HOSTILE_PREFIX, REVIEW_DIR } from './variants.ts';

type ScreenshotOptions = NonNullable<NonNullable<BrowserConfigOptions['expect']>['toMatchScreenshot']>;

/**
 * How story screenshots are compared and stored. One baseline per story and variant, shared by
 * every machine of the kind CI runs on (Debian's Chromium, the pinned font), so the file name
 * carries neither browser nor platform. Pixels whose colour moved less than `threshold` and
 * anti-aliasing are ignored; a handful of stray pixels are allowed, while any real change
 * (a pixel of padding moves whole lines of text) differs in hundreds.
 */
export const screenshotOptions: ScreenshotOptions = {
  comparatorName: 'pixelmatch',
  comparatorOptions: { threshold: COLOUR_THRESHOLD, allowedMismatchedPixels: 20 },
  // Until two screenshots in a row agree; CI machines are shared, so allow for slow ones.
  timeout: 15_000,
  resolveScreenshotPath: ({ arg, ext, root }) =>
    path.join(
      root,
      BASELINE_DIR,
      `${arg.startsWith(HOSTILE_PREFIX) ? arg.slice(HOSTILE_PREFIX.length) : arg}${ext}`,
    ),
  resolveDiffPath: ({ arg, ext, root }) => path.join(root, REVIEW_DIR, 'files', `${arg}${ext}`),
};
