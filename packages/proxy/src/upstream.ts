import type { Readable } from 'node:stream';
import {
  type Dialect,
  pathToSdk,
  requestKindOf,
  requestToSdk,
  responseFromSdk,
  responseShapeOf,
} from '@dinie-embed/api/dialect';
import {
  type Cancel,
  callDinie,
  type DinieRequest,
  type DinieResponse,
  type DinieTransport,
  readJson,
  textResponse,
} from './dinieCall.ts';
import type { DinieProxyLogger } from './logger.ts';
import { notFound, ProblemError, type ProblemFieldError } from './problem.ts';
import type { UpstreamBudget } from './upstreamBudget.ts';
import type { UpstreamToken } from './upstreamToken.ts';

/** One call to Dinie with the partner's token. */
export interface UpstreamRequest {
  /** Query parameters, already filtered to the ones the route allows. */
  query?: Record<string, string>;
  /** A JSON body. */
  json?: unknown;
  /** A streamed body (an upload), sent as it arrives; such a call cannot be replayed after a 401. */
  body?: Readable;
  /** Extra headers, e.g. `content-type` of a raw body. */
  headers?: Record<string, string>;
  /** Sent as `Idempotency-Key`. */
  idempotencyKey?: string;
  /** Aborts the call when the browser goes away. */
  signal?: Cancel | AbortSignal;
  /** Starts the timeout clock late; see `callDinie`. */
  timerStartsAfter?: Promise<unknown>;
  /** The borrower the call is made for, whose share of the budget it takes; none for the partner's own. */
  borrower?: string;
  /** Sends and answers in Dinie's own dialect, untranslated (an SDK requirement list, for uploads). */
  raw?: boolean;
}

/** Calls Dinie as the partner. */
export interface Upstream {
  /** Any call; the response is returned whatever its status. */
  request(method: string, path: string, init?: UpstreamRequest): Promise<DinieResponse>;
  /**
   * A GET of one resource, for a borrower (or the partner's own, without one): its JSON, null
   * when Dinie says 404, a problem for anything else.
   */
  getJson(path: string, borrower?: string): Promise<Record<string, unknown> | null>;
}

/** Options of {@link createUpstream}. */
export interface UpstreamOptions {
  /** How calls reach Dinie (see `undiciTransport`, `fetchTransport`). */
  transport: DinieTransport;
  timeoutMs: number;
  token: UpstreamToken;
  budget: UpstreamBudget;
  log: DinieProxyLogger;
  /** The dialect Dinie speaks; `sdk` calls are translated from and back to the documented model. */
  dialect: Dialect;
}

/**
 * A success of an SDK-dialect Dinie in the documented model, when its operation's body differs
 * between the dialects; anything else as it came.
 */
async function toDocs(method: string, path: string, response: DinieResponse): Promise<DinieResponse> {
  const shape = responseShapeOf(method, path);
  if (!response.ok || shape === null || !/json/.test(response.headers.get('content-type') ?? ''))
    return response;
  const body = responseFromSdk(shape, await readJson(response));
  return textResponse(response.status, response.headers, JSON.stringify(body));
}

/**
 * Creates the proxy's Dinie caller: takes each call from the budget (see `createUpstreamBudget`),
 * adds the partner's bearer token, applies the timeout, retries once with a fresh token when
 * Dinie answers 401 (a token revoked or expired early), and pauses every call when Dinie
 * answers 429.
 */
export function createUpstream(options: UpstreamOptions): Upstream {
  const { token, budget, log } = options;

  const request: Upstream['request'] = async (method, path, init = {}) => {
    const sdk = options.dialect === 'sdk' && init.raw !== true;
    const search =
      init.query && Object.keys(init.query).length > 0 ? `?${new URLSearchParams(init.query)}` : '';
    const target = `${sdk ? pathToSdk(path) : path}${search}`;
    const kind = sdk && init.json !== undefined ? requestKindOf(method, path) : null;
    const json = kind === null ? init.json : requestToSdk(kind, init.json);
    // Serialised once, for the first call and its replay.
    const jsonText = json === undefined ? undefined : JSON.stringify(json);
    const replayable = init.body === undefined;
    const send = (accessToken: string) => {
      const headers: Record<string, string> = {
        accept: 'application/json',
        ...init.headers,
        authorization: `Bearer ${accessToken}`,
      };
      if (init.idempotencyKey) headers['idempotency-key'] = init.idempotencyKey;
      const call: DinieRequest = { method, path: target, headers, body: init.body };
      if (jsonText !== undefined) {
        headers['content-type'] = 'application/json';
        call.body = jsonText;
      }
      return callDinie(options.transport, call, {
        timeoutMs: options.timeoutMs,
        signal: init.signal,
        timerStartsAfter: init.timerStartsAfter,
      });
    };

    await budget.take(init.borrower ?? null);
    const first = await token.get();
    const response = await send(first);
    if (response.status === 429) await budget.paused(response);
    if (response.status !== 401) return sdk ? toDocs(method, path, response) : response;
    await response.discard();
    token.invalidate(first);
    if (!replayable) throw upstreamAuthFailed(log, 'Dinie refused the access token during a streamed upload');
    const retried = await send(await token.get());
    if (retried.status === 401) {
      await retried.discard();
      throw upstreamAuthFailed(log, 'Dinie refused a freshly issued access token');
    }
    return sdk ? toDocs(method, path, retried) : retried;
  };

  return {
    request,
    async getJson(path, borrower) {
      const response = await request('GET', path, borrower === undefined ? {} : { borrower });
      if (response.status === 404) {
        await response.discard();
        return null;
      }
      if (!response.ok) throw await upstreamProblem(response, log);
      const body = await readJson(response);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new ProblemError(502, 'upstream_error', 'Dinie answered with an unexpected response.');
      }
      return body as Record<string, unknown>;
    },
  };
}

