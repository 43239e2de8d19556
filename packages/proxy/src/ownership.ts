import { BoundedCache } from './boundedCache.ts';
import type { DinieProxyLogger } from './logger.ts';
import type { Upstream } from './upstream.ts';
import { readJson, upstreamProblem } from './upstream.ts';

/** A customer as the proxy needs it: the id and who it belongs to. */
interface CustomerRef {
  id: string;
  external_id: string | null;
}

/**
 * Answers "does this borrower own this resource?" by asking Dinie with the partner's token.
 * Which customers a borrower has is cached briefly and re-read on a miss, so a customer
 * registered through another proxy instance is found at once. Which customer an offer, loan or
 * simulation belongs to never changes, so those facts are kept (bounded) once learnt.
 */
export class Ownership {
  private readonly customersByBorrower = new BoundedCache<string, string[]>(10_000, 30_000);
  private readonly borrowerOfCustomer = new BoundedCache<string, string | null>(50_000);
  private readonly customerOfOffer = new BoundedCache<string, string>(50_000);
  private readonly customerOfLoan = new BoundedCache<string, string>(50_000);
  private readonly offerOfSimulation = new BoundedCache<string, string>(50_000);

  constructor(
    private readonly upstream: Upstream,
    private readonly log: DinieProxyLogger,
  ) {}

  /**
   * The borrower's customers straight from Dinie (`GET /customers?external_id=`), filtered again
   * here so that a filter Dinie ignored could never list another borrower's customers.
   */
  async listCustomers(externalId: string): Promise<{ data: Record<string, unknown>[]; has_more: boolean }> {
    const response = await this.upstream.request('GET', '/customers', {
      query: { external_id: externalId, limit: '100' },
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
    const known = this.borrowerOfCustomer.get(customerId);
    if (known !== undefined) return known === externalId;
    const customer = (await this.upstream.getJson(
      `/customers/${encodeURIComponent(customerId)}`,
    )) as CustomerRef | null;
    if (!customer) return false;
    this.borrowerOfCustomer.set(customerId, customer.external_id ?? null);
    return customer.external_id === externalId;
  }

  /** Records a customer just registered for the borrower. */
  rememberCustomer(externalId: string, customerId: string): void {
    this.borrowerOfCustomer.set(customerId, externalId);
    const ids = this.customersByBorrower.get(externalId);
    if (ids && !ids.includes(customerId)) this.customersByBorrower.set(externalId, [...ids, customerId]);
  }

  /** The borrower a customer belongs to (its `external_id`), or null when it has none or is unknown. */
  async borrowerOf(customerId: string): Promise<string | null> {
    const known = this.borrowerOfCustomer.get(customerId);
    if (known !== undefined) return known;
    const customer = (await this.upstream.getJson(
      `/customers/${encodeURIComponent(customerId)}`,
    )) as CustomerRef | null;
    if (!customer) return null;
    const externalId = typeof customer.external_id === 'string' ? customer.external_id : null;
    this.borrowerOfCustomer.set(customerId, externalId);
    return externalId;
  }

  /** Whether the credit offer belongs to one of the borrower's customers. */
  async ownsOffer(externalId: string, offerId: string): Promise<boolean> {
    const customerId = await this.resolve(
      this.customerOfOffer,
      offerId,
      `/credit-offers/${encodeURIComponent(offerId)}`,
    );
    return customerId !== null && this.ownsCustomer(externalId, customerId);
  }

  /** Whether the loan belongs to one of the borrower's customers. */
  async ownsLoan(externalId: string, loanId: string): Promise<boolean> {
    const customerId = await this.resolve(
      this.customerOfLoan,
      loanId,
      `/loans/${encodeURIComponent(loanId)}`,
    );
    return customerId !== null && this.ownsCustomer(externalId, customerId);
  }

  /** The customer a loan belongs to, or null when Dinie does not know the loan. */
  customerOfLoanId(loanId: string): Promise<string | null> {
    return this.resolve(this.customerOfLoan, loanId, `/loans/${encodeURIComponent(loanId)}`);
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

  private async resolve(
    cache: BoundedCache<string, string>,
    id: string,
    path: string,
  ): Promise<string | null> {
    const known = cache.get(id);
    if (known !== undefined) return known;
    const resource = await this.upstream.getJson(path);
    const customerId = resource?.customer_id;
    if (typeof customerId !== 'string') return null;
    cache.set(id, customerId);
    return customerId;
  }
}
