/**
 * Codes the client gives failures that never produced a usable HTTP response, plus `http_error`
 * for an HTTP error whose body carried no `code` (an HTML page from a proxy, an empty 502), and
 * `token_error` when the partner's `getToken` failed or resolved to something other than a
 * non-empty string (its own error is the `cause`).
 */
export type DinieClientErrorCode =
  | 'network_error'
  | 'timeout'
  | 'aborted'
  | 'invalid_response'
  | 'http_error'
  | 'token_error';

/**
 * Machine-readable error code: the server's `code` (`customer_already_exists`, `token_expired`,
 * `rate_limit_exceeded`, …) or one of the client's own {@link DinieClientErrorCode}s.
 */
// `string & {}` keeps editor completion for the known codes while admitting any server code.
export type DinieErrorCode = DinieClientErrorCode | (string & {});

/** One entry of a problem's `errors[]`: the field at fault and why. */
export interface DinieApiFieldError {
  /** The offending request field, such as `cpf`. */
  readonly param: string;
  /** Human-readable explanation for that field. */
  readonly detail: string;
  /** Machine-readable reason for that field, such as `invalid_format`, when the server gives one. */
  readonly code?: string;
}

/** Everything a {@link DinieApiError} is made of; only `code` and `title` are required. */
export interface DinieApiErrorInit {
  /** HTTP status of the response, or `undefined` when no response arrived. */
  status?: number | undefined;
  /** Server `code` or a client code. */
  code: DinieErrorCode;
  /** Problem `type` URI; `about:blank` when the server gave none. */
  type?: string | undefined;
  /** Short summary of the problem type. */
  title: string;
  /** Explanation specific to this occurrence. */
  detail?: string | undefined;
  /** The single offending parameter, when the server names one. */
  param?: string | undefined;
  /** Per-field errors of a validation problem. */
  errors?: readonly DinieApiFieldError[] | undefined;
  /** `X-Request-Id` of the response, or the body's `request_id`. */
  requestId?: string | undefined;
  /** Problem `instance`, usually the request path. */
  instance?: string | undefined;
  /** Seconds the server asked the client to wait (`Retry-After`, `retry-after-ms`). */
  retryAfter?: number | undefined;
  /** The underlying failure (a `TypeError` from `fetch`, a JSON `SyntaxError`, an abort reason). */
  cause?: unknown;
}

// A registry symbol survives two copies of this package in one bundle, where `instanceof` would not.
const BRAND = Symbol.for('@dinie-embed/api.DinieApiError');

/**
 * The one error type the Dinie client throws for a failed call: an RFC 9457 problem from the API,
 * a non-JSON error page from something in between, or a transport failure (network, timeout,
 * abort, unreadable response). `message` is the text to show a person: `detail`, else `title`.
 *
 * @example
 * try {
 *   await dinie.customers.create(input);
 * } catch (error) {
 *   if (isDinieApiError(error) && error.code === 'customer_already_exists') { … }
 * }
 */
export class DinieApiError extends Error {
  override readonly name = 'DinieApiError';
  /** HTTP status, or `undefined` when no response arrived (network error, timeout, abort). */
  readonly status: number | undefined;
  /** Server `code`, or a {@link DinieClientErrorCode}; stable, safe to branch on. */
  readonly code: DinieErrorCode;
  /** Problem `type` URI (`https://api.dinie.com.br/errors/validation-failed`), or `about:blank`. */
  readonly type: string;
  /** Short summary of the problem type (`Validation Failed`). */
  readonly title: string;
  /** Explanation specific to this occurrence, when given. */
  readonly detail: string | undefined;
  /** The single offending parameter, when the server names one. */
  readonly param: string | undefined;
  /** Per-field errors; empty when the problem has none. */
  readonly errors: readonly DinieApiFieldError[];
  /** Request id to quote to Dinie support, when known. */
  readonly requestId: string | undefined;
  /** Problem `instance`, usually the request path. */
  readonly instance: string | undefined;
  /** Seconds the server asked to wait before trying again, when it said so. */
  readonly retryAfter: number | undefined;

  /** Builds an error from its parts; the client does this, callers rarely need to. */
  constructor(init: DinieApiErrorInit) {
    super(init.detail ?? init.title, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.type = init.type ?? 'about:blank';
    this.title = init.title;
    this.detail = init.detail;
    this.param = init.param;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.instance = init.instance;
    this.retryAfter = init.retryAfter;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Tells whether `value` is a {@link DinieApiError}, also when it comes from another copy of this
 * package.
 */
export function isDinieApiError(value: unknown): value is DinieApiError {
  return (
    value instanceof DinieApiError ||
    (typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true)
  );
}
