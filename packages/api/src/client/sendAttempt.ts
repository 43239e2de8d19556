import type { DinieApiError } from '../DinieApiError.ts';
import { createAttemptSignal } from './attemptSignal.ts';
import { abortedError, networkError, timeoutError } from './clientErrors.ts';
import type { TransportRequest } from './TransportRequest.ts';

/** How one attempt ended: with a response (of any status) and its body, or with no response. */
export type AttemptOutcome =
  | { kind: 'response'; response: Response; bodyText: string }
  | { kind: 'failure'; error: DinieApiError; retryable: boolean };

/** One HTTP attempt of a logical call. */
export interface Attempt {
  fetch: typeof fetch;
  /** True when `fetch` is the caller's own, which uploads must not bypass. */
  customFetch: boolean;
  request: TransportRequest;
  url: string;
  /** Headers of this attempt; the body's `Content-Type` is added here. */
  headers: Headers;
  timeoutMs: number;
}

/**
 * Sends one attempt and reads its whole body, under a signal that the caller's abort and the
 * attempt's timeout both end. Never rejects: a failure comes back as an outcome, retryable unless
 * the caller aborted.
 */
export async function sendAttempt({
  fetch,
  customFetch,
  request,
  url,
  headers,
  timeoutMs,
}: Attempt): Promise<AttemptOutcome> {
  const { body, method } = request;
  // Serialised first: a body JSON cannot represent is the caller's bug, not a network error.
  const json = body?.kind === 'json' ? JSON.stringify(body.value) : undefined;
  const callerSignal = request.options?.signal;
  const attemptSignal = createAttemptSignal(callerSignal, timeoutMs);
  const { signal } = attemptSignal;
  try {
    let response: Response;
    if (body?.kind === 'multipart') {
      const { form, fileSize, onProgress } = body;
      // The boundary is chosen while encoding; a preset multipart Content-Type would lack it.
      headers.delete('content-type');
      // Loaded when the first upload starts, so an app that never uploads never ships it.
      const { sendMultipart } = await import('./upload/sendMultipart.ts');
      response = await sendMultipart({
        fetch,
        customFetch,
        url,
        method,
        headers,
        signal,
        form,
        fileSize,
        onProgress,
      });
    } else if (json !== undefined) {
      headers.set('content-type', 'application/json');
      response = await fetch(url, { method, headers, body: json, signal });
    } else if (body?.kind === 'form') {
      headers.set('content-type', 'application/x-www-form-urlencoded');
      response = await fetch(url, { method, headers, body: body.value, signal });
    } else {
      response = await fetch(url, { method, headers, signal });
    }
    // The body is read under the same signal, so a server that stalls mid-body also times out.
    return { kind: 'response', response, bodyText: await response.text() };
  } catch (cause) {
    const operation = `${method} ${request.path}`;
    if (callerSignal?.aborted)
      return { kind: 'failure', error: abortedError(callerSignal.reason), retryable: false };
    if (attemptSignal.timedOut) {
      return { kind: 'failure', error: timeoutError(operation, timeoutMs, cause), retryable: true };
    }
    return { kind: 'failure', error: networkError(operation, cause), retryable: true };
  } finally {
    attemptSignal.dispose();
  }
}
