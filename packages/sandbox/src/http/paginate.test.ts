import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError.ts';
import { newestFirst, paginate, readPageRequest } from './paginate.ts';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

describe('pagination', () => {
  it('reads limit (default 25, 1..100) and starting_after', () => {
    expect(readPageRequest(new URLSearchParams())).toEqual({ limit: 25, startingAfter: null });
    expect(readPageRequest(new URLSearchParams('limit=100&starting_after=x'))).toEqual({
      limit: 100,
      startingAfter: 'x',
    });
    for (const limit of ['0', '101', '-1', '1.5', 'ten', '']) {
      expect(() => readPageRequest(new URLSearchParams({ limit }))).toThrow(ApiError);
    }
  });

  it('pages after the cursor and says whether more follow', () => {
    expect(paginate(items, { limit: 2, startingAfter: null })).toEqual({
      data: [{ id: 'a' }, { id: 'b' }],
      has_more: true,
    });
    expect(paginate(items, { limit: 2, startingAfter: 'c' })).toEqual({
      data: [{ id: 'd' }, { id: 'e' }],
      has_more: false,
    });
    expect(paginate(items, { limit: 2, startingAfter: 'e' })).toEqual({ data: [], has_more: false });
    expect(() => paginate(items, { limit: 2, startingAfter: 'z' })).toThrow(/starting_after/);
  });

  it('orders newest first with the id as tie-break', () => {
    const records = [
      { id: 'x1', createdAt: '2026-03-04T10:00:00Z' },
      { id: 'x3', createdAt: '2026-03-04T10:00:00Z' },
      { id: 'x2', createdAt: '2026-03-05T10:00:00Z' },
    ];
    expect(records.sort(newestFirst).map((record) => record.id)).toEqual(['x2', 'x3', 'x1']);
  });
});
