import {
  ensureContrast,
  mix,
  NON_TEXT_CONTRAST,
  onColor,
  parseColor,
  type Rgb,
  TEXT_CONTRAST,
  toHex,
} from './contrast.ts';

const STATUS = [
  ['--dinie-color-danger', 0.08],
  ['--dinie-color-success', 0.08],
  ['--dinie-color-warning', 0.09],
  ['--dinie-color-info', 0.08],
] as const;

/**
 * Keeps every colour of a theme root readable whatever the host chose: the `appearance` of
 * <DinieTheme> or its own CSS on the root. It reads the tokens as the browser computes them on
 * `element`, then writes, through the CSSOM (allowed by a strict CSP), only the ones it changes:
 *
 * - text, muted text, primary (links, ghost buttons, selected items) and the status colours reach
 *   4.5:1 on the background, the surface and their own tinted surface;
 * - the text on primary (`--dinie-color-on-primary`) is the host's choice if it reaches 4.5:1 on
 *   primary and its hover shade, else white or black, whichever reads better;
 * - borders and the focus ring reach 3:1.
 *
 * A colour that misses its ratio moves towards black or white only as far as needed. Returns the
 * custom properties written, to remove before the next derivation.
 */
export function deriveContrast(element: HTMLElement): string[] {
  const read = createColorReader(element);
  if (read === null) return [];
  const written: string[] = [];
  const write = (property: string, before: Rgb, after: Rgb) => {
    if (toHex(before) === toHex(after)) return;
    element.style.setProperty(property, toHex(after));
    written.push(property);
  };
  try {
    const background = read('--dinie-color-background');
    const surface = read('--dinie-color-surface');
    if (background === null || surface === null) return written;
    const grounds = () => [background, surface];

    const text = adjusted(read('--dinie-color-text'), grounds, TEXT_CONTRAST);
    if (text) write('--dinie-color-text', text.before, text.after);
    const muted = adjusted(read('--dinie-color-text-muted'), grounds, TEXT_CONTRAST);
    if (muted) write('--dinie-color-text-muted', muted.before, muted.after);

    const primary = adjusted(
      read('--dinie-color-primary'),
      (candidate) => [background, surface, mix(candidate, background, 0.09)],
      TEXT_CONTRAST,
    );
    if (primary && text) {
      write('--dinie-color-primary', primary.before, primary.after);
      const hover = mix(primary.after, text.after, 0.86);
      const on = onColor([primary.after, hover], read('--dinie-color-on-primary'));
      write('--dinie-color-on-primary', read('--dinie-color-on-primary') ?? on, on);
      // Near the middle of the scale neither white nor black reads on both shades; the hover
      // shade then moves instead, the resting one keeping the host's colour.
      const readableHover = ensureContrast(hover, () => [on], TEXT_CONTRAST);
      write('--dinie-color-primary-hover', hover, readableHover);
    }

    for (const [property, tint] of STATUS) {
      const status = adjusted(
        read(property),
        (candidate) => [background, surface, mix(candidate, background, tint)],
        TEXT_CONTRAST,
      );
      if (status) write(property, status.before, status.after);
    }

    for (const property of ['--dinie-color-border', '--dinie-color-focus']) {
      const control = adjusted(read(property), grounds, NON_TEXT_CONTRAST);
      if (control) write(property, control.before, control.after);
    }
    return written;
  } finally {
    read.dispose();
  }
}

function adjusted(
  before: Rgb | null,
  against: (candidate: Rgb) => Rgb[],
  min: number,
): { before: Rgb; after: Rgb } | null {
  if (before === null) return null;
  return { before, after: ensureContrast(before, against, min) };
}

interface ColorReader {
  (property: string): Rgb | null;
  dispose(): void;
}

/**
 * Resolves a custom property of `element` to sRGB through a hidden probe inside it, so that
 * whatever colour syntax the host used (names, `hsl()`, `oklch()`, `color-mix()`) comes back
 * computed; what the computed value does not say in sRGB is drawn on a 1×1 canvas and read back.
 * `null` outside a browser that computes styles (jsdom), where nothing is derived.
 */
function createColorReader(element: HTMLElement): ColorReader | null {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  // Before the stylesheet applies there is nothing to read: an undefined token would compute to
  // the inherited colour, and deriving from that would overwrite good tokens with bad ones.
  if (view.getComputedStyle(element).getPropertyValue('--dinie-color-background').trim() === '') return null;
  const probe = element.ownerDocument.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.hidden = true;
  element.appendChild(probe);
  let canvas: CanvasRenderingContext2D | null | undefined;
  const read = ((property: string) => {
    probe.style.setProperty('color', `var(${property})`);
    const computed = view.getComputedStyle(probe).color;
    const parsed = parseColor(computed);
    // jsdom hands `var()` back unresolved: it computes no styles, and nothing can be derived.
    if (parsed !== null || computed === '' || computed.includes('var(')) return parsed;
    canvas ??= toCanvas(element.ownerDocument);
    if (!canvas) return null;
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = computed;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
    return [r ?? 0, g ?? 0, b ?? 0] as const;
  }) as ColorReader;
  read.dispose = () => probe.remove();
  return read;
}

function toCanvas(document: Document): CanvasRenderingContext2D | null {
  try {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    return canvas.getContext('2d', { willReadFrequently: true });
  } catch {
    return null;
  }
}
