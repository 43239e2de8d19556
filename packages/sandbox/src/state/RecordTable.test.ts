import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newestFirst, pageInOrder, paginate } from '../http/paginate.ts';
import { DueQueue } from './DueQueue.ts';
import { byCreation, RecordTable } from './RecordTable.ts';
import { SortedList } from './SortedList.ts';

interface Row {
  id: string;
  createdAt: string;
  group: string;
  rank: number;
}

const row = (id: string, createdAt: string, group = 'g', rank = 0): Row => ({ id, createdAt, group, rank });

describe('SortedList', () => {
  it('keeps any insertion order sorted, and removes the very item asked for', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), (values) => {
        const list = new SortedList<{ value: number }>((a, b) => a.value - b.value);
        const items = values.map((value) => ({ value }));
        for (const item of items) list.insert(item);
        expect([...list].map((item) => item.value)).toEqual([...values].sort((a, b) => a - b));
        const [gone] = items;
        if (gone !== undefined) {
          expect(list.remove(gone)).toBe(true);
          expect([...list]).not.toContain(gone);
          expect(list.remove(gone)).toBe(false);
          expect(list.size).toBe(items.length - 1);
        }
      }),
    );
  });
});

describe('DueQueue', () => {
  it('gives back what is due, earliest first and in queue order at the same instant, and keeps the rest', () => {
    const queue = new DueQueue<string>();
    queue.push(30, 'c');
    queue.push(10, 'a1');
    queue.push(20, 'b');
    queue.push(10, 'a2');
    queue.push(40, 'd');
    expect(queue.takeDue(9)).toEqual([]);
    expect(queue.takeDue(20)).toEqual(['a1', 'a2', 'b']);
    expect(queue.size).toBe(2);
    expect(queue.takeDue(100)).toEqual(['c', 'd']);
    expect(queue.size).toBe(0);
  });

  it('orders any set of instants like a sort would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 80 }),
        fc.integer({ min: 0, max: 1000 }),
        (dues, now) => {
          const queue = new DueQueue<number>();
          for (const [order, due] of dues.entries()) queue.push(due, order);
          const expected = dues
            .map((due, order) => ({ due, order }))
            .filter(({ due }) => due <= now)
            .sort((a, b) => a.due - b.due || a.order - b.order)
            .map(({ order }) => order);
          expect(queue.takeDue(now)).toEqual(expected);
          expect(queue.size).toBe(dues.filter((due) => due > now).length);
        },
      ),
    );
  });
});

describe('RecordTable', () => {
  const table = () =>
    new RecordTable<Row, 'group' | 'byRank'>(byCreation, {
      group: { key: (record) => record.group },
      byRank: {
        key: (record) => (record.rank > 0 ? record.group : null),
        compare: (a, b) => a.rank - b.rank,
      },
    });

  it('is a map that keeps its records in creation order and under each index key', () => {
    const rows = table();
    rows.set('b', row('b', '2026-03-02T10:00:00Z', 'x', 2));
    rows.set('a', row('a', '2026-03-01T10:00:00Z', 'y'));
    rows.set('c', row('c', '2026-03-02T10:00:00Z', 'x', 1));
    expect(rows.get('a')?.group).toBe('y');
    expect(rows.size).toBe(3);
    expect([...rows.ordered].map((record) => record.id)).toEqual(['a', 'b', 'c']);
    expect([...rows.find('group', 'x')].map((record) => record.id)).toEqual(['b', 'c']);
    expect([...rows.find('byRank', 'x')].map((record) => record.id)).toEqual(['c', 'b']);
    expect([...rows.find('group', 'none')]).toEqual([]);
    expect(rows.findFirst('group', 'x', (record) => record.rank === 1)?.id).toBe('c');
  });

  it('moves a record to its new key when set again after a change, and forgets it on delete', () => {
    const rows = table();
    const moved = row('a', '2026-03-01T10:00:00Z', 'x');
    rows.set('a', moved);
    moved.group = 'y';
    rows.set('a', moved);
    expect([...rows.find('group', 'x')]).toEqual([]);
    expect([...rows.find('group', 'y')]).toEqual([moved]);
    expect(rows.ordered.size).toBe(1);

    rows.set('a', row('a', '2026-03-01T10:00:00Z', 'z'));
    expect([...rows.find('group', 'y')]).toEqual([]);
    expect(rows.ordered.size).toBe(1);

    expect(rows.delete('a')).toBe(true);
    expect(rows.delete('a')).toBe(false);
    expect([...rows.find('group', 'z')]).toEqual([]);
    expect(rows.ordered.size).toBe(0);
    rows.set('b', row('b', '2026-03-01T10:00:00Z'));
    rows.clear();
    expect([rows.size, rows.ordered.size, [...rows.find('group', 'g')].length]).toEqual([0, 0, 0]);
  });

  it('pages like a sort of the whole list would, in both orders, with filters and any cursor', () => {
    const instants = ['2026-03-01T10:00:00Z', '2026-03-01T10:00:01Z', '2026-03-01T10:00:02Z'];
    const arbitraryRows = fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-f0-9]{4}$/),
        createdAt: fc.constantFrom(...instants),
        group: fc.constantFrom('x', 'y'),
        rank: fc.constant(0),
      }),
      { selector: (record) => record.id, maxLength: 40 },
    );
    fc.assert(
      fc.property(
        arbitraryRows,
        fc.integer({ min: 1, max: 10 }),
        fc.option(fc.nat(), { nil: null }),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.option(fc.constantFrom('x', 'y'), { nil: undefined }),
        (records, limit, cursorAt, order, group) => {
          const rows = table();
          for (const record of records) rows.set(record.id, record);
          const cursor =
            cursorAt === null || records.length === 0 ? null : (records[cursorAt % records.length] as Row);
          const keep = group === undefined ? undefined : (record: Row) => record.group === group;
          const compare = order === 'desc' ? newestFirst : byCreation;
          const expected = paginate(
            records.filter((record) => keep?.(record) ?? true).sort(compare),
            { limit, startingAfter: cursor?.id ?? null },
            { find: (id) => rows.get(id), compare },
          );
          const page = pageInOrder(
            rows.ordered,
            { limit, startingAfter: cursor?.id ?? null },
            {
              find: (id) => rows.get(id),
              keep,
              order,
            },
          );
          expect(page).toEqual(expected);
        },
      ),
    );
    expect(() =>
      pageInOrder(table().ordered, { limit: 1, startingAfter: 'nope' }, { find: () => undefined }),
    ).toThrow(/starting_after/);
  });
});
