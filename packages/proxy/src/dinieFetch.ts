import { ProblemError } from './problem.ts';

/** Options of {@link dinieFetch}. */
export interface DinieFetchOptions {
  /** The fetch to call. */
  fetch: typeof fetch;
  /** How long Dinie may take, headers and body, before the call is abandoned with a 504. */
  timeoutMs: number;
  /** Aborts the call when the browser goes away. */
  signal?: AbortSignal | undefined;
  /**
   * The clock starts when this settles instead of at once: a streamed upload is timed from the
   * moment its last byte was sent, not while a slow browser is still sending it.
   */
  timerStartsAfter?: Promise<unknown> | undefined;
}

/** The abort reason when Dinie took too long; fetch and body reads reject with it. */
class UpstreamTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Dinie did not answer within ${timeoutMs} ms`);
    this.name = 'UpstreamTimeout';
  }
}

/**
 * One call to Dinie with a timeout. Transport failures become problems (see
 * {@link transportProblem}); HTTP error statuses are returned as they are.
 */
export async function dinieFetch(
  url: string,
  init: RequestInit,
  options: DinieFetchOptions,
): Promise<Response> {
  const controller = new AbortController();
  const startTimer = () => {
    // The clock keeps running while the body is read, so a body that stalls is cut off too.
    // Unref'd: the timer of a finished call must not keep the process alive.
    setTimeout(() => controller.abort(new UpstreamTimeout(options.timeoutMs)), options.timeoutMs).unref();
  };
  if (options.timerStartsAfter) options.timerStartsAfter.then(startTimer, () => {});
  else startTimer();
  options.signal?.addEventListener('abort', () => controller.abort(options.signal?.reason), { once: true });

  try {
    return await options.fetch(url, { ...init, signal: controller.signal });
  } catch (error) {
    throw transportProblem(error);
  }
}

/**
 * The problem for a call to Dinie that failed before a whole answer arrived: a timeout is a 504
 * `upstream_timeout`, anything else a 502 `upstream_unreachable`.
 */
export function transportProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  const timeout = findTimeout(error);
  if (timeout) {
    return new ProblemError(
      504,
      'upstream_timeout',
      `Dinie did not answer within ${timeout.timeoutMs} ms. Try again in a moment.`,
      { cause: error },
    );
  }
  return new ProblemError(502, 'upstream_unreachable', 'Dinie could not be reached. Try again in a moment.', {
    cause: error,
  });
}

function findTimeout(error: unknown): UpstreamTimeout | null {
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    if (current instanceof UpstreamTimeout) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Reads a JSON body, mapping a timeout or a broken connection mid-body to a problem. */
export async function readJson(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw transportProblem(error);
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
