import type { MultipartRequest } from './MultipartRequest.ts';

const CHUNK_BYTES = 64 * 1024;

/**
 * Tells whether this runtime's `fetch` can send a `ReadableStream` body (Node 18+, Deno, Chrome
 * over HTTP/2). The usual probe: a runtime that understands streamed bodies asks for `duplex`
 * and does not turn the stream into a text body with a `Content-Type`.
 */
export function supportsRequestStreams(): boolean {
  // Probed on every upload, not cached: it costs one unsent Request, and polyfills may arrive late.
  if (typeof ReadableStream === 'undefined' || typeof Request === 'undefined') return false;
  let duplexAccessed = false;
  try {
    const init = {
      method: 'POST',
      body: new ReadableStream(),
      get duplex() {
        duplexAccessed = true;
        return 'half';
      },
    };
    const hasContentType = new Request('http://localhost/', init as RequestInit).headers.has('Content-Type');
    return duplexAccessed && !hasContentType;
  } catch {
    return false;
  }
}

/**
 * Sends a multipart request as a stream of chunks, reporting each chunk as `fetch` pulls it. The
 * form is encoded up front (through `Response`, which writes the boundary) so the total is exact,
 * at the cost of holding the encoded body in memory; KYC documents are a few megabytes at most.
 */
export async function sendStreamed(request: MultipartRequest): Promise<Response> {
  const encoded = new Response(request.form);
  const contentType = encoded.headers.get('content-type');
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  const total = bytes.byteLength;
  const { onProgress } = request;
  let offset = 0;
  onProgress?.({ loaded: 0, total });
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= total) {
        controller.close();
        return;
      }
      const end = Math.min(offset + CHUNK_BYTES, total);
      controller.enqueue(bytes.subarray(offset, end));
      offset = end;
      onProgress?.({ loaded: offset, total });
    },
  });
  const headers = new Headers(request.headers);
  if (contentType !== null) headers.set('content-type', contentType);
  const init = { method: request.method, headers, body, signal: request.signal, duplex: 'half' };
  return request.fetch(request.url, init as RequestInit);
}
