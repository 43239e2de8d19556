import type { ApiError } from './ApiError.ts';

/** Base of every problem `type`. */
export const PROBLEM_TYPE_BASE = 'https://api.dinie.com.br/errors/';

const CATEGORIES: Record<number, [category: string, title: string]> = {
  400: ['invalid-request', 'Invalid Request'],
  401: ['authentication-failed', 'Authentication Failed'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not Found'],
  405: ['invalid-request', 'Method Not Allowed'],
  409: ['conflict', 'Conflict'],
  413: ['invalid-request', 'Payload Too Large'],
  422: ['validation-failed', 'Validation Failed'],
  429: ['rate-limit-exceeded', 'Too Many Requests'],
};

/** Renders an {@link ApiError} as an RFC 9457 `application/problem+json` response. */
export function problemResponse(error: ApiError, requestId: string, instance: string): Response {
  const [category, title] =
    CATEGORIES[error.status] ??
    (error.status >= 500 ? ['internal', 'Internal Server Error'] : ['invalid-request', 'Invalid Request']);
  const body: Record<string, unknown> = {
    type: `${PROBLEM_TYPE_BASE}${category}`,
    title,
    status: error.status,
    detail: error.detail,
    instance,
    code: error.code,
  };
  if (error.param !== undefined) body.param = error.param;
  if (error.errors !== undefined) body.errors = error.errors;
  // Every 422 lists its fields, even a refusal about state, so clients read one shape.
  else if (error.status === 422)
    body.errors = [{ param: error.param ?? 'body', detail: error.detail, code: error.code }];
  body.request_id = requestId;
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { 'content-type': 'application/problem+json', ...error.headers },
  });
}
