import type { KycDocument } from '@dinie-embed/api';
import { newIdempotencyKey } from '@dinie-embed/api';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDinieRuntime } from '../dinieContext.ts';
import { type DinieErrorReason, errorReason } from '../errorReason.ts';
import { customerMutations, type UploadDocumentVariables } from '../queries/customers.ts';

/** Where one upload stands; `cancelled` after {@link UseUploadDocumentResult.cancel}. */
export type UploadStatus = 'idle' | 'uploading' | 'success' | 'error' | 'cancelled';

/** What to upload. */
export interface UploadDocumentRequest {
  /** The customer the document belongs to. */
  customerId: string;
  /** The KYC item it answers: one of the `type` keys of the customer's `kyc` list (`ccmei`, `cnh`, `selfie`). */
  type: string;
  /** The file, PDF, JPEG or PNG. */
  file: Blob;
  /** File name sent with it (default: the `File`'s own name). */
  filename?: string | undefined;
}

/** What {@link useUploadDocument} returns. */
export interface UseUploadDocumentResult {
  /** Where the upload stands, for `data-state`. */
  status: UploadStatus;
  /** Share of the file sent, 0 to 1; it never goes back within one attempt and starts over on `retry`. */
  progress: number;
  /** The stored document once the upload succeeded. */
  document: KycDocument | null;
  /** The failure (a `DinieApiError`), or `null`. */
  error: Error | null;
  /** Why it failed (`too_large`, `unsupported_file`, `offline`, …), or `null`. */
  reason: DinieErrorReason | null;
  /** Starts a new upload, replacing (and cancelling) the one in progress. */
  upload: (request: UploadDocumentRequest) => void;
  /** Cancels the upload in progress. */
  cancel: () => void;
  /** Sends the last upload again with the same `Idempotency-Key`, so it is stored at most once. */
  retry: () => void;
  /** Back to `idle`, forgetting the last upload. */
  reset: () => void;
}

/**
 * One KYC document upload with its own state: progress as the file is sent (byte by byte in
 * browsers), cancellation, and a retry that reuses the same `Idempotency-Key` so an upload whose
 * answer was lost is not stored twice. A new `upload` is a new document (a replacement) with a
 * new key. On success the customer is refetched, so its `kyc` item shows `submitted`.
 *
 * Call it once per upload slot (one per KYC item shown). Unmounting cancels the upload in progress.
 *
 * @example
 * const { upload, progress, status, cancel, retry } = useUploadDocument();
 * <input type="file" onChange={(event) => upload({ customerId, type: 'cnh', file: event.target.files[0] })} />
 * <progress value={progress} data-state={status} />
 */
export function useUploadDocument(): UseUploadDocumentResult {
  const { queryClient } = useDinieRuntime('useUploadDocument');
  const mutation = useMutation(customerMutations.uploadDocument(), queryClient);
  const [progress, setProgress] = useState(0);
  const last = useRef<{ request: UploadDocumentRequest; idempotencyKey: string } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const { mutate, reset: resetMutation } = mutation;

  // Nobody is left to show the result or retry it, and a document the borrower walked away from
  // must not be stored.
  useEffect(() => () => controller.current?.abort(), []);

  const send = useCallback(
    (request: UploadDocumentRequest, idempotencyKey: string) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      last.current = { request, idempotencyKey };
      setProgress(0);
      const variables: UploadDocumentVariables = {
        ...request,
        idempotencyKey,
        signal: current.signal,
        onProgress: ({ loaded, total }) => {
          // A replaced upload may still report a last chunk.
          if (controller.current === current && total > 0) setProgress(Math.min(1, loaded / total));
        },
      };
      mutate(variables, { onSuccess: () => setProgress(1) });
    },
    [mutate],
  );

  const upload = useCallback((request: UploadDocumentRequest) => send(request, newIdempotencyKey()), [send]);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const retry = useCallback(() => {
    if (!last.current)
      throw new Error('`useUploadDocument().retry()` has no upload to retry; call `upload` first.');
    send(last.current.request, last.current.idempotencyKey);
  }, [send]);
  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    last.current = null;
    setProgress(0);
    resetMutation();
  }, [resetMutation]);

  const reason = errorReason(mutation.error);
  const status: UploadStatus = mutation.isPending
    ? 'uploading'
    : mutation.isSuccess
      ? 'success'
      : mutation.isError
        ? reason === 'cancelled'
          ? 'cancelled'
          : 'error'
        : 'idle';
  return {
    status,
    progress,
    document: mutation.data ?? null,
    error: status === 'cancelled' ? null : mutation.error,
    reason: status === 'cancelled' ? null : reason,
    upload,
    cancel,
    retry,
    reset,
  };
}
