import { lazy, Suspense } from 'react';

/** Props of {@link QrCode}. */
export interface QrCodeProps {
  /** The text to encode, usually a URL. */
  value: string;
  /** Accessible name of the image. */
  label: string;
}

// The encoder loads with the first QR code drawn, not with the components that never draw one.
const loadQrSvg = () => import('./QrSvg.tsx');
const QrSvg = lazy(() => loadQrSvg().then((module) => ({ default: module.QrSvg })));

/** Starts loading the QR code encoder ahead of the first code, e.g. when a dialog that shows one may open. */
export function preloadQrCode(): void {
  loadQrSvg().catch(() => undefined);
}

/**
 * An SVG QR code, drawn without inline styles: dark on white in both colour schemes, with the
 * quiet zone the standard asks for, so every phone reads it. The encoder is loaded when the first
 * code renders; until then nothing is drawn.
 */
export function QrCode(props: QrCodeProps) {
  return (
    <Suspense fallback={null}>
      <QrSvg {...props} />
    </Suspense>
  );
}
