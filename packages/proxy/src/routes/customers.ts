import type { Request, Response, Router } from 'express';
import { isId, type ProxyContext, pathId } from '../context.ts';
import { Cancel } from '../dinieCall.ts';
import { clientGone, idempotencyKey, pickQuery, relay, relayJson } from '../forward.ts';
import { bodyOf, hasBody } from '../jsonBody.ts';
import { notFound, ProblemError } from '../problem.ts';
import { sessionOf } from '../sessionAuth.ts';
import { precheckUpload, sdkUpload, streamUpload } from '../uploads.ts';

/** `external_id` is how a customer is tied to a borrower, so a session can never set another one. */
function pinExternalId(body: Record<string, unknown>, externalId: string): void {
  if (body.external_id !== undefined && body.external_id !== externalId) {
    throw new ProblemError(
      422,
      'external_id_mismatch',
      'external_id is set by the partner session and cannot be chosen here.',
      {
        param: 'external_id',
      },
    );
  }
}

/**
 * The customer routes a borrower's browser may use: register, list and read its own customer,
 * correct it, upload KYC documents, start biometrics and list its credit offers.
 */
export function customerRoutes(router: Router, ctx: ProxyContext): void {
  const { upstream, ownership, log } = ctx;
  /** Whether the offer is one of the customer's, asked for the session's borrower. */
  const isOfferOf = async (offerId: string, customerId: string, res: Response) =>
    isId('offer', offerId) &&
    (await ownership.customerOfOfferId(offerId, sessionOf(res).externalId)) === customerId;
  const requireOwnCustomer = async (req: Request, res: Response) => {
    const id = pathId(req, 'customer');
    if (!(await ownership.ownsCustomer(sessionOf(res).externalId, id))) throw notFound();
    return `/customers/${id}`;
  };
  /** A call to Dinie for the session's borrower, cut off when the browser goes away. */
  const forBorrower = (req: Request, res: Response) => ({
    signal: clientGone(req, res),
    borrower: sessionOf(res).externalId,
  });

  router.post('/customers', ...ctx.authenticated, ...ctx.json, async (req: Request, res: Response) => {
    const { externalId } = sessionOf(res);
    const body = bodyOf(req);
    pinExternalId(body, externalId);
    const response = await upstream.request('POST', '/customers', {
      json: { ...body, external_id: externalId },
      idempotencyKey: idempotencyKey(req, externalId),
      ...forBorrower(req, res),
    });
    const customer = await relayJson(res, response, log);
    if (typeof customer.id === 'string') ownership.rememberCustomer(externalId, customer.id);
  });

  // Whatever the query, only the session borrower's customers are listed.
  router.get('/customers', ...ctx.authenticated, async (_req: Request, res: Response) => {
    const page = await ownership.listCustomers(sessionOf(res).externalId);
    res.status(200).json(page);
  });

  router.get('/customers/:id', ...ctx.authenticated, async (req: Request, res: Response) => {
    const path = await requireOwnCustomer(req, res);
    const { externalId } = sessionOf(res);
    const response = await upstream.request('GET', path, forBorrower(req, res));
    await relayJson(res, response, log, (customer) => {
      if (customer.external_id !== externalId) throw notFound();
      return customer;
    });
  });

  router.patch('/customers/:id', ...ctx.authenticated, ...ctx.json, async (req: Request, res: Response) => {
    const path = await requireOwnCustomer(req, res);
    const { externalId } = sessionOf(res);
    const body = bodyOf(req);
    pinExternalId(body, externalId);
    const response = await upstream.request('PATCH', path, {
      json: body,
      idempotencyKey: idempotencyKey(req, externalId),
      ...forBorrower(req, res),
    });
    await relay(res, response, log);
  });

  router.post('/customers/:id/documents', ...ctx.authenticated, async (req: Request, res: Response) => {
    pathId(req, 'customer');
    const { uploadBytes: maxBytes } = ctx.options.limits;
    precheckUpload(req, maxBytes);
    const path = await requireOwnCustomer(req, res);
    const key = idempotencyKey(req, sessionOf(res).externalId);
    const { signal, borrower } = forBorrower(req, res);
    const limits = {
      maxBytes,
      idleMs: ctx.options.uploadIdleTimeoutMs,
      totalMs: ctx.options.uploadTimeoutMs,
    };
    // An SDK-dialect Dinie takes the requirement each document answers, from the customer's list.
    const sdk =
      ctx.options.dialect === 'sdk' ? await sdkUpload(upstream, log, path, { signal, borrower }) : null;
    const response = await streamUpload(
      req,
      limits,
      (body, contentType, bodyDone, uploadSignal) =>
        upstream.request('POST', `${path}/documents`, {
          body,
          headers: { 'content-type': contentType },
          idempotencyKey: key,
          signal: Cancel.any([signal, uploadSignal]),
          timerStartsAfter: bodyDone,
          borrower,
        }),
      sdk?.rewriteField,
    );
    if (sdk === null) await relay(res, response, log);
    else await relayJson(res, response, log, () => sdk.document());
  });

  router.post(
    '/customers/:id/biometrics',
    ...ctx.authenticated,
    ...ctx.json,
    async (req: Request, res: Response) => {
      const path = await requireOwnCustomer(req, res);
      const response = await upstream.request('POST', `${path}/biometrics`, {
        ...(hasBody(req) ? { json: bodyOf(req) } : {}),
        idempotencyKey: idempotencyKey(req, sessionOf(res).externalId),
        ...forBorrower(req, res),
      });
      await relay(res, response, log);
    },
  );

  router.get('/customers/:id/credit-offers', ...ctx.authenticated, async (req: Request, res: Response) => {
    const path = await requireOwnCustomer(req, res);
    const customerId = pathId(req, 'customer');
    const query = pickQuery(req, ['status', 'limit', 'starting_after']);
    // Dinie takes any offer as a cursor, its customer's or not; an id that is not one of this
    // customer's offers gets the answer of one that does not exist, whatever it is.
    const cursor = query.starting_after;
    if (cursor !== undefined && cursor !== '' && !(await isOfferOf(cursor, customerId, res))) {
      throw new ProblemError(400, 'invalid_cursor', 'starting_after is not the id of an item of this list.', {
        param: 'starting_after',
      });
    }
    const response = await upstream.request('GET', `${path}/credit-offers`, {
      query,
      ...forBorrower(req, res),
    });
    await relayJson(res, response, log, (page) => {
      const items = Array.isArray(page.data) ? (page.data as Record<string, unknown>[]) : [];
      const own = items.filter((offer) => offer.customer_id === customerId);
      for (const offer of own)
        if (typeof offer.id === 'string') ownership.rememberOwner('offer', offer.id, customerId);
      return { ...page, data: own };
    });
  });
}
