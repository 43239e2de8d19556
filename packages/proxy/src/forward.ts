import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Response as ExpressResponse, Request } from 'express';
import { borrowerHash } from './borrowerId.ts';
import { Cancel, type DinieResponse, readJsonText } from './dinieCall.ts';
import type { DinieProxyLogger } from './logger.ts';
import { ProblemError } from './problem.ts';
import { upstreamProblem } from './upstream.ts';

/** Response headers of Dinie's worth passing to the browser; everything else stays behind. */
const PASSED_HEADERS = ['content-type', 'idempotent-replayed', 'x-request-id'];

/**
 * Sends Dinie's answer to the browser: a success streams through unread with its status and a
 * few safe headers, an error becomes the proxy's problem (see `upstreamProblem`).
 */
export async function relay(
  res: ExpressResponse,
  upstream: DinieResponse,
  log: DinieProxyLogger,
): Promise<void> {
  if (!upstream.ok) throw await upstreamProblem(upstream, log);
  copyHeaders(res, upstream);
  res.status(upstream.status);
  const body = upstream.status === 204 ? null : upstream.stream();
  if (body === null) {
    await upstream.discard();
    res.end();
    return;
  }
  await pipeline(body, res);
}

/**
 * Like {@link relay} for a JSON success the proxy needs to read (to learn an owner) or change
 * (to filter a list); answers the parsed body. A body `inspect` hands back unchanged goes out as
 * the very text Dinie sent, never serialised again.
 */
export async function relayJson(
  res: ExpressResponse,
  upstream: DinieResponse,
  log: DinieProxyLogger,
  inspect: (body: Record<string, unknown>) => unknown = (body) => body,
): Promise<Record<string, unknown>> {
  if (!upstream.ok) throw await upstreamProblem(upstream, log);
  const { value: body, text } = await readJsonText(upstream);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ProblemError(502, 'upstream_error', 'Dinie answered with an unexpected response.');
  }
  // Inspect first: a refusal must not carry any of Dinie's headers, or a foreign resource's 404
  // would differ from a missing one's.
  const answer = await inspect(body as Record<string, unknown>);
  copyHeaders(res, upstream);
  const out = answer === body ? text : JSON.stringify(answer);
  // Written as is: no ETag, since `Cache-Control: no-store` leaves a browser nothing to revalidate.
  res.statusCode = upstream.status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(out));
  res.end(out);
  return body as Record<string, unknown>;
}

function copyHeaders(res: ExpressResponse, upstream: DinieResponse): void {
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
  const tag = borrowerHash(externalId).slice(0, 12);
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

/** A {@link Cancel} that fires when the browser goes away before the answer is sent. */
export function clientGone(req: Request, res: ExpressResponse): Cancel {
  const cancel = new Cancel();
  res.on('close', () => {
    if (!res.writableFinished) cancel.abort(new Error('client closed the connection'));
  });
  req.on('error', () => cancel.abort(new Error('request stream failed')));
  return cancel;
}
