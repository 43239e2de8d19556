import { DinieApiError } from '../DinieApiError.ts';

/**
 * The errors the client raises itself, when no HTTP error response explains a failure. Kept in
 * one place so each client code always comes with the same title.
 */

/** The caller's signal aborted the call; `reason` is the signal's reason. */
export function abortedError(reason: unknown): DinieApiError {
  return new DinieApiError({
    code: 'aborted',
    title: 'Request aborted',
    detail: 'The request was aborted.',
    cause: reason,
  });
}

/** An attempt ran past its time limit. */
export function timeoutError(operation: string, timeoutMs: number, cause: unknown): DinieApiError {
  return new DinieApiError({
    code: 'timeout',
    title: 'Request timed out',
    detail: `No complete response from ${operation} within ${timeoutMs} ms.`,
    cause,
  });
}

/** The request never got a response: refused, reset, DNS, TLS, CORS. */
export function networkError(operation: string, cause: unknown): DinieApiError {
  return new DinieApiError({
    code: 'network_error',
    title: 'Network error',
    detail: `Could not reach the Dinie API (${operation}): ${describe(cause)}.`,
    cause,
  });
}

/**
 * The partner's `getToken` failed (`cause` is its error) or resolved to something other than a
 * non-empty string (`cause` is a `TypeError` saying what it gave).
 */
export function tokenError(detail: string, cause: unknown): DinieApiError {
  return new DinieApiError({
    code: 'token_error',
    title: 'Token unavailable',
    detail,
    cause,
  });
}

/** A successful status came with a body the client cannot use. */
export function invalidResponseError(
  status: number,
  detail: string,
  requestId: string | undefined,
  cause?: unknown,
): DinieApiError {
  return new DinieApiError({
    status,
    code: 'invalid_response',
    title: 'Invalid response',
    detail,
    requestId,
    cause,
  });
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // undici hides the socket error (ECONNRESET, ECONNREFUSED) one level down.
  const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
  return `${cause.message}${inner}`;
}
