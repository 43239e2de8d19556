import { isJsonContentType } from './parseJsonBody.ts';

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The body as it means, not as it was spelled: key order in JSON and multipart boundaries do not count. */
function normalizedBody(contentType: string | null, body: Uint8Array): string {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const boundaryText = boundary?.[1] ?? boundary?.[2];
  // Every fetch of the same FormData picks a fresh random boundary; a retry must still match.
  if (boundaryText !== undefined) return latin1.decode(body).split(boundaryText).join('\u0000');
  if (isJsonContentType(contentType)) {
    try {
      return canonicalJson(JSON.parse(utf8.decode(body)));
    } catch {
      // Not JSON after all (or nested too deep to walk): compare the bytes as they are.
    }
  }
  return latin1.decode(body);
}

/** SHA-256 hex of method, path and normalized body: what makes two requests "the same" for idempotency. */
export async function fingerprintRequest(
  method: string,
  path: string,
  contentType: string | null,
  body: Uint8Array,
): Promise<string> {
  const text = `${method} ${path}\n${normalizedBody(contentType, body)}`;
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
