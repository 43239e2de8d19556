import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { Pool } from 'undici';
import { ProblemError } from './problem.ts';

/** One call to Dinie as a transport sends it. */
export interface DinieRequest {
  method: string;
  /** The path below the base URL, query included, e.g. `/customers/cust_1?limit=1`. */
  path: string;
  headers: Record<string, string>;
  /** A JSON or form body, or a stream (a document upload, sent as it arrives). */
  body?: string | Readable | undefined;
}

/** Response headers, read by name. */
export interface DinieHeaders {
  /** The header's value (several joined with `, `), or null. */
  get(name: string): string | null;
}

/**
 * Dinie's answer, whichever transport carried it. Its body is taken once, by exactly one of
 * `text`, `stream` or `discard`; the call's timeout runs until the body is through.
 */
export interface DinieResponse {
  readonly status: number;
  /** A 2xx status. */
  readonly ok: boolean;
  readonly headers: DinieHeaders;
  /** The whole body as text; a timeout or a broken connection while reading is a problem. */
  text(): Promise<string>;
  /** The body as a stream to pass on unread; null when there is none. */
  stream(): Readable | null;
  /** Lets the body go unread. */
  discard(): Promise<void>;
}

/** What a transport answers: a response whose body has not been taken yet. */
type RawResponse = Omit<DinieResponse, 'ok'>;

/**
 * Cuts calls off, as an AbortController does, for far less: on Node 20 every AbortSignal costs
 * microseconds to make and to listen to, twice per forwarded request. An EventEmitter with
 * `aborted` and `reason`, which undici takes as a signal.
 */
export class Cancel extends EventEmitter {
  /** Whether {@link Cancel.abort} was called. */
  aborted = false;
  /** What it was called with. */
  reason: unknown = undefined;

  /** Emits `abort` once; later calls do nothing. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit('abort');
  }

  /** Aborts this too when `other` aborts (at once if it has); answers a function that stops following. */
  follow(other: Cancel | AbortSignal): () => void {
    if (other.aborted) {
      this.abort(other.reason);
      return () => {};
    }
    const onAbort = () => this.abort(other.reason);
    if (other instanceof Cancel) {
      other.once('abort', onAbort);
      return () => other.off('abort', onAbort);
    }
    other.addEventListener('abort', onAbort, { once: true });
    return () => other.removeEventListener('abort', onAbort);
  }

  /** A Cancel that aborts when any of `others` does. */
  static any(others: ReadonlyArray<Cancel | AbortSignal>): Cancel {
    const cancel = new Cancel();
    for (const other of others) cancel.follow(other);
    return cancel;
  }
}

/** How the proxy's calls reach Dinie. */
export interface DinieTransport {
  /** Sends one call; `cancel` cuts it off, body included. */
  send(request: DinieRequest, cancel: Cancel): Promise<RawResponse>;
  /** Lets go of the connections; calls after it fail. */
  close(): Promise<void>;
}

/**
 * The default transport: undici's `request` over one keep-alive connection pool to Dinie's
 * origin. Bodies arrive as Node streams, so an answer the proxy does not read is piped on as it
 * came, and none goes through WHATWG streams.
 */
export function undiciTransport(baseUrl: string): DinieTransport {
  const base = new URL(baseUrl);
  const pool = new Pool(base.origin);
  const basePath = base.pathname.replace(/\/+$/, '');
  return {
    async send(request, cancel) {
      const answer = await pool.request({
        method: request.method as 'GET',
        path: `${basePath}${request.path}`,
        headers: request.headers,
        body: request.body ?? null,
        signal: cancel,
      });
      const { headers, body } = answer;
      return {
        status: answer.statusCode,
        headers: {
          get(name) {
            const value = headers[name.toLowerCase()];
            return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
          },
        },
        text: () => body.text(),
        stream: () => body,
        async discard() {
          // Reads a short rest to keep the connection, else closes it.
          await body.dump().catch(() => {});
        },
      };
    },
    close: () => pool.close(),
  };
}

/**
 * The transport through a fetch-compatible function: the partner's own `fetch` option, used for
 * every call when it is given.
 */
