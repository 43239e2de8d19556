import type { CreditOffer, Operations, Simulation, SimulationRequest } from '../../types.ts';
import type { PagePromise } from '../PagePromise.ts';
import { paginate } from '../paginate.ts';
import type { RequestOptions } from '../RequestOptions.ts';
import type { Transport } from '../transport.ts';
import { pathParam } from '../url.ts';
import { bearerJson } from './bearerJson.ts';

/** Filters and paging of `GET /credit-offers`. */
export type CreditOfferListParams = NonNullable<Operations['listCreditOffers']['parameters']['query']>;

/** `client.creditOffers`: pre-approved offers and their simulations. */
export interface CreditOffersResource {
  /**
   * `GET /credit-offers`: offers of all the partner's customers, by `customer_id` and `status`.
   * For one customer prefer `customers.listCreditOffers`.
   */
  list(params?: CreditOfferListParams, options?: RequestOptions): PagePromise<CreditOffer>;
  /** `GET /credit-offers/{credit_offer_id}`: one offer with its limits, rate and expiry. */
  get(creditOfferId: string, options?: RequestOptions): Promise<CreditOffer>;
  /**
   * `POST /credit-offers/{credit_offer_id}/simulations`: prices an amount and term. Only the
   * latest simulation of an offer can become a loan.
   */
  simulate(creditOfferId: string, body: SimulationRequest, options?: RequestOptions): Promise<Simulation>;
}

/** Builds `client.creditOffers` on a transport. */
export function createCreditOffersResource(transport: Transport): CreditOffersResource {
  const offerPath = (creditOfferId: string): string =>
    `/credit-offers/${pathParam('creditOfferId', creditOfferId)}`;

  return {
    list(params, options) {
      return paginate<CreditOffer>(transport, '/credit-offers', params, options);
    },
    async get(creditOfferId, options) {
      return bearerJson<CreditOffer>(transport, 'GET', offerPath(creditOfferId), options);
    },
    async simulate(creditOfferId, body, options) {
      return bearerJson<Simulation>(
        transport,
        'POST',
        `${offerPath(creditOfferId)}/simulations`,
        options,
        body,
      );
    },
  };
}
