/**
 * What the visual review captures and where it keeps it, shared by the page (which takes the
 * screenshots) and Node (which stores, compares and reports them).
 */

import type { VisualViewportName } from '../../packages/ui/src/storybook/visualParameters.ts';

/** The widths every story is captured at, with the height of the window around it. */
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const satisfies ReadonlyArray<{ name: VisualViewportName; width: number; height: number }>;

/** Text that differs on every run (a contract number the sandbox draws): its element is hidden too. */
export const VOLATILE_TEXT = /\bCCB-\d{4}-\w+/;

/** The tallest a window grows to fit a long story; the test browser's page is taller still. */
export const MAX_HEIGHT = 3000;

/** How far a pixel's colour may move before it counts as changed (pixelmatch's `threshold`). */
export const COLOUR_THRESHOLD = 0.1;

/** Baselines, committed: `<story id>/<locale>-<scheme>-<viewport>.png`. */
export const BASELINE_DIR = '.storybook/visual/baselines';

/** The review page and the pictures it shows, written when a screenshot differs. */
export const REVIEW_DIR = 'test-results/visual-review';

/**
 * Screenshots taken inside the hostile host page carry this prefix: they are compared with the
 * clean baseline of the same story and variant, and have none of their own.
 */
export const HOSTILE_PREFIX = 'hostile-host/';

/**
 * Parts that differ on every run by nature, hidden (their space kept) in screenshots: the support
 * code (a random request id), the QR code (it encodes a random session code), the capture frame
 * (a page of the biometrics provider) and the progress of an upload in flight. Everything around
 * them is still compared.
 */
export const VOLATILE_SELECTORS = [
  '.dinie-support-code',
  '.dinie-qr',
  '.dinie-biometrics__frame',
  '.dinie-upload[data-state="uploading"] :is(.dinie-upload__file-meta, .dinie-progress)',
] as const;
