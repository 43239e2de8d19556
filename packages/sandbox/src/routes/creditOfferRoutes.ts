import type { Hono } from 'hono';
import type { CreditOfferStatus } from '../contract.ts';
import { FieldReader } from '../http/FieldReader.ts';
import { pageInOrder, readPageRequest } from '../http/paginate.ts';
import { param, query, resource } from '../http/routing.ts';
import type { SandboxEnv } from '../http/SandboxEnv.ts';
import { ID_PATTERNS, requireCustomer, requireOffer } from '../lookups.ts';
import { renderCreditOffer } from '../render/renderCreditOffer.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { OfferRecord } from '../state/records.ts';

const STATUSES: readonly CreditOfferStatus[] = ['available', 'accepted', 'expired'];

/** Offers newest first, of one customer when `ofCustomer` (the path's) or the `customer_id` filter names one. */
function listOffers(core: SandboxCore, params: URLSearchParams, ofCustomer?: string) {
  const page = readPageRequest(params);
  const filters = new FieldReader(Object.fromEntries(params));
  const status = filters.oneOf('status', STATUSES);
  const customerId = ofCustomer ?? filters.id('customer_id', ID_PATTERNS.customer);
  filters.done();
  const { offers } = core.state;
  const { data, has_more } = pageInOrder(
    customerId === undefined ? offers.ordered : offers.find('customer', customerId),
    page,
    {
      find: (id) => offers.get(id),
      keep: status === undefined ? undefined : (offer: OfferRecord) => offer.status === status,
    },
  );
  return { data: data.map(renderCreditOffer), has_more };
}

/** Reading credit offers: per customer, across customers, one by id. */
export function creditOfferRoutes(app: Hono<SandboxEnv>, core: SandboxCore): void {
  resource(app, '/customers/:customer_id/credit-offers', {
    GET: (c) => {
      const customer = requireCustomer(core, param(c, 'customer_id'));
      const params = query(c);
      params.delete('customer_id');
      return c.json(listOffers(core, params, customer.id));
    },
  });
  resource(app, '/credit-offers', {
    GET: (c) => c.json(listOffers(core, query(c))),
  });
  resource(app, '/credit-offers/:credit_offer_id', {
    GET: (c) => c.json(renderCreditOffer(requireOffer(core, param(c, 'credit_offer_id')))),
  });
}
