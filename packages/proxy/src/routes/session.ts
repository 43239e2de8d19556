import type { Request, Response, Router } from 'express';
import { borrowerId } from '../borrowerId.ts';
import type { ProxyContext } from '../context.ts';
import { ProblemError } from '../problem.ts';

/** The body of `POST /session`. */
export interface SessionResponse {
  /** The session token, for `Authorization: Bearer …` on every other call. */
  token: string;
  /** When it expires, RFC 3339; ask for a new one then. */
  expires_at: string;
  /** The borrower's Dinie customer, or null before registration. */
  customer_id: string | null;
  /**
   * Whether `GET {mount}/events` streams live events (a `webhookSecret` is set). When `false`
   * the front end polls without asking for the stream, so no 404 shows in the browser console.
   */
  events: boolean;
}

/**
 * `POST /session`: the partner's `authorize(req)` names the borrower, the proxy signs a short-lived
 * token for it. The borrower's customer id is looked up so the front end knows where the journey
 * stands without another call.
 */
export function sessionRoutes(router: Router, ctx: ProxyContext): void {
  router.post('/session', ...ctx.json, async (req: Request, res: Response) => {
    const borrower = await ctx.options.authorize(req);
    if (borrower === null || borrower === undefined) {
      throw new ProblemError(
        401,
        'unauthorized',
        'The partner did not authorize a borrower for this request; sign in again.',
      );
    }
    const externalId = borrowerId((borrower as { externalId?: unknown }).externalId);
    const customerIds = await ctx.ownership.customerIds(externalId);
    const { token, claims } = await ctx.signer.issue(externalId);
    ctx.log({
      level: 'info',
      msg: 'session issued',
      session_id: claims.sessionId,
      expires_at: claims.expiresAt,
    });
    const body: SessionResponse = {
      token,
      expires_at: new Date(claims.expiresAt * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      customer_id: customerIds[0] ?? null,
      events: ctx.options.webhookSecrets.length > 0,
    };
    res.status(200).json(body);
  });
}
