import type { RequestOptions } from './RequestOptions.ts';
import type { UploadProgressListener } from './upload/uploadProgress.ts';
import type { QueryParams } from './url.ts';

/** HTTP methods the Dinie API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A request body, by how it goes on the wire. */
export type TransportBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; value: URLSearchParams }
  | {
      kind: 'multipart';
      form: FormData;
      /** Size of the uploaded file, for progress where the body size is unknown. */
      fileSize: number;
      onProgress: UploadProgressListener | undefined;
    };

/** How a request authenticates: the bearer from `getToken`, or fixed Basic credentials. */
export type TransportAuth = 'bearer' | { basic: string };

/** One logical call, before retries. */
export interface TransportRequest {
  method: HttpMethod;
  /** Path under the base URL, starting with `/`, parameters already encoded. */
  path: string;
  query?: QueryParams | undefined;
  body?: TransportBody | undefined;
  auth: TransportAuth;
  options?: RequestOptions | undefined;
}

/** A successful answer, with what the caller may want besides the body. */
export interface TransportResponse<T> {
  /** The parsed JSON body; `undefined` for `204` and empty bodies. */
  data: T;
  /** HTTP status, e.g. `200` or `201`. */
  status: number;
  /** Response headers. */
  headers: Headers;
  /** `X-Request-Id` of the response. */
  requestId: string | undefined;
}
