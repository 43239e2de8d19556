import { useMemo } from 'react';
import { encode } from 'uqr';

import type { QrCodeProps } from './QrCode.tsx';

/**
 * A QR code drawn as one SVG path: each run of dark modules in a row becomes a rectangle. Dark on
 * white in both colour schemes, with the quiet zone the standard asks for, so every phone reads it.
 * {@link QrCode} loads this module, and the encoder with it, when it first renders.
 */
export function QrSvg({ value, label }: QrCodeProps) {
  const { size, path } = useMemo(() => {
    // `M` survives a smudged screen or a glare better than the default `L`.
    const { data, size } = encode(value, { ecc: 'M', border: 2 });
    let d = '';
    data.forEach((row, y) => {
      let x = 0;
      while (x < size) {
        if (!row[x]) {
          x += 1;
          continue;
        }
        const start = x;
        while (x < size && row[x]) x += 1;
        d += `M${start} ${y}h${x - start}v1h${start - x}z`;
      }
    });
    return { size, path: d };
  }, [value]);
  return (
    <svg
      className="dinie-qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-value={value}
    >
      <rect className="dinie-qr__light" width={size} height={size} />
      <path className="dinie-qr__dark" d={path} />
    </svg>
  );
}
