import { BoundedCache, SingleFlight } from './boundedCache.ts';
import { readJson } from './dinieCall.ts';
import type { DinieProxyLogger } from './logger.ts';
import type { Upstream } from './upstream.ts';
import { upstreamProblem } from './upstream.ts';

/** A customer as the proxy needs it: the id and who it belongs to. */
interface CustomerRef {
  id: string;
  external_id: string | null;
}

/** A borrower's customers, as listed by Dinie. */
interface CustomerPage {
  data: Record<string, unknown>[];
  has_more: boolean;
}

/** How long Dinie's "not found" is believed: a guessed id is asked about once, not on every try. */
const NOT_FOUND_TTL_MS = 30_000;

/**
 * Answers "does this borrower own this resource?" by asking Dinie with the partner's token.
 * Which customers a borrower has is cached briefly and re-read on a miss, so a customer
 * registered through another proxy instance is found at once. Which customer an offer, loan or
 * simulation belongs to never changes, so those facts are kept (bounded) once learnt; that Dinie
 * knows no such resource is kept for {@link NOT_FOUND_TTL_MS}. Concurrent cold questions about
 * one id share one call to Dinie. Each call is made for the borrower who asked, and taken from
 * that borrower's share of the budget at Dinie.
 *
 * These caches live in each instance: what they hold never changes (an owner) or only ages (a
 * miss), so instances need not share them.
 */
export class Ownership {
  private readonly customersByBorrower = new BoundedCache<string, string[]>(10_000, 30_000);
  /** A customer's borrower; null when it has none, or when Dinie does not know the customer. */
  private readonly borrowerOfCustomer = new BoundedCache<string, string | null>(50_000);
  /** An offer's or loan's customer; null when Dinie does not know it. */
  private readonly customerOfOffer = new BoundedCache<string, string | null>(50_000);
  private readonly customerOfLoan = new BoundedCache<string, string | null>(50_000);
  private readonly offerOfSimulation = new BoundedCache<string, string>(50_000);
  private readonly lookups = new SingleFlight<Record<string, unknown> | null>();
  private readonly listings = new SingleFlight<CustomerPage>();

  constructor(
    private readonly upstream: Upstream,
    private readonly log: DinieProxyLogger,
  ) {}

  /**
   * The borrower's customers straight from Dinie (`GET /customers?external_id=`), filtered again
   * here so that a filter Dinie ignored could never list another borrower's customers.
   */
  listCustomers(externalId: string): Promise<CustomerPage> {
    return this.listings.run(externalId, async () => {
      const response = await this.upstream.request('GET', '/customers', {
        query: { external_id: externalId, limit: '100' },
        borrower: externalId,
      });
      if (!response.ok) throw await upstreamProblem(response, this.log);
      const page = (await readJson(response)) as { data?: unknown; has_more?: unknown } | undefined;
      const items = Array.isArray(page?.data) ? (page.data as Record<string, unknown>[]) : [];
      const data = items.filter((item) => typeof item?.id === 'string' && item.external_id === externalId);
      for (const item of data) this.borrowerOfCustomer.set(item.id as string, externalId);
      this.customersByBorrower.set(
        externalId,
        data.map((item) => item.id as string),
      );
      return { data, has_more: page?.has_more === true };
    });
  }

  /** The borrower's customer ids, cached for a few seconds. */
  async customerIds(externalId: string): Promise<string[]> {
    return (
      this.customersByBorrower.get(externalId) ??
      (await this.listCustomers(externalId)).data.map((c) => c.id as string)
    );
  }

  /** Whether the customer belongs to the borrower; a cache miss is checked against Dinie. */
  async ownsCustomer(externalId: string, customerId: string): Promise<boolean> {
    if (this.customersByBorrower.get(externalId)?.includes(customerId)) return true;
    return (await this.borrowerOfCustomerId(customerId, externalId)) === externalId;
  }

