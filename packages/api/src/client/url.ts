/** A scalar a query-string parameter can hold. */
export type QueryScalar = string | number | boolean;

/**
 * Query-string parameters. `undefined` and `null` leave the key out; an array repeats the key once
 * per element.
 */
export type QueryParams = Readonly<Record<string, QueryScalar | readonly QueryScalar[] | null | undefined>>;

/**
 * Joins the client's base URL, an operation path and its query. The base may end in a slash or
 * not, and may be relative (`/dinie` behind a partner's proxy) since browsers resolve it against
 * the page.
 *
 * @param path - begins with `/`, path parameters already encoded by {@link pathParam}.
 */
export function buildUrl(baseUrl: string, path: string, query?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    const values: readonly QueryScalar[] = Array.isArray(value) ? value : [value as QueryScalar];
    for (const item of values) search.append(key, String(item));
  }
  const queryString = search.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${queryString === '' ? '' : `?${queryString}`}`;
}

/**
 * Encodes one path parameter, refusing an empty one: `customers.get('')` would otherwise become
 * `GET /customers/`, a different operation.
 *
 * @throws {TypeError} when `value` is not a non-empty string.
 */
export function pathParam(name: string, value: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new TypeError(`${name} must be a non-empty string, got ${JSON.stringify(value)}.`);
  }
  return encodeURIComponent(value);
}
