import type { Hono } from 'hono';
import type { CreditOfferStatus } from '../contract.ts';
import { FieldReader } from '../http/FieldReader.ts';
import { newestFirst, paginate, readPageRequest } from '../http/paginate.ts';
import { param, query, resource } from '../http/routing.ts';
import type { SandboxEnv } from '../http/SandboxEnv.ts';
import { ID_PATTERNS, requireCustomer, requireOffer } from '../lookups.ts';
import { renderCreditOffer } from '../render/renderCreditOffer.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { OfferRecord } from '../state/records.ts';

const STATUSES: readonly CreditOfferStatus[] = ['available', 'accepted', 'expired'];

function listOffers(core: SandboxCore, params: URLSearchParams, keep: (offer: OfferRecord) => boolean) {
  const page = readPageRequest(params);
  const filters = new FieldReader(Object.fromEntries(params));
  const status = filters.oneOf('status', STATUSES);
  const customerId = filters.id('customer_id', ID_PATTERNS.customer);
  filters.done();
  const offers = [...core.state.offers.values()]
    .filter(
      (offer) =>
        keep(offer) &&
        (status === undefined || offer.status === status) &&
        (customerId === undefined || offer.customerId === customerId),
    )
    .sort(newestFirst);
  const { data, has_more } = paginate(offers, page, {
    find: (id) => core.state.offers.get(id),
    compare: newestFirst,
  });
  return { data: data.map(renderCreditOffer), has_more };
}

/** Reading credit offers: per customer, across customers, one by id. */
export function creditOfferRoutes(app: Hono<SandboxEnv>, core: SandboxCore): void {
  resource(app, '/customers/:customer_id/credit-offers', {
    GET: (c) => {
      const customer = requireCustomer(core, param(c, 'customer_id'));
      const params = query(c);
      params.delete('customer_id');
      return c.json(listOffers(core, params, (offer) => offer.customerId === customer.id));
    },
  });
  resource(app, '/credit-offers', {
    GET: (c) => c.json(listOffers(core, query(c), () => true)),
  });
  resource(app, '/credit-offers/:credit_offer_id', {
    GET: (c) => c.json(renderCreditOffer(requireOffer(core, param(c, 'credit_offer_id')))),
  });
}
