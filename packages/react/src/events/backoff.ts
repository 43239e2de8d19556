/** The shortest wait before reconnecting or reloading, in ms; doubled per failure up to {@link MAX_RETRY_MS}. */
export const MIN_RETRY_MS = 1_000;
/** The longest wait before reconnecting or reloading, in ms. */
export const MAX_RETRY_MS = 30_000;

/** Waits `ms`, or less when `signal` aborts; never rejects. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
