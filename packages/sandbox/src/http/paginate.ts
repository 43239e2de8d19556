import type { SortedList } from '../state/SortedList.ts';
import { ApiError, validationFailed } from './ApiError.ts';

/** A page request: `limit` (1..100, default 25) and `starting_after`. */
export interface PageRequest {
  limit: number;
  startingAfter: string | null;
}

/** The list envelope of every list operation. */
export interface Page<T> {
  data: T[];
  has_more: boolean;
}

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

/**
 * Reads `limit` and `starting_after` from a query string.
 *
 * @throws {ApiError} 422 naming `limit` when it is not an integer in 1..100.
 */
export function readPageRequest(query: URLSearchParams): PageRequest {
  const rawLimit = query.get('limit');
  let limit = DEFAULT_LIMIT;
  if (rawLimit !== null) {
    limit = /^\d{1,4}$/.test(rawLimit) ? Number(rawLimit) : Number.NaN;
    if (!(limit >= 1 && limit <= MAX_LIMIT)) {
      throw validationFailed([
        { param: 'limit', code: 'out_of_range', detail: `limit must be an integer from 1 to ${MAX_LIMIT}.` },
      ]);
    }
  }
  const startingAfter = query.get('starting_after');
  return { limit, startingAfter: startingAfter === null || startingAfter === '' ? null : startingAfter };
}

/**
 * Where a cursor is looked up: among every item of the resource (not only those the filters
 * keep), so a cursor stays valid when its item changes and leaves the filtered list.
 */
export interface CursorLookup<T> {
  /** The item of the resource with this id, whatever the filters. */
  find: (id: string) => T | undefined;
  /** The order of the list (sort key, then id): items after the cursor's record come next. */
  compare: (a: T, b: T) => number;
}

function invalidCursor(): ApiError {
  return new ApiError(400, 'invalid_cursor', 'starting_after is not the id of an item of this list.', {
    param: 'starting_after',
  });
}

/**
 * Cuts one page out of an already ordered list. With a {@link CursorLookup}, `starting_after`
 * names any item of the resource and the page holds the listed items ordered after it;
 * without one, it must be an id of the list itself.
 *
 * @throws {ApiError} 400 `invalid_cursor` when `starting_after` names no item.
 */
export function paginate<T extends { id: string }>(
  items: readonly T[],
  page: PageRequest,
  cursor?: CursorLookup<T>,
): Page<T> {
  let start = 0;
  if (page.startingAfter !== null) {
    if (cursor === undefined) {
      const index = items.findIndex((item) => item.id === page.startingAfter);
      if (index === -1) throw invalidCursor();
      start = index + 1;
    } else {
      const after = cursor.find(page.startingAfter);
      if (after === undefined) throw invalidCursor();
      const index = items.findIndex((item) => cursor.compare(item, after) > 0);
      start = index === -1 ? items.length : index;
    }
  }
  const data = items.slice(start, start + page.limit);
  return { data, has_more: start + page.limit < items.length };
}

/** How {@link pageInOrder} walks a list and checks its cursor. */
export interface OrderedPageOptions<T> {
  /** The item of the resource with this id, whatever the filters. */
  find: (id: string) => T | undefined;
  /** The filters; every item by default. */
  keep?: ((item: T) => boolean) | undefined;
  /** `desc` (newest first, the default) walks the list from its end, `asc` from its start. */
  order?: 'asc' | 'desc';
}

/**
 * Cuts one page out of a list kept in creation order, walking it from the cursor's place (found
 * by binary search) and filtering as it goes: a page costs its own items and the ones the
 * filters skip, not a copy and a sort of the whole resource. `starting_after` names any item of
 * the resource, as with {@link paginate}'s cursor lookup.
 *
 * @throws {ApiError} 400 `invalid_cursor` when `starting_after` names no item.
 */
export function pageInOrder<T extends { id: string }>(
  ordered: SortedList<T>,
  page: PageRequest,
  options: OrderedPageOptions<T>,
): Page<T> {
  const keep = options.keep ?? (() => true);
  const descending = (options.order ?? 'desc') === 'desc';
  let index = descending ? ordered.size - 1 : 0;
  if (page.startingAfter !== null) {
    const after = options.find(page.startingAfter);
    if (after === undefined) throw invalidCursor();
    index = descending ? ordered.lowerBound(after) - 1 : ordered.upperBound(after);
  }
  const data: T[] = [];
  const step = descending ? -1 : 1;
  for (; index >= 0 && index < ordered.size; index += step) {
    const item = ordered.at(index) as T;
    if (!keep(item)) continue;
    if (data.length === page.limit) return { data, has_more: true };
    data.push(item);
  }
  return { data, has_more: false };
}

/** Newest first, id as tie-break: the order of every list but a loan's installments. */
export function newestFirst(
  a: { id: string; createdAt: string },
  b: { id: string; createdAt: string },
): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
