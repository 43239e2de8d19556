import { onDemand, useOnDemand } from '../primitives/onDemand.ts';

/** Props of {@link QrCode}. */
export interface QrCodeProps {
  /** The text to encode, usually a URL. */
  value: string;
  /** Accessible name of the image. */
  label: string;
}

/** The QR code encoder, loaded with the first code drawn, not with components that never draw one. */
export const qrEncoder = onDemand(() => import('./QrSvg.tsx'));

/** Loads the QR code encoder ahead of the first code drawn; resolves once it is there. */
export function loadQrCode(): Promise<void> {
  return qrEncoder.load().then(() => undefined);
}

/**
 * An SVG QR code, drawn without inline styles: dark on white in both colour schemes, with the
 * quiet zone the standard asks for, so every phone reads it. The encoder is loaded when the first
 * code renders (or ahead, with {@link loadQrCode}); until then nothing is drawn.
 */
export function QrCode(props: QrCodeProps) {
  const encoder = useOnDemand(qrEncoder);
  return encoder ? <encoder.QrSvg {...props} /> : null;
}
