import type { DinieApiErrorInit, DinieApiFieldError } from '../DinieApiError.ts';
import { retryAfterSeconds } from './retryAfter.ts';

/** The parts of an HTTP error response the client keeps once the body has been read. */
export interface ErrorResponseParts {
  /** HTTP status code. */
  status: number;
  /** Reason phrase, which HTTP/2 and some runtimes leave empty. */
  statusText: string;
  /** Response headers. */
  headers: Headers;
  /** Raw body text, possibly empty or not JSON at all. */
  bodyText: string;
  /** When the answer arrived, in epoch milliseconds: `Retry-After` may be an HTTP-date. */
  receivedAt: number;
}

const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * Reads an HTTP error response into what its `DinieApiError` is made of. Reads RFC 9457 problems,
 * plain JSON errors (`{ message }`, `{ error: { code, message } }`, OAuth's `{ error,
 * error_description }`) and bodies that are not JSON at all, and the wait the server asked for
 * (`retryAfter`); it never throws. The transport builds the error itself, so this lazily loaded
 * parser shares no code with the client's eager part.
 */
export function errorInitFromResponse(response: ErrorResponseParts): DinieApiErrorInit {
  const body = parseObject(response.bodyText);
  const nested = isRecord(body.error) ? body.error : {};
  const fallbackTitle = STATUS_TITLES[response.status] ?? (response.statusText || `HTTP ${response.status}`);
  return {
    status: response.status,
    code: str(body.code) ?? str(nested.code) ?? str(body.error) ?? 'http_error',
    type: str(body.type),
    title: str(body.title) ?? fallbackTitle,
    detail: str(body.detail) ?? str(body.error_description) ?? str(body.message) ?? str(nested.message),
    param: str(body.param) ?? str(nested.param),
    errors: fieldErrors(body.errors),
    requestId: response.headers.get('x-request-id') ?? str(body.request_id),
    instance: str(body.instance),
    retryAfter: retryAfterSeconds(response.headers, response.receivedAt),
  };
}

function parseObject(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : {};
  } catch {
    // An error page from a load balancer is still an error worth reporting by its status.
    return {};
  }
}

function fieldErrors(value: unknown): DinieApiFieldError[] {
  if (!Array.isArray(value)) return [];
  const result: DinieApiFieldError[] = [];
  for (const entry of value) {
    if (!isRecord(entry)) continue;
    const param = str(entry.param) ?? str(entry.field) ?? '';
    const detail = str(entry.detail) ?? str(entry.message) ?? '';
    const code = str(entry.code);
    result.push(code === undefined ? { param, detail } : { param, detail, code });
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
