/** Lowercase hex of `bytes` random bytes, from Web Crypto so the core runs in browsers too. */
export function randomHex(bytes: number): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(buffer, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Makes ids of the form `<prefix><32 hex>` from a clock. */
export type IdFactory = (prefix: string) => string;

/**
 * Ids whose 32 hex digits start with the creation time and a counter, then random bits: sorting
 * ids sorts by creation, so "newest first, id as tie-break" lists keep the order things happened
 * in even when several share a timestamp.
 */
export function createIdFactory(now: () => number): IdFactory {
  let lastTime = 0;
  let counter = 0;
  return (prefix) => {
    const time = Math.max(now(), lastTime);
    counter = time === lastTime ? counter + 1 : 0;
    lastTime = time;
    const timeHex = Math.floor(time).toString(16).padStart(12, '0').slice(-12);
    const counterHex = (counter % 0x10000).toString(16).padStart(4, '0');
    return `${prefix}${timeHex}${counterHex}${randomHex(8)}`;
  };
}
