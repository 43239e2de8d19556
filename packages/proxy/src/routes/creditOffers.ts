import type { Request, Response, Router } from 'express';
import { type ProxyContext, pathId } from '../context.ts';
import { clientGone, idempotencyKey, relayJson } from '../forward.ts';
import { bodyOf } from '../jsonBody.ts';
import { notFound } from '../problem.ts';
import { sessionOf } from '../sessionAuth.ts';

/**
 * Reading one of the borrower's credit offers and simulating on it. Listing offers across
 * customers (`GET /credit-offers`) is deliberately absent.
 */
export function creditOfferRoutes(router: Router, ctx: ProxyContext): void {
  const { upstream, ownership, log } = ctx;

  router.get('/credit-offers/:id', ...ctx.authenticated, async (req: Request, res: Response) => {
    const id = pathId(req, 'offer');
    const { externalId } = sessionOf(res);
    // The owner first: a guessed id is answered from what is known, without asking Dinie again.
    if (!(await ownership.ownsOffer(externalId, id))) throw notFound();
    const response = await upstream.request('GET', `/credit-offers/${id}`, {
      signal: clientGone(req, res),
      borrower: externalId,
    });
    await relayJson(res, response, log, async (offer) => {
      const customerId = offer.customer_id;
      if (typeof customerId !== 'string' || !(await ownership.ownsCustomer(externalId, customerId)))
        throw notFound();
      return offer;
    });
  });

  router.post(
    '/credit-offers/:id/simulations',
    ...ctx.authenticated,
    ...ctx.json,
    async (req: Request, res: Response) => {
      const id = pathId(req, 'offer');
      const { externalId } = sessionOf(res);
      if (!(await ownership.ownsOffer(externalId, id))) throw notFound();
      const response = await upstream.request('POST', `/credit-offers/${id}/simulations`, {
        json: bodyOf(req),
        idempotencyKey: idempotencyKey(req, externalId),
        signal: clientGone(req, res),
        borrower: externalId,
      });
      const simulation = await relayJson(res, response, log);
      if (typeof simulation.id === 'string') ownership.rememberSimulation(simulation.id, id);
    },
  );
}
