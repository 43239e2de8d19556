import type { Redis } from 'ioredis';
import { StoreUnavailableError } from '../stores/StoreUnavailableError.ts';

/** How a store talks to Redis: fast failure instead of waiting for a connection that is gone. */
export interface GuardOptions {
  /** Longest wait for one Redis command. */
  commandTimeoutMs: number;
  /** What a 503 tells clients to wait. */
  retryAfterSeconds: number;
}

/**
 * Runs one Redis operation, failing at once with a {@link StoreUnavailableError} while the client
 * is not connected and after `commandTimeoutMs` otherwise, whatever the client's own queueing
 * options are: a proxy that waits on a dead Redis holds every borrower's request open.
 */
export async function guardedCall<T>(
  redis: Redis,
  options: GuardOptions,
  what: string,
  run: () => Promise<T>,
): Promise<T> {
  if (redis.status !== 'ready') {
    throw new StoreUnavailableError(`Redis is not connected (${redis.status}); cannot ${what}.`, {
      retryAfterSeconds: options.retryAfterSeconds,
    });
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new StoreUnavailableError(
            `Redis did not answer within ${options.commandTimeoutMs} ms; cannot ${what}.`,
            {
              retryAfterSeconds: options.retryAfterSeconds,
            },
          ),
        ),
      options.commandTimeoutMs,
    );
  });
  try {
    return await Promise.race([run(), timeout]);
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    throw new StoreUnavailableError(`Redis failed; cannot ${what}.`, {
      cause: error,
      retryAfterSeconds: options.retryAfterSeconds,
    });
  } finally {
    clearTimeout(timer);
  }
}