export function fetchTransport(baseUrl: string, fetchFn: typeof fetch): DinieTransport {
  return {
    async send(request, cancel) {
      const controller = new AbortController();
      cancel.once('abort', () => controller.abort(cancel.reason));
      if (cancel.aborted) controller.abort(cancel.reason);
      const init: RequestInit & { duplex?: 'half' } = {
        method: request.method,
        headers: request.headers,
        signal: controller.signal,
      };
      if (typeof request.body === 'string') init.body = request.body;
      else if (request.body) {
        init.body = Readable.toWeb(request.body) as ReadableStream<Uint8Array>;
        // A stream body needs half-duplex in Node's fetch.
        init.duplex = 'half';
      }
      const response = await fetchFn(`${baseUrl}${request.path}`, init);
      return {
        status: response.status,
        headers: response.headers,
        text: () => response.text(),
        stream: () =>
          response.body ? Readable.fromWeb(response.body as import('node:stream/web').ReadableStream) : null,
        async discard() {
          await response.body?.cancel().catch(() => {});
        },
      };
    },
    close: async () => {},
  };
}

/** Options of {@link callDinie}. */
export interface CallOptions {
  /** How long Dinie may take, headers and body, before the call is abandoned with a 504. */
  timeoutMs: number;
  /** Aborts the call when the browser goes away. */
  signal?: Cancel | AbortSignal | undefined;
  /**
   * The clock starts when this settles instead of at once: a streamed upload is timed from the
   * moment its last byte was sent, not while a slow browser is still sending it.
   */
  timerStartsAfter?: Promise<unknown> | undefined;
}

/** The abort reason when Dinie took too long; the call and body reads reject with it. */
class UpstreamTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Dinie did not answer within ${timeoutMs} ms`);
    this.name = 'UpstreamTimeout';
  }
}

/**
 * One call to Dinie with a timeout that covers the headers and the body: the clock stops once
 * the body is read, passed on or let go (or the call fails), so no timer outlives its call.
 * Transport failures become problems (see {@link transportProblem}); HTTP error statuses are
 * answered as they are.
 */
export async function callDinie(
  transport: DinieTransport,
  request: DinieRequest,
  options: CallOptions,
): Promise<DinieResponse> {
  const cancel = new Cancel();
  let timer: NodeJS.Timeout | undefined;
  let finished = false;
  const unfollow = options.signal ? cancel.follow(options.signal) : () => {};
  const finish = () => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    unfollow();
  };
  const startTimer = () => {
    if (finished) return;
    // Unref'd: a timer must never be what keeps the process alive.
    timer = setTimeout(() => cancel.abort(new UpstreamTimeout(options.timeoutMs)), options.timeoutMs);
    timer.unref();
  };
  if (options.timerStartsAfter) options.timerStartsAfter.then(startTimer, () => {});
  else startTimer();

  let raw: RawResponse;
  try {
    raw = await transport.send(request, cancel);
  } catch (error) {
    finish();
    throw transportProblem(error);
  }
  return timedResponse(raw, finish);
}

/** A response whose body, however it is taken, calls `finish` once it is through. */
function timedResponse(raw: RawResponse, finish: () => void): DinieResponse {
  return {
    status: raw.status,
    ok: raw.status >= 200 && raw.status < 300,
    headers: raw.headers,
    async text() {
      try {
        return await raw.text();
      } catch (error) {
        throw transportProblem(error);
      } finally {
        finish();
      }
    },
    stream() {
      const body = raw.stream();
      if (body === null || body.destroyed) finish();
      else body.once('close', finish);
      return body;
    },
    async discard() {
      try {
        await raw.discard();
      } finally {
        finish();
      }
    },
  };
}

/** An answer made here from text (a translated body), with the headers of the one it replaces. */
export function textResponse(status: number, headers: DinieHeaders, text: string): DinieResponse {
  return timedResponse(
    {
      status,
      headers,
      text: async () => text,
      stream: () => Readable.from([Buffer.from(text)]),
      discard: async () => {},
    },
    () => {},
  );
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

/** Reads a JSON body: the parsed value and its text, or undefined for a body that is not JSON. */
export async function readJson(response: DinieResponse): Promise<unknown> {
  return (await readJsonText(response)).value;
}

/** Like {@link readJson}, keeping the text as it came, to pass on unchanged. */
export async function readJsonText(response: DinieResponse): Promise<{ value: unknown; text: string }> {
  const text = await response.text();
  try {
    return { value: JSON.parse(text), text };
  } catch {
    return { value: undefined, text };
  }
}
