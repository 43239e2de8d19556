import { invalidResponseError } from './clientErrors.ts';
import { type Page, PagePromise } from './PagePromise.ts';
import type { RequestOptions } from './RequestOptions.ts';
import type { Transport } from './transport.ts';
import type { QueryParams } from './url.ts';

/**
 * Builds the {@link PagePromise} of a list operation. Every page is its own GET with the caller's
 * filters and options; only `starting_after` moves.
 */
export function paginate<T extends { id: string }>(
  transport: Transport,
  path: string,
  query: QueryParams | undefined,
  options: RequestOptions | undefined,
): PagePromise<T> {
  return new PagePromise<T>(async (startingAfter) => {
    const pageQuery = startingAfter === undefined ? query : { ...query, starting_after: startingAfter };
    const response = await transport<Page<T>>({
      method: 'GET',
      path,
      query: pageQuery,
      auth: 'bearer',
      options,
    });
    const page: unknown = response.data;
    // Iteration reads `data.at(-1).id`; a body of another shape must fail here, not deep inside a loop.
    if (typeof page !== 'object' || page === null || !Array.isArray((page as Page<T>).data)) {
      const detail = `GET ${path} answered without a "data" list.`;
      throw invalidResponseError(response.status, detail, response.requestId);
    }
    return page as Page<T>;
  });
}
