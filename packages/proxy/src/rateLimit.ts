import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DinieProxyLogger } from './logger.ts';
import { ProblemError } from './problem.ts';
import type { RateLimitStore } from './stores/rateLimitStore.ts';

/** Options of {@link rateLimit}. */
export interface RateLimitOptions {
  /** Where the counts live. */
  store: RateLimitStore;
  /** Requests allowed per window; Infinity turns the limit off. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** The key to count a request under, or null to not count it. */
  key: (req: Request, res: Response) => string | null;
  /** Says whose budget ran out, in the 429's detail: "this session" or "this IP address". */
  scope: string;
  log: DinieProxyLogger;
}

/**
 * Fixed-window rate limiting with the IETF `RateLimit-Limit`, `RateLimit-Remaining` and
 * `RateLimit-Reset` headers on every counted response, and a 429 problem with `Retry-After`
 * when the budget is spent.
 */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = options.limit === Number.POSITIVE_INFINITY ? null : options.key(req, res);
    if (key === null) {
      next();
      return;
    }
    const hit = await options.store.increment(key, options.windowMs);
    const resetSeconds = Math.max(0, Math.ceil((hit.resetAt - Date.now()) / 1000));
    // Several limiters may run on one request; the tightest one's numbers are what a client needs.
    const remaining = Math.max(0, options.limit - hit.count);
    const shown = Number(res.getHeader('RateLimit-Remaining') ?? Number.POSITIVE_INFINITY);
    if (remaining <= shown) {
      res.setHeader('RateLimit-Limit', String(options.limit));
      res.setHeader('RateLimit-Remaining', String(remaining));
      res.setHeader('RateLimit-Reset', String(resetSeconds));
    }
    if (hit.count > options.limit) {
      options.log({ level: 'warn', msg: 'rate limit exceeded', scope: options.scope, path: req.path });
      throw new ProblemError(
        429,
        'rate_limit_exceeded',
        `Too many requests from ${options.scope}: at most ${options.limit} per ${options.windowMs / 1000} s. Try again in ${resetSeconds} s.`,
        { headers: { 'Retry-After': String(Math.max(1, resetSeconds)) } },
      );
    }
    next();
  };
}
