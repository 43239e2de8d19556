import { newIdempotencyKey } from '@dinie-embed/api';

/**
 * One logical write a person may repeat: a double click, a retry after a timeout, the same form
 * sent again. Every repeat of the same input carries the same `Idempotency-Key`, so Dinie performs
 * the write once; a repeat made while the first is still running shares its answer instead of
 * tripping Dinie's 409 `idempotency_key_in_use`.
 */
export interface Submission<TInput> {
  /** Sends `input` through `send` with the key of this input, joining a send already running. */
  submit<T>(input: TInput, send: (idempotencyKey: string) => Promise<T>): Promise<T>;
  /** Forgets the key, so the next submit is a new write even with the same input. */
  reset(): void;
}

/** Creates a {@link Submission}; hooks keep one per mounted component. */
export function createSubmission<TInput>(): Submission<TInput> {
  let last: { fingerprint: string; key: string } | null = null;
  const running = new Map<string, Promise<unknown>>();

  return {
    submit<T>(input: TInput, send: (idempotencyKey: string) => Promise<T>): Promise<T> {
      const fingerprint = stableJson(input);
      const pending = running.get(fingerprint);
      if (pending) return pending as Promise<T>;
      // Other input is another write: the same key with another body is refused by Dinie (409).
      if (last?.fingerprint !== fingerprint) last = { fingerprint, key: newIdempotencyKey() };
      const promise = send(last.key).finally(() => running.delete(fingerprint));
      running.set(fingerprint, promise);
      return promise;
    },
    reset() {
      last = null;
    },
  };
}

/** JSON with object keys sorted, so `{ a, b }` and `{ b, a }` are the same submission. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    return Object.fromEntries(
      Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
}
