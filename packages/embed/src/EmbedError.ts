/**
 * Why an embed failed, as a stable code:
 *
 * - `INVALID_OPTIONS`: `mount` or `update` was called with a missing or wrong option.
 * - `NOT_IN_BROWSER`: `mount` ran where there is no `document` (a server render).
 * - `FRAME_TIMEOUT`: the frame did not answer the handshake in time (wrong `frameUrl`, the page's
 *   `frame-src`, or the frame's `frame-ancestors` refused it).
 * - `SESSION_TOKEN_FAILED`: the host's `fetchSessionToken` threw or resolved to something else
 *   than a token.
 * - `FRAME_ERROR`: the frame reported a failure (e.g. an unknown appearance variable).
 * - `DESTROYED`: `update` was called after `destroy`.
 */
export type EmbedErrorCode =
  | 'INVALID_OPTIONS'
  | 'NOT_IN_BROWSER'
  | 'FRAME_TIMEOUT'
  | 'SESSION_TOKEN_FAILED'
  | 'FRAME_ERROR'
  | 'DESTROYED';

/**
 * The error of the script-tag embed: thrown by `mount` and `update` on misuse, and handed to
 * `onError` when something fails later.
 * @example
 * onError: (error) => { if (error.code === 'FRAME_TIMEOUT') showFallbackLink(); }
 */
export class EmbedError extends Error {
  /** Stable code; see {@link EmbedErrorCode}. */
  readonly code: EmbedErrorCode;

  constructor(code: EmbedErrorCode, message: string, options?: { cause?: unknown }) {
    super(`DinieEmbed: ${message}`, options);
    this.name = 'EmbedError';
    this.code = code;
  }
}
