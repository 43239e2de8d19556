import type { MultipartRequest } from './MultipartRequest.ts';
import { sendStreamed, supportsRequestStreams } from './sendStreamed.ts';
import { sendWithXhr } from './sendWithXhr.ts';

/**
 * Sends one attempt of a multipart upload, choosing at call time the best way the platform has
 * to report progress:
 *
 * 1. nobody listens → plain `fetch` with the `FormData`;
 * 2. `XMLHttpRequest` exists (browsers) and the client uses the global `fetch` → XHR upload
 *    events, byte by byte (a custom `fetch` is always honoured, so it never takes this path);
 * 3. `fetch` takes request streams (Node, Deno) → the encoded body streamed in chunks;
 * 4. otherwise → plain `fetch`, reporting 0 before and the whole file once it is sent.
 */
export async function sendMultipart(request: MultipartRequest): Promise<Response> {
  const { onProgress } = request;
  if (onProgress === undefined) return plainFetch(request);
  if (!request.customFetch && typeof XMLHttpRequest === 'function') return sendWithXhr(request);
  if (supportsRequestStreams()) return sendStreamed(request);
  const total = request.fileSize;
  onProgress({ loaded: 0, total });
  const response = await plainFetch(request);
  onProgress({ loaded: total, total });
  return response;
}

function plainFetch(request: MultipartRequest): Promise<Response> {
  return request.fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.form,
    signal: request.signal,
  });
}
