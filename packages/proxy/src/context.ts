import type { Request, RequestHandler } from 'express';
import type { DinieProxyLogger } from './logger.ts';
import type { ResolvedOptions } from './options.ts';
import type { Ownership } from './ownership.ts';
import { notFound } from './problem.ts';
import type { SessionSigner } from './sessions.ts';
import type { Upstream } from './upstream.ts';

/** What every route of one proxy instance shares. */
export interface ProxyContext {
  options: ResolvedOptions;
  upstream: Upstream;
  ownership: Ownership;
  signer: SessionSigner;
  log: DinieProxyLogger;
  /** `requireSession` plus the per-session rate limit. */
  authenticated: RequestHandler[];
  /** Parses a JSON object body within the configured limit. */
  json: RequestHandler[];
}

const ID_PATTERNS = {
  customer: /^cust_[A-Za-z0-9]{1,64}$/,
  offer: /^co_[A-Za-z0-9]{1,64}$/,
  loan: /^ln_[A-Za-z0-9]{1,64}$/,
} as const;

/** Whether `value` is shaped like a Dinie id of the given kind. */
export function isId(kind: keyof typeof ID_PATTERNS, value: string): boolean {
  return ID_PATTERNS[kind].test(value);
}

/**
 * A path id of the given kind, or the same 404 as a foreign one when it is not even shaped like
 * an id: nothing malformed is ever put into a Dinie URL.
 */
export function pathId(req: Request, kind: keyof typeof ID_PATTERNS): string {
  const value = req.params.id;
  if (typeof value !== 'string' || !isId(kind, value)) throw notFound();
  return value;
}
