import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ProblemError } from './problem.ts';
import type { SessionClaims, SessionSigner } from './sessions.ts';

const LOCALS_KEY = 'dinieSession';

/**
 * Requires `Authorization: Bearer <session token>` and puts the verified claims on the response
 * (read them with {@link sessionOf}). The 401 codes are Dinie's own (`missing_token`,
 * `invalid_token`, `token_expired`), so a client reacts to the proxy exactly as to Dinie.
 */
export function requireSession(signer: SessionSigner): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const query = req.query as Record<string, unknown>;
    if ('access_token' in query || 'token' in query) {
      // Tokens in URLs end up in access logs, browser history and Referer headers.
      throw new ProblemError(
        400,
        'token_in_url',
        'Send the session token in the Authorization header, never in the URL.',
      );
    }
    const header = req.get('authorization');
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match?.[1]) {
      throw new ProblemError(
        401,
        'missing_token',
        'Send the session token from POST /session as `Authorization: Bearer <token>`.',
        {
          headers: { 'WWW-Authenticate': 'Bearer' },
        },
      );
    }
    const result = await signer.verify(match[1]);
    if ('rejected' in result) {
      const expired = result.rejected === 'expired';
      throw new ProblemError(
        401,
        expired ? 'token_expired' : 'invalid_token',
        expired
          ? 'The session token expired; get a new one from POST /session.'
          : 'The session token is not valid; get a new one from POST /session.',
        { headers: { 'WWW-Authenticate': `Bearer error="invalid_token"` } },
      );
    }
    res.locals[LOCALS_KEY] = result;
    next();
  };
}

/** The verified session of a request that passed {@link requireSession}. */
export function sessionOf(res: Response): SessionClaims {
  const claims = res.locals[LOCALS_KEY] as SessionClaims | undefined;
  if (!claims) throw new Error('sessionOf() used on a route without requireSession()');
  return claims;
}