  /** Records a customer just registered for the borrower. */
  rememberCustomer(externalId: string, customerId: string): void {
    this.borrowerOfCustomer.set(customerId, externalId);
    const ids = this.customersByBorrower.get(externalId);
    if (ids && !ids.includes(customerId)) this.customersByBorrower.set(externalId, [...ids, customerId]);
  }

  /** The borrower a customer belongs to (its `external_id`), or null when it has none or is unknown. */
  borrowerOf(customerId: string): Promise<string | null> {
    return this.borrowerOfCustomerId(customerId, undefined);
  }

  /** Whether the credit offer belongs to one of the borrower's customers. */
  async ownsOffer(externalId: string, offerId: string): Promise<boolean> {
    const customerId = await this.customerOfOfferId(offerId, externalId);
    return customerId !== null && this.ownsCustomer(externalId, customerId);
  }

  /** Whether the loan belongs to one of the borrower's customers. */
  async ownsLoan(externalId: string, loanId: string): Promise<boolean> {
    const customerId = await this.resolve(
      this.customerOfLoan,
      loanId,
      `/loans/${encodeURIComponent(loanId)}`,
      externalId,
    );
    return customerId !== null && this.ownsCustomer(externalId, customerId);
  }

  /** The customer an offer belongs to, or null when Dinie does not know the offer. */
  customerOfOfferId(offerId: string, askedBy?: string): Promise<string | null> {
    return this.resolve(
      this.customerOfOffer,
      offerId,
      `/credit-offers/${encodeURIComponent(offerId)}`,
      askedBy,
    );
  }

  /** The customer a loan belongs to, or null when Dinie does not know the loan. */
  customerOfLoanId(loanId: string): Promise<string | null> {
    return this.resolve(this.customerOfLoan, loanId, `/loans/${encodeURIComponent(loanId)}`, undefined);
  }

  /** Records which customer a resource fetched through the proxy belongs to. */
  rememberOwner(kind: 'offer' | 'loan', id: string, customerId: string): void {
    (kind === 'offer' ? this.customerOfOffer : this.customerOfLoan).set(id, customerId);
  }

  /** Records which offer a simulation made through the proxy belongs to. */
  rememberSimulation(simulationId: string, offerId: string): void {
    this.offerOfSimulation.set(simulationId, offerId);
  }

  /** The offer of a simulation made through this proxy, if it was. */
  offerOfSimulationId(simulationId: string): string | undefined {
    return this.offerOfSimulation.get(simulationId);
  }

  private async borrowerOfCustomerId(
    customerId: string,
    askedBy: string | undefined,
  ): Promise<string | null> {
    const known = this.borrowerOfCustomer.get(customerId);
    if (known !== undefined) return known;
    const customer = (await this.lookup(
      `/customers/${encodeURIComponent(customerId)}`,
      askedBy,
    )) as CustomerRef | null;
    if (!customer) {
      this.borrowerOfCustomer.set(customerId, null, NOT_FOUND_TTL_MS);
      return null;
    }
    const externalId = typeof customer.external_id === 'string' ? customer.external_id : null;
    this.borrowerOfCustomer.set(customerId, externalId);
    return externalId;
  }

  private async resolve(
    cache: BoundedCache<string, string | null>,
    id: string,
    path: string,
    askedBy: string | undefined,
  ): Promise<string | null> {
    const known = cache.get(id);
    if (known !== undefined) return known;
    const customerId = (await this.lookup(path, askedBy))?.customer_id;
    if (typeof customerId !== 'string') {
      cache.set(id, null, NOT_FOUND_TTL_MS);
      return null;
    }
    cache.set(id, customerId);
    return customerId;
  }

  /** One GET at Dinie per path at a time, however many ask. */
  private lookup(path: string, askedBy: string | undefined): Promise<Record<string, unknown> | null> {
    return this.lookups.run(path, () => this.upstream.getJson(path, askedBy));
  }
}
