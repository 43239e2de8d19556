import TinyQueue from 'tinyqueue';

interface Entry<T> {
  dueMs: number;
  order: number;
  value: T;
}

const earliest = <T>(a: Entry<T>, b: Entry<T>): number => a.dueMs - b.dueMs || a.order - b.order;

/**
 * Things due at an instant (epoch ms) on a binary heap (`tinyqueue`), earliest first and, at the
 * same instant, in the order they were queued: what is due is taken off the top instead of
 * scanning everything.
 */
export class DueQueue<T> {
  #heap = new TinyQueue<Entry<T>>([], earliest);
  #queued = 0;

  /** How many entries wait, stale ones included. */
  get size(): number {
    return this.#heap.length;
  }

  /** Queues `value` for `dueMs`. */
  push(dueMs: number, value: T): void {
    this.#heap.push({ dueMs, order: this.#queued++, value });
  }

  /** Takes off, in due order, every value due at or before `nowMs`. */
  takeDue(nowMs: number): T[] {
    const due: T[] = [];
    for (let next = this.#heap.peek(); next !== undefined && next.dueMs <= nowMs; next = this.#heap.peek()) {
      this.#heap.pop();
      due.push(next.value);
    }
    return due;
  }

  /** Empties the queue. */
  clear(): void {
    this.#heap = new TinyQueue<Entry<T>>([], earliest);
  }
}
