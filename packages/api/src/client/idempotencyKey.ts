/**
 * Mints an `Idempotency-Key`: a random UUID v4. The client mints one per logical call and sends
 * the same key on every retry of that call, so Dinie runs a write at most once even when a
 * response is lost on the way back.
 */
export function newIdempotencyKey(): string {
  const webCrypto = globalThis.crypto;
  // `randomUUID` only exists in secure contexts; a page served over plain http on a LAN address
  // still has `getRandomValues`.
  if (typeof webCrypto?.randomUUID === 'function') return webCrypto.randomUUID();
  if (typeof webCrypto?.getRandomValues !== 'function') {
    throw new Error(
      'Idempotency keys need the Web Crypto API (globalThis.crypto), which this runtime lacks.',
    );
  }
  const bytes = webCrypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
