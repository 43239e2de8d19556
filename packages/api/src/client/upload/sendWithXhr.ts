import type { MultipartRequest } from './MultipartRequest.ts';

/**
 * Sends a multipart request with `XMLHttpRequest`, the one browser API that reports upload
 * progress over HTTP/1.1, and hands the answer back as a `Response` so the rest of the client
 * reads it like any `fetch` result. Failures reject the way `fetch` does: a `TypeError` for the
 * network and the signal's reason for an abort.
 */
export function sendWithXhr(request: MultipartRequest): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const { signal, onProgress, fileSize } = request;
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbort = (): void => xhr.abort();
    const settle = (): void => signal.removeEventListener('abort', onAbort);

    xhr.open(request.method, request.url);
    request.headers.forEach((value, name) => {
      xhr.setRequestHeader(name, value);
    });
    if (onProgress !== undefined) {
      xhr.upload.addEventListener('progress', (event) => {
        onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : fileSize });
      });
      xhr.upload.addEventListener('load', (event) => {
        const total = event.lengthComputable ? event.total : fileSize;
        onProgress({ loaded: total, total });
      });
    }
    xhr.addEventListener('load', () => {
      settle();
      // `new Response` refuses a body on null-body statuses and any status outside 200..599.
      if (xhr.status < 200 || xhr.status > 599) {
        reject(new TypeError(`Upload failed with an unusable status ${xhr.status}.`));
        return;
      }
      const body = [204, 205, 304].includes(xhr.status) ? null : xhr.responseText;
      resolve(
        new Response(body, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: parseHeaders(xhr.getAllResponseHeaders()),
        }),
      );
    });
    xhr.addEventListener('error', () => {
      settle();
      reject(new TypeError('Network request failed.'));
    });
    xhr.addEventListener('abort', () => {
      settle();
      reject(signal.reason ?? new DOMException('The upload was aborted.', 'AbortError'));
    });
    signal.addEventListener('abort', onAbort, { once: true });
    xhr.send(request.form);
  });
}

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    try {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    } catch {
      // A header name `Headers` rejects cannot matter to the client; drop it.
    }
  }
  return headers;
}