function upstreamAuthFailed(log: DinieProxyLogger, why: string): ProblemError {
  log({ level: 'error', msg: `${why}; check the credential's status at Dinie` });
  return new ProblemError(
    502,
    'upstream_auth_failed',
    'The partner server could not authenticate with Dinie.',
  );
}

/**
 * Dinie's resource ids. Its error text may name a resource of another borrower (a registration
 * conflict names the customer that already holds the CNPJ), and the browser must never learn one.
 */
const RESOURCE_ID = /\b(?:cust|co|sim|ln|tx|doc|evt|dlv|we)_[A-Za-z0-9]+/g;

function scrubIds(text: string): string {
  return text.replace(RESOURCE_ID, '[id]');
}

/**
 * A conflict is about state the session may not own (another borrower's registration, another
 * request's key), so its wording is the proxy's, never Dinie's.
 */
const CONFLICT_DETAILS: Record<string, string> = {
  customer_already_exists: 'This CPF or CNPJ is already registered by another account of this partner.',
  idempotency_key_reused: 'This Idempotency-Key was already used for a different request.',
  idempotency_key_in_use: 'A request with this Idempotency-Key is still being processed.',
};
const CONFLICT_DETAIL = 'The request conflicts with the current state of the resource.';

/**
 * Turns a Dinie error response into the problem the browser gets. Validation errors pass through
 * with their code, detail and field errors, resource ids masked; conflicts get the proxy's own
 * wording; any 404 becomes the proxy's one `not_found`; refusals of the partner's credentials and
 * Dinie's own failures are the partner server's problem, not the browser's, and become 502.
 */
export async function upstreamProblem(response: DinieResponse, log: DinieProxyLogger): Promise<ProblemError> {
  const body = await readJson(response).catch(() => undefined);
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const rawCode = typeof problem.code === 'string' ? problem.code : undefined;
  const code = rawCode !== undefined && scrubIds(rawCode) === rawCode ? rawCode : undefined;
  const status = response.status;
  if (status === 404) return notFound();
  if (status === 401 || status === 403) {
    log({ level: 'error', msg: 'Dinie refused the partner credentials', status, code });
    return new ProblemError(
      502,
      'upstream_auth_failed',
      'The partner server could not authenticate with Dinie.',
    );
  }
  const retryAfter = response.headers.get('retry-after');
  const headers: Record<string, string> = retryAfter ? { 'Retry-After': retryAfter } : {};
  if (status >= 500 || status < 400) {
    log({ level: 'error', msg: 'Dinie failed to handle a request', status, code });
    if (status === 503)
      return new ProblemError(
        503,
        code ?? 'service_unavailable',
        'Dinie is temporarily unavailable. Try again in a moment.',
        { headers },
      );
    return new ProblemError(
      502,
      'upstream_error',
      'Dinie failed to handle the request. Try again in a moment.',
    );
  }
  const param = typeof problem.param === 'string' ? { param: scrubIds(problem.param) } : {};
  if (status === 409) {
    return new ProblemError(409, code ?? 'conflict', (code && CONFLICT_DETAILS[code]) ?? CONFLICT_DETAIL, {
      ...param,
      headers,
    });
  }
  const detail =
    typeof problem.detail === 'string'
      ? problem.detail
      : typeof problem.title === 'string'
        ? problem.title
        : 'Dinie refused the request.';
  return new ProblemError(status, code ?? `http_${status}`, scrubIds(detail), {
    ...param,
    ...(Array.isArray(problem.errors) ? { errors: fieldErrors(problem.errors) } : {}),
    headers,
  });
}

function fieldErrors(items: unknown[]): ProblemFieldError[] {
  return items.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const { param, detail, code } = item as Record<string, unknown>;
    if (typeof detail !== 'string') return [];
    return [
      {
        detail: scrubIds(detail),
        ...(typeof param === 'string' ? { param: scrubIds(param) } : {}),
        ...(typeof code === 'string' ? { code: scrubIds(code) } : {}),
      },
    ];
  });
}
