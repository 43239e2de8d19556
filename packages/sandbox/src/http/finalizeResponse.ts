import type { RateLimitWindow } from './rateLimiter.ts';

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, Location, Idempotent-Replayed',
};

/**
 * The preflight answer: any origin, the headers the API and its SDKs send. Tokens travel in
 * `Authorization`, never in cookies, so `*` exposes nothing a page could not already read.
 */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers':
        'Authorization, Content-Type, Accept, Idempotency-Key, X-Idempotency-Key, X-Request-Id, X-Dinie-Retry-Count, X-Dinie-Sandbox-Dialect, X-Dinie-Sdk-Language, X-Dinie-Sdk-Version, X-Dinie-Sdk-Runtime',
      'access-control-max-age': '600',
    },
  });
}

/**
 * Adds what every response carries: `X-Request-Id`, CORS, and the `X-RateLimit-*` trio when the
 * request was counted. Rebuilt as a new Response because some responses have immutable headers.
 */
export function finalizeResponse(
  response: Response,
  requestId: string,
  rateLimit: RateLimitWindow | null,
): Response {
  const headers = new Headers(response.headers);
  headers.set('x-request-id', requestId);
  for (const [name, value] of Object.entries(CORS_HEADERS)) headers.set(name, value);
  if (rateLimit !== null) {
    headers.set('x-ratelimit-limit', String(rateLimit.limit));
    headers.set('x-ratelimit-remaining', String(rateLimit.remaining));
    headers.set('x-ratelimit-reset', String(rateLimit.resetAt));
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
