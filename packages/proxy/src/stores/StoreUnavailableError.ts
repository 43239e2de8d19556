/**
 * A shared store (Redis, say) could not be reached. The proxy answers it with a 503 problem and
 * `Retry-After`, instead of hanging or answering 500, and a webhook that met it is not
 * acknowledged, so Dinie delivers it again once the store is back.
 */
export class StoreUnavailableError extends Error {
  /** Seconds a client should wait before trying again. */
  readonly retryAfterSeconds: number;

  constructor(message: string, options: { cause?: unknown; retryAfterSeconds?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StoreUnavailableError';
    this.retryAfterSeconds = options.retryAfterSeconds ?? 1;
  }
}
