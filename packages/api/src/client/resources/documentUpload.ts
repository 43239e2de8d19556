import type { TransportBody } from '../TransportRequest.ts';
import { monotonicProgress, type UploadProgressListener } from '../upload/uploadProgress.ts';

/** What `customers.uploadDocument` sends. */
export interface UploadDocumentInput {
  /** The KYC item being answered: one of the `type` keys of the customer's `kyc` list (`ccmei`, `cnh`, `selfie`). */
  type: string;
  /** The document, PDF, JPEG or PNG; a `File` from an `<input type="file">` or any `Blob`. */
  file: Blob;
  /** File name sent in the multipart part (default: the `File`'s own name, else `document`). */
  filename?: string | undefined;
  /**
   * Hears upload progress. In browsers it comes from `XMLHttpRequest`, byte by byte; in Node and
   * Deno from a streamed body; elsewhere as 0 % then 100 %. Reports never go backwards, also
   * across retries.
   */
  onProgress?: UploadProgressListener | undefined;
}

/**
 * Turns an upload input into the multipart body the transport sends, the same `FormData` for
 * every retry of the call.
 *
 * @throws {TypeError} when `type` is empty or `file` is not a `Blob`.
 */
export function createDocumentUpload(input: UploadDocumentInput): TransportBody {
  const { type, file, filename, onProgress } = input;
  if (typeof type !== 'string' || type === '') {
    throw new TypeError('uploadDocument needs `type`, one of the `type` keys of the customer’s `kyc` list.');
  }
  // Duck-typed: a Blob from another realm (an iframe, a test DOM) fails `instanceof` yet uploads fine.
  if (
    typeof file !== 'object' ||
    file === null ||
    typeof file.size !== 'number' ||
    typeof file.slice !== 'function'
  ) {
    throw new TypeError('uploadDocument needs `file` as a Blob or File (e.g. from an <input type="file">).');
  }
  const form = new FormData();
  form.append('type', type);
  form.append('file', file, filename ?? fileName(file) ?? 'document');
  return {
    kind: 'multipart',
    form,
    fileSize: file.size,
    onProgress: onProgress === undefined ? undefined : monotonicProgress(onProgress),
  };
}

function fileName(file: Blob): string | undefined {
  const name: unknown = (file as Partial<File>).name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}
