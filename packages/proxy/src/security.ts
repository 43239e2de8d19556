import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ProblemError } from './problem.ts';

/**
 * Headers for a JSON API, after helmet's defaults: nothing here is ever rendered, framed,
 * cached or sniffed. HSTS is left to the partner's app, which owns the domain.
 */
const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = Object.entries({
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'DENY',
  'X-Permitted-Cross-Domain-Policies': 'none',
});

/** Sets the security headers on every proxy response and removes `X-Powered-By`. */
export function securityHeaders(): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.removeHeader('X-Powered-By');
    for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
    next();
  };
}

const ALLOWED_METHODS = 'GET, POST, PATCH, OPTIONS';
const BASE_HEADERS = [
  'authorization',
  'content-type',
  'idempotency-key',
  'x-idempotency-key',
  'last-event-id',
  'x-request-id',
];
const EXPOSED_HEADERS =
  'Idempotent-Replayed, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After';

/**
 * CORS for an exact allowlist of origins, with credentials (the partner's `authorize` usually
 * reads its own cookies). Preflights are answered here; a browser request from an origin not on
 * the list is refused with 403 before it can do anything, unless it is same-origin.
 *
 * @param allowed exact origins; an empty set allows same-origin browsers only.
 */
export function cors(allowed: ReadonlySet<string>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    res.vary('Origin');
    const origin = req.get('origin');
    if (origin === undefined) {
      next();
      return;
    }
    if (allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    } else if (!isSameOrigin(req, origin)) {
      throw new ProblemError(
        403,
        'origin_not_allowed',
        `Origin ${origin} may not call this API; add it to the proxy's \`allowedOrigins\`.`,
      );
    }
    if (req.method === 'OPTIONS' && req.get('access-control-request-method') !== undefined) {
      // Request headers grant nothing here (only known ones are forwarded to Dinie), so the
      // requested ones are echoed; a client sending its own telemetry headers keeps working.
      const requested = (req.get('access-control-request-headers') ?? '')
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter((name) => /^[a-z0-9-]{1,64}$/.test(name));
      res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
      res.setHeader('Access-Control-Allow-Headers', [...new Set([...BASE_HEADERS, ...requested])].join(', '));
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}

/**
 * Browsers send `Origin` on same-origin POSTs too. `Sec-Fetch-Site` says which kind of request it
 * is when present; otherwise the origin's host is compared with the request's.
 */
function isSameOrigin(req: Request, origin: string): boolean {
  const site = req.get('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin';
  try {
    return new URL(origin).host === req.host;
  } catch {
    return false;
  }
}
