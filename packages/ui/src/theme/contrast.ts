/** An sRGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number];

/** WCAG 2.2 AA: normal text (1.4.3). */
export const TEXT_CONTRAST = 4.5;
/** WCAG 2.2 AA: borders of controls and focus indicators (1.4.11). */
export const NON_TEXT_CONTRAST = 3;

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance, as WCAG defines it. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `color-mix(in srgb, a weight, b)`: what CSS computes for the derived tokens. */
export function mix(a: Rgb, b: Rgb, weight: number): Rgb {
  return [
    Math.round(a[0] * weight + b[0] * (1 - weight)),
    Math.round(a[1] * weight + b[1] * (1 - weight)),
    Math.round(a[2] * weight + b[2] * (1 - weight)),
  ];
}

/** `#rrggbb`. */
export function toHex(color: Rgb): string {
  return `#${color.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Reads the colours browsers compute: `#rgb`, `#rrggbb`, `rgb()`/`rgba()` and `color(srgb …)`;
 * `null` for anything else (the caller then asks the browser to convert it).
 */
export function parseColor(text: string): Rgb | null {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(value);
  if (rgb) return [rgb[1], rgb[2], rgb[3]].map((c) => clamp(Number(c))) as unknown as Rgb;
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)/.exec(value);
  if (srgb) return [srgb[1], srgb[2], srgb[3]].map((c) => clamp(Number(c) * 255)) as unknown as Rgb;
  return null;
}

function clamp(channel: number): number {
  return Math.min(255, Math.max(0, Math.round(channel)));
}

/**
 * The colour closest to `color` that reaches `min` against every background `against` gives for
 * it (a background may depend on the colour, like a tinted surface). It moves towards white or
 * black, away from the backgrounds first, in 1% steps; the hue stays recognisable. When no mix
 * reaches `min`, black or white, whichever contrasts more.
 */
export function ensureContrast(color: Rgb, against: (candidate: Rgb) => Rgb[], min: number): Rgb {
  const worst = (candidate: Rgb) =>
    Math.min(...against(candidate).map((background) => contrastRatio(candidate, background)));
  if (worst(color) >= min) return color;
  const backgrounds = against(color);
  const backgroundLuminance =
    backgrounds.reduce((sum, background) => sum + luminance(background), 0) / backgrounds.length;
  const away = luminance(color) > backgroundLuminance ? WHITE : BLACK;
  for (const target of [away, away === WHITE ? BLACK : WHITE]) {
    for (let step = 1; step <= 100; step++) {
      const candidate = mix(target, color, step / 100);
      if (worst(candidate) >= min) return candidate;
    }
  }
  return worst(WHITE) >= worst(BLACK) ? WHITE : BLACK;
}

/**
 * The text colour for a fill that takes several shades (rest, hover): `preferred` when it reaches
 * 4.5:1 on all of them, else white or black, whichever reaches more. One of the two always reaches
 * 4.58:1 on any single colour.
 */
export function onColor(fills: Rgb[], preferred: Rgb | null): Rgb {
  const worst = (text: Rgb) => Math.min(...fills.map((fill) => contrastRatio(text, fill)));
  if (preferred !== null && worst(preferred) >= TEXT_CONTRAST) return preferred;
  return worst(WHITE) >= worst(BLACK) ? WHITE : BLACK;
}
