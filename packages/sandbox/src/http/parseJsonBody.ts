import { ApiError } from './ApiError.ts';

/** A JSON object body, keys as sent. */
export type JsonObject = Record<string, unknown>;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Whether a `Content-Type` names JSON (`application/json`, `application/problem+json`…). */
export function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || /^application\/[\w.-]+\+json$/.test(essence);
}

/**
 * Parses the body of a JSON operation. An empty body is `{}` when `optional` (action endpoints
 * whose body may be left out) and a 400 otherwise; anything but a JSON object is a 400
 * `malformed_body`, a body that is not declared as JSON a 400 `invalid_content_type`.
 */
export function parseJsonBody(raw: Uint8Array, contentType: string | null, optional = false): JsonObject {
  if (raw.byteLength === 0) {
    if (optional) return {};
    throw new ApiError(400, 'malformed_body', 'This operation needs a JSON object body.');
  }
  if (!isJsonContentType(contentType)) {
    throw new ApiError(
      400,
      'invalid_content_type',
      `Send the body as application/json (got ${JSON.stringify(contentType ?? 'no Content-Type')}).`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(raw));
  } catch {
    throw new ApiError(400, 'malformed_body', 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError(400, 'malformed_body', 'The request body must be a JSON object.');
  }
  return value as JsonObject;
}
