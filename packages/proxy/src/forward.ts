import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response as ExpressResponse, Request } from 'express';
import { readJson } from './dinieFetch.ts';
import type { DinieProxyLogger } from './logger.ts';
import { ProblemError } from './problem.ts';
import { upstreamProblem } from './upstream.ts';

/** Response headers of Dinie's worth passing to the browser; everything else stays behind. */
const PASSED_HEADERS = ['content-type', 'idempotent-replayed', 'x-request-id'];

/**
 * Sends Dinie's answer to the browser: a success streams through with its status and a few safe
 * headers, an error becomes the proxy's problem (see `upstreamProblem`).
 */
export async function relay(res: ExpressResponse, upstream: Response, log: DinieProxyLogger): Promise<void> {
  if (!upstream.ok) throw await upstreamProblem(upstream, log);
  copyHeaders(res, upstream);
  res.status(upstream.status);
  if (!upstream.body || upstream.status === 204) {
    res.end();
    return;
  }
  await pipeline(Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream), res);
}

/**
 * Like {@link relay} for a JSON success the proxy needs to read (to learn an owner) or change
 * (to filter a list); answers the parsed body.
 */
export async function relayJson(
  res: ExpressResponse,
  upstream: Response,
  log: DinieProxyLogger,
  inspect: (body: Record<string, unknown>) => unknown = (body) => body,
): Promise<Record<string, unknown>> {
  if (!upstream.ok) throw await upstreamProblem(upstream, log);
  const body = await readJson(upstream);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ProblemError(502, 'upstream_error', 'Dinie answered with an unexpected response.');
  }
  // Inspect first: a refusal must not carry any of Dinie's headers, or a foreign resource's 404
  // would differ from a missing one's.
  const answer = await inspect(body as Record<string, unknown>);
  copyHeaders(res, upstream);
  res.status(upstream.status).type('application/json').send(JSON.stringify(answer));
  return body as Record<string, unknown>;
}

function copyHeaders(res: ExpressResponse, upstream: Response): void {
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) res.setHeader(name, value);
  }
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * The `Idempotency-Key` for a write: the browser's (`Idempotency-Key` or `X-Idempotency-Key`), or
 * one minted here so that even a client without keys never repeats a write upstream. Dinie scopes
 * keys per partner, so the borrower is folded into the key: two borrowers who pick the same key
 * never collide, and one can never replay the other's response.
 */
export function idempotencyKey(req: Request, externalId: string): string {
  const given = req.get('idempotency-key') ?? req.get('x-idempotency-key');
  if (given !== undefined && !KEY_PATTERN.test(given)) {
    throw new ProblemError(
      400,
      'invalid_idempotency_key',
      'Idempotency-Key must be 1 to 200 visible ASCII characters.',
      { param: 'Idempotency-Key' },
    );
  }
  const tag = createHash('sha256').update(externalId).digest('base64url').slice(0, 12);
  return `${tag}-${given ?? `proxy-${randomUUID()}`}`;
}

/** The allowed query parameters of a request, first value only, for forwarding. */
export function pickQuery(req: Request, allowed: readonly string[]): Record<string, string> {
  const query = req.query as Record<string, unknown>;
  const picked: Record<string, string> = {};
  for (const name of allowed) {
    const raw = query[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === 'string' && value.length <= 200) picked[name] = value;
  }
  return picked;
}

/** An AbortSignal that fires when the browser goes away before the answer is sent. */
export function clientGone(req: Request, res: ExpressResponse): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort(new Error('client closed the connection'));
  });
  req.on('error', () => controller.abort(new Error('request stream failed')));
  return controller.signal;
}
