/**
 * Items kept in the order of `compare`: inserting is a binary search (an append in the usual case,
 * records arriving in creation order), and a page is a walk from a position, never a sort.
 */
export class SortedList<T> {
  readonly #items: T[] = [];
  readonly #compare: (a: T, b: T) => number;

  /** @param compare - the order; 0 only for items that are the same for the order. */
  constructor(compare: (a: T, b: T) => number) {
    this.#compare = compare;
  }

  /** How many items the list holds. */
  get size(): number {
    return this.#items.length;
  }

  /** The item at `index` in ascending order. */
  at(index: number): T | undefined {
    return this.#items[index];
  }

  /** The index of the first item not before `probe` (the list's length when every item is). */
  lowerBound(probe: T): number {
    let low = 0;
    let high = this.#items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#compare(this.#items[middle] as T, probe) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The index of the first item after `probe`. */
  upperBound(probe: T): number {
    let low = 0;
    let high = this.#items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#compare(this.#items[middle] as T, probe) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Adds an item in its place. */
  insert(item: T): void {
    const last = this.#items[this.#items.length - 1];
    if (last === undefined || this.#compare(last, item) <= 0) this.#items.push(item);
    else this.#items.splice(this.upperBound(item), 0, item);
  }

  /** Removes this very item; whether it was there. */
  remove(item: T): boolean {
    for (let index = this.lowerBound(item); index < this.#items.length; index++) {
      const candidate = this.#items[index] as T;
      if (candidate === item) {
        this.#items.splice(index, 1);
        return true;
      }
      if (this.#compare(candidate, item) !== 0) break;
    }
    return false;
  }

  /** Removes every item. */
  clear(): void {
    this.#items.length = 0;
  }

  /** Every item, in ascending order. */
  [Symbol.iterator](): IterableIterator<T> {
    return this.#items[Symbol.iterator]();
  }
}
