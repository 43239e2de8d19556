/** One page of a cursor-paginated list, exactly as the API sends it. */
export interface Page<T> {
  /** The items of this page, in the list's order. */
  data: T[];
  /** Whether more items follow this page. */
  has_more: boolean;
}

/**
 * Fetches one page. `undefined` asks for the page the caller's own parameters describe; an id asks
 * for the page right after that item.
 */
export type PageFetcher<T> = (startingAfter: string | undefined) => Promise<Page<T>>;

/**
 * What every list method returns. Await it for the first page, or iterate it with `for await` to
 * walk every item of every page, each next page asked with `starting_after` = the id of the last
 * item so far. Iteration stops at `has_more: false`, and at an empty page so a server that keeps
 * saying `has_more` cannot loop it forever. Breaking out of the loop fetches nothing more.
 *
 * Nothing is requested until the promise is awaited or iterated; the first page is fetched once
 * and shared by both.
 *
 * @example
 * const first = await dinie.customers.list({ limit: 50 });
 * for await (const customer of dinie.customers.list({ status: 'active' })) { … }
 */
export class PagePromise<T extends { id: string }> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  readonly #fetchPage: PageFetcher<T>;
  #firstPage: Promise<Page<T>> | undefined;

  /** Wraps a page fetcher; the client builds these, callers only consume them. */
  constructor(fetchPage: PageFetcher<T>) {
    this.#fetchPage = fetchPage;
  }

  /** Resolves with the first page. */
  // biome-ignore lint/suspicious/noThenProperty: awaiting a list for its first page is the point of this class.
  then<R1 = Page<T>, R2 = never>(
    onFulfilled?: ((page: Page<T>) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#first().then(onFulfilled, onRejected);
  }

  /** Handles a failure to fetch the first page. */
  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.#first().catch(onRejected);
  }

  /** Runs `onFinally` once the first page has arrived or failed. */
  finally(onFinally?: (() => void) | null): Promise<Page<T>> {
    return this.#first().finally(onFinally);
  }

  /** Walks the pages themselves rather than their items, e.g. to show a page count. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let page = await this.#first();
    for (;;) {
      yield page;
      const last = page.data.at(-1);
      if (!page.has_more || last === undefined) return;
      page = await this.#fetchPage(last.id);
    }
  }

  /** Walks every item of every page. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }

  /** Shows as `[object PagePromise]`. */
  get [Symbol.toStringTag](): string {
    return 'PagePromise';
  }

  #first(): Promise<Page<T>> {
    this.#firstPage ??= this.#fetchPage(undefined);
    return this.#firstPage;
  }
}
