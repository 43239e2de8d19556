/** Per-call options, accepted as the last argument of every client method. */
export interface RequestOptions {
  /**
   * Cancels the call, including any wait between retries. An aborted call rejects with a
   * `DinieApiError` of code `aborted` and is never retried.
   */
  signal?: AbortSignal | undefined;
  /**
   * Time limit of each attempt in milliseconds (default: the client's `timeoutMs`). An attempt
   * that runs out is retried like a network error; the last one rejects with code `timeout`.
   */
  timeoutMs?: number | undefined;
  /**
   * `Idempotency-Key` to send instead of a fresh one, e.g. a key stored with a pending form so a
   * reload resubmits the same write. Sent on any method when given.
   */
  idempotencyKey?: string | undefined;
  /** Extra request headers for this call; they win over the client's `headers`. */
  headers?: Readonly<Record<string, string>> | undefined;
}

/** What a token callback is told about the token it should return. */
export interface TokenRequestContext {
  /**
   * `true` after Dinie answered `401` to the last token: the cached one is stale, fetch a new one.
   */
  forceRefresh: boolean;
  /** The call's signal, to cancel a token request nobody waits for any more. */
  signal?: AbortSignal | undefined;
}

/**
 * Supplies the bearer token, asked before every attempt that needs one. Cache in the callback;
 * the client keeps no token of its own.
 */
export type GetToken = (context: TokenRequestContext) => Promise<string>;
