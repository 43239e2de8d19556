import type { BiometricsSession } from '@dinie-embed/api';

const PREFIX = 'dinie:biometrics-session:';

/**
 * Keeps the biometrics session opened in this tab across a reload. Dinie refuses a second session
 * while one runs (409 `session_already_active`) and cannot hand the running one's URL out again,
 * so without this a reload during the capture would lock the borrower out until it expires. The
 * tab's `sessionStorage` is the right scope: the URL is the borrower's own, lives minutes, and a
 * phone that scanned the QR code has its own copy.
 */
export function rememberBiometricsSession(customerId: string, session: BiometricsSession): void {
  try {
    globalThis.sessionStorage?.setItem(PREFIX + customerId, JSON.stringify(session));
  } catch {
    // Storage may be off (privacy modes, quota); the capture still works, only a reload loses it.
  }
}

/** The session this tab opened for the customer and that has not expired, or `undefined`. */
export function rememberedBiometricsSession(
  customerId: string,
  now: number = Date.now(),
): BiometricsSession | undefined {
  if (customerId === '') return undefined;
  try {
    const text = globalThis.sessionStorage?.getItem(PREFIX + customerId);
    if (!text) return undefined;
    const session = JSON.parse(text) as Partial<BiometricsSession>;
    const expiresAt = Date.parse(String(session.expires_at));
    if (typeof session.session_url === 'string' && !Number.isNaN(expiresAt) && expiresAt > now) {
      return session as BiometricsSession;
    }
    globalThis.sessionStorage?.removeItem(PREFIX + customerId);
  } catch {
    // Unreadable or unavailable storage: as if nothing was remembered.
  }
  return undefined;
}
