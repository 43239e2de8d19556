import type { UploadProgressListener } from './uploadProgress.ts';

/** One attempt of a multipart upload, as the transport hands it to an upload strategy. */
export interface MultipartRequest {
  /** The `fetch` the client was configured with. */
  fetch: typeof fetch;
  /** True when `fetch` is the caller's own (an in-browser sandbox, a test double): XHR would bypass it. */
  customFetch: boolean;
  /** Absolute or page-relative URL. */
  url: string;
  /** HTTP method, `POST` for every upload of the API. */
  method: string;
  /** Request headers, without `Content-Type`: each strategy sets the multipart boundary itself. */
  headers: Headers;
  /** Aborts the attempt (caller's abort or timeout). */
  signal: AbortSignal;
  /** The form to send. */
  form: FormData;
  /** Size of the file in bytes, the `total` reported where the body size is not known. */
  fileSize: number;
  /** Progress listener, already made monotonic; `undefined` when nobody listens. */
  onProgress: UploadProgressListener | undefined;
}
