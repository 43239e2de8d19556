/** The signal of one HTTP attempt: aborted by the caller's signal or by the attempt's timeout. */
export interface AttemptSignal {
  /** Pass to `fetch`; aborts when either source fires. */
  readonly signal: AbortSignal;
  /** Whether the timeout, not the caller, ended the attempt. */
  readonly timedOut: boolean;
  /** Clears the timer and the listener on the caller's signal; call once the attempt is over. */
  dispose(): void;
}

/**
 * Links the caller's signal and a timeout into one signal for a single attempt. Written by hand
 * rather than with `AbortSignal.any`/`AbortSignal.timeout` because those are missing from
 * Safari before 17.4 and the client must tell a timeout from the caller's abort.
 *
 * @param timeoutMs - `0` or `Infinity` disables the timeout.
 */
export function createAttemptSignal(callerSignal: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException(`The request took longer than ${timeoutMs} ms.`, 'TimeoutError'));
        }, timeoutMs)
      : undefined;

  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
