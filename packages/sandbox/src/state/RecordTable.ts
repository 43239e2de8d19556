import { SortedList } from './SortedList.ts';

/** The order of records by creation: creation instant, then id (ids start with their creation time). */
export function byCreation(
  a: { createdAt: string; id: string },
  b: { createdAt: string; id: string },
): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A secondary index: the key a record is found under (`null`: not indexed), and the order within a key. */
export interface IndexDefinition<T> {
  key: (record: T) => string | null;
  /** The order of the records under one key (default the table's own order). */
  compare?: (a: T, b: T) => number;
}

/** What an index holds under a key it has never seen; never written to. */
const NO_RECORDS = new SortedList<never>(() => 0);

/**
 * One resource's records by their key, as a `Map`, plus what the API looks them up by: the
 * records in creation order (cursor pages walk it instead of sorting everything) and secondary
 * indexes (by customer, by CPF…), each kept in order too. Indexed fields may change only through
 * {@link RecordTable.set} again (`table.set(id, record)` after the change re-indexes it).
 */
export class RecordTable<T extends { createdAt: string }, Index extends string = never> extends Map<
  string,
  T
> {
  /** Every record in the table's order, oldest first. */
  readonly ordered: SortedList<T>;
  readonly #compare: (a: T, b: T) => number;
  readonly #definitions: ReadonlyArray<readonly [Index, IndexDefinition<T>]>;
  readonly #indexes = new Map<Index, Map<string, SortedList<T>>>();
  /** The keys each record is indexed under now, in the order of `#definitions`. */
  readonly #keys = new Map<T, Array<string | null>>();

  /**
   * @param compare - the table's order (creation order for records with an id).
   * @param indexes - the secondary indexes by name.
   */
  constructor(compare: (a: T, b: T) => number, indexes: Record<Index, IndexDefinition<T>>) {
    super();
    this.#compare = compare;
    this.ordered = new SortedList(compare);
    this.#definitions = Object.entries(indexes) as Array<[Index, IndexDefinition<T>]>;
    for (const [name] of this.#definitions) this.#indexes.set(name, new Map());
  }

  /** Stores a record, or re-indexes it after an indexed field changed. */
  override set(key: string, record: T): this {
    const previous = super.get(key);
    if (previous !== undefined) this.#unindex(previous, previous !== record);
    super.set(key, record);
    if (previous !== record) this.ordered.insert(record);
    this.#index(record);
    return this;
  }

  /** Removes a record and its index entries. */
  override delete(key: string): boolean {
    const record = super.get(key);
    if (record === undefined) return false;
    this.#unindex(record, true);
    return super.delete(key);
  }

  /** Empties the table and its indexes. */
  override clear(): void {
    super.clear();
    this.ordered.clear();
    for (const index of this.#indexes.values()) index.clear();
    this.#keys.clear();
  }

  /** The records under `key` of index `name`, in that index's order (oldest first by default). */
  find(name: Index, key: string): SortedList<T> {
    return this.#indexes.get(name)?.get(key) ?? (NO_RECORDS as unknown as SortedList<T>);
  }

  /** The first record under `key` of index `name` that `keep` takes. */
  findFirst(name: Index, key: string, keep: (record: T) => boolean = () => true): T | undefined {
    for (const record of this.find(name, key)) if (keep(record)) return record;
    return undefined;
  }

  #index(record: T): void {
    const keys = this.#definitions.map(([name, definition]) => {
      const key = definition.key(record);
      if (key !== null) {
        const index = this.#indexes.get(name) as Map<string, SortedList<T>>;
        let bucket = index.get(key);
        if (bucket === undefined) {
          bucket = new SortedList(definition.compare ?? this.#compare);
          index.set(key, bucket);
        }
        bucket.insert(record);
      }
      return key;
    });
    this.#keys.set(record, keys);
  }

  #unindex(record: T, fromOrder: boolean): void {
    if (fromOrder) this.ordered.remove(record);
    const keys = this.#keys.get(record);
    if (keys === undefined) return;
    this.#definitions.forEach(([name], position) => {
      const key = keys[position];
      if (key === null || key === undefined) return;
      const index = this.#indexes.get(name) as Map<string, SortedList<T>>;
      const bucket = index.get(key);
      bucket?.remove(record);
      if (bucket?.size === 0) index.delete(key);
    });
    this.#keys.delete(record);
  }
}
