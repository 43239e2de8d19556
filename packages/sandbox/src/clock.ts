const MS_PER_DAY = 86_400_000;

/**
 * The sandbox's business clock: the wall clock plus an offset that only grows. Due dates, overdue
 * days, offer expiry and idempotency windows follow it; token lifetimes and webhook timestamps
 * follow the wall clock, so moving time forward never logs a partner out or makes receivers
 * reject signatures as stale.
 */
export interface SandboxClock {
  /** Current sandbox time. */
  now(): Date;
  /** Moves sandbox time forward by whole days, then lets time-driven changes happen. */
  advance(days: number): void;
}

/** The clock plus what the sandbox needs to persist and react to it. */
export interface ManagedClock extends SandboxClock {
  /** Sandbox time in epoch milliseconds. */
  nowMs(): number;
  /** Milliseconds sandbox time runs ahead of the wall clock. */
  offsetMs(): number;
  /** Restores a persisted offset. */
  setOffsetMs(offset: number): void;
  /** Called after every `advance`. */
  onAdvance(listener: () => void): void;
}

/** A clock on top of `wallNow`, starting at `startAt` when given. */
export function createClock(wallNow: () => number, startAt?: number): ManagedClock {
  let offset = startAt === undefined ? 0 : startAt - wallNow();
  const listeners: Array<() => void> = [];
  const nowMs = () => wallNow() + offset;
  return {
    now: () => new Date(nowMs()),
    nowMs,
    offsetMs: () => offset,
    setOffsetMs: (value) => {
      offset = value;
    },
    advance(days) {
      if (!Number.isInteger(days) || days < 0) {
        throw new RangeError(`clock.advance takes a whole number of days ≥ 0, got ${days}.`);
      }
      offset += days * MS_PER_DAY;
      for (const listener of listeners) listener();
    },
    onAdvance: (listener) => {
      listeners.push(listener);
    },
  };
}

/** RFC 3339 UTC with whole seconds, as the API writes instants (`2026-03-04T10:00:00Z`). */
export function toTimestamp(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The last instant the API can write with a four-digit year: `9999-12-31T23:59:59Z`. */
export const MAX_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59);

/**
 * Whether instant `a` comes after instant `b` (RFC 3339 strings), compared in epoch
 * milliseconds: strings only order alike while they share a zone and a four-digit year.
 */
export function isAfter(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}
