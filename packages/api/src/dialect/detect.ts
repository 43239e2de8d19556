/** The two published descriptions of Dinie 2026-03-01: the API reference (`docs`) and the official SDKs (`sdk`). */
export type Dialect = 'docs' | 'sdk';

/** Header that names the dialect of a request outright (`docs` or `sdk`); the sandbox honours it first. */
export const DIALECT_HEADER = 'x-dinie-sandbox-dialect';

/** The base path of each dialect. */
export const DIALECT_BASE_PATHS: Readonly<Record<Dialect, string>> = { docs: '/v3', sdk: '/api/v3' };

/** Something to read headers from: a `Headers`, or a getter. */
export type HeaderSource = Headers | { get(name: string): string | null | undefined };

/**
 * Whether a request comes from an official SDK, by the headers they always send:
 * `x-dinie-sdk-language` (JS) or a `User-Agent` starting `Dinie-SDK-` (JS and Python).
 */
export function isSdkTraffic(headers: HeaderSource): boolean {
  if ((headers.get('x-dinie-sdk-language') ?? '') !== '') return true;
  return /^Dinie-SDK-/i.test(headers.get('user-agent') ?? '');
}

/**
 * The dialect to answer a request in: the {@link DIALECT_HEADER} when it names one, else `sdk`
 * for an official SDK's traffic, else by the base path (`/api/v3` → `sdk`, anything else →
 * `docs`). `X-Idempotency-Key` alone does not count: documented clients may send it too.
 */
export function dialectOfRequest(path: string, headers: HeaderSource): Dialect {
  const named = (headers.get(DIALECT_HEADER) ?? '').trim().toLowerCase();
  if (named === 'docs' || named === 'sdk') return named;
  if (isSdkTraffic(headers)) return 'sdk';
  return path === DIALECT_BASE_PATHS.sdk || path.startsWith(`${DIALECT_BASE_PATHS.sdk}/`) ? 'sdk' : 'docs';
}

/** The dialect a base URL names by its path (`…/api/v3` or `…/v3`), or `undefined` (a proxy mount). */
export function dialectOfBaseUrl(baseUrl: string): Dialect | undefined {
  const path = new URL(baseUrl, 'http://base.invalid').pathname.replace(/\/+$/, '');
  if (path.endsWith(DIALECT_BASE_PATHS.sdk)) return 'sdk';
  if (path.endsWith(DIALECT_BASE_PATHS.docs)) return 'docs';
  return undefined;
}

/**
 * The dialect a response body is written in, by the type of its `created_at` (a number in the
 * SDK dialect, a string in the documented one), looking into the first item of a page; or
 * `undefined` when it carries none.
 */
export function dialectOfBody(body: unknown): Dialect | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const first = Array.isArray(record.data) ? (record.data[0] as Record<string, unknown> | undefined) : record;
  const stamp = first?.created_at ?? first?.expires_at;
  if (typeof stamp === 'number') return 'sdk';
  if (typeof stamp === 'string') return 'docs';
  return undefined;
}
