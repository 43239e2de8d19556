import { isDinieApiError } from '@dinie-embed/api';

/**
 * Why a call failed, as a closed set that a UI can translate exhaustively. The full detail stays
 * on the `DinieApiError` (`code`, `errors[]`, `param`, `requestId`); this package holds no copy.
 *
 * - `already_registered`: the CPF/CNPJ belongs to another borrower (409 `customer_already_exists`).
 * - `invalid_input`: the server rejected fields (400, 422); see `errors[]` and `param`.
 * - `conflict`: the resource is in a state that forbids this (another 409).
 * - `session_expired`: the session token was refused even after a fresh one (401).
 * - `forbidden`: the session may not do this (403).
 * - `not_found`: unknown id, or one of another borrower (404).
 * - `too_large`: the upload exceeds the size limit (413).
 * - `unsupported_file`: the upload's file type is refused (415).
 * - `rate_limited`: too many requests (429); `retryAfter` says how long to wait.
 * - `offline`: no response arrived (network failure or timeout).
 * - `cancelled`: the caller aborted.
 * - `server`: the server failed (5xx) or answered something unreadable.
 * - `unknown`: not an API error, e.g. `fetchSessionToken` threw.
 */
export type DinieErrorReason =
  | 'already_registered'
  | 'invalid_input'
  | 'conflict'
  | 'session_expired'
  | 'forbidden'
  | 'not_found'
  | 'too_large'
  | 'unsupported_file'
  | 'rate_limited'
  | 'offline'
  | 'cancelled'
  | 'server'
  | 'unknown';

/** Classifies any error thrown by a hook into a {@link DinieErrorReason}; `null` for no error. */
export function errorReason(error: unknown): DinieErrorReason | null {
  if (error === null || error === undefined) return null;
  if (!isDinieApiError(error)) return 'unknown';
  switch (error.code) {
    case 'customer_already_exists':
      return 'already_registered';
    case 'network_error':
    case 'timeout':
      return 'offline';
    case 'aborted':
      return 'cancelled';
    case 'invalid_response':
      return 'server';
  }
  const status = error.status ?? 0;
  if (status === 400 || status === 422) return 'invalid_input';
  if (status === 401) return 'session_expired';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too_large';
  if (status === 415) return 'unsupported_file';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'unknown';
}
