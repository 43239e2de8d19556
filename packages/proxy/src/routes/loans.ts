import type { Request, Response, Router } from 'express';
import { isId, type ProxyContext, pathId } from '../context.ts';
import { clientGone, idempotencyKey, pickQuery, relay, relayJson } from '../forward.ts';
import { bodyOf } from '../jsonBody.ts';
import { notFound, ProblemError } from '../problem.ts';
import { sessionOf } from '../sessionAuth.ts';
import { upstreamProblem } from '../upstream.ts';

/** Creating a loan from the borrower's own offer, reading it and its installments. */
export function loanRoutes(router: Router, ctx: ProxyContext): void {
  const { upstream, ownership, log } = ctx;

  router.post('/loans', ...ctx.authenticated, ...ctx.json, async (req: Request, res: Response) => {
    const { externalId } = sessionOf(res);
    const body = bodyOf(req);
    const offerId = body.credit_offer_id;
    if (typeof offerId !== 'string' || offerId === '') {
      throw new ProblemError(422, 'missing_required_field', 'credit_offer_id is required.', {
        param: 'credit_offer_id',
        errors: [
          {
            param: 'credit_offer_id',
            detail: 'The credit_offer_id field is required.',
            code: 'missing_required_field',
          },
        ],
      });
    }
    if (!isId('offer', offerId) || !(await ownership.ownsOffer(externalId, offerId))) throw notFound();
    // Dinie contracts only an offer's latest simulation, so a foreign one can never be used; the
    // point here is that it must not even be told apart from a missing one. A simulation made
    // through this proxy is known; any other that Dinie says belongs elsewhere is answered 404.
    const simulationId = typeof body.simulation_id === 'string' ? body.simulation_id : undefined;
    const simulationOffer =
      simulationId === undefined ? undefined : ownership.offerOfSimulationId(simulationId);
    if (simulationOffer !== undefined && !(await ownership.ownsOffer(externalId, simulationOffer)))
      throw notFound();

    const response = await upstream.request('POST', '/loans', {
      json: body,
      idempotencyKey: idempotencyKey(req, externalId),
      signal: clientGone(req, res),
      borrower: externalId,
    });
    if (!response.ok) {
      const problem = await upstreamProblem(response, log);
      const aboutSimulation = problem.code === 'simulation_mismatch' && problem.param === 'simulation_id';
      throw aboutSimulation && simulationOffer === undefined ? notFound() : problem;
    }
    const loan = await relayJson(res, response, log);
    if (typeof loan.id === 'string' && typeof loan.customer_id === 'string') {
      ownership.rememberOwner('loan', loan.id, loan.customer_id);
    }
  });

  router.get('/loans/:id', ...ctx.authenticated, async (req: Request, res: Response) => {
    const id = pathId(req, 'loan');
    const { externalId } = sessionOf(res);
    if (!(await ownership.ownsLoan(externalId, id))) throw notFound();
    const response = await upstream.request('GET', `/loans/${id}`, {
      signal: clientGone(req, res),
      borrower: externalId,
    });
    await relayJson(res, response, log, async (loan) => {
      const customerId = loan.customer_id;
      if (typeof customerId !== 'string' || !(await ownership.ownsCustomer(externalId, customerId)))
        throw notFound();
      return loan;
    });
  });

  router.get('/loans/:id/transactions', ...ctx.authenticated, async (req: Request, res: Response) => {
    const id = pathId(req, 'loan');
    const { externalId } = sessionOf(res);
    if (!(await ownership.ownsLoan(externalId, id))) throw notFound();
    const response = await upstream.request('GET', `/loans/${id}/transactions`, {
      query: pickQuery(req, ['limit', 'starting_after']),
      signal: clientGone(req, res),
      borrower: externalId,
    });
    await relay(res, response, log);
  });
}
