/** Work the sandbox does by itself: automatic lifecycle steps and webhook delivery attempts. */
export interface Scheduler {
  /** Runs `task` after `delayMs` of real time (0: right after the current request). */
  schedule(delayMs: number, task: () => void | Promise<void>): void;
  /** Resolves once nothing is due now and nothing is running. */
  settle(): Promise<void>;
  /** Drops every pending task and waits for running ones. */
  close(): Promise<void>;
}

interface Pending {
  dueAt: number;
  timer: ReturnType<typeof setTimeout>;
  task: () => void | Promise<void>;
}

/**
 * A timer-based scheduler. Delays follow the real clock (`Date.now`), never the sandbox clock, so
 * moving sandbox time forward does not fire or skip steps; `settle()` runs whatever is due at
 * once, which is what makes `stepMs: 0` deterministic in tests.
 */
export function createScheduler(onError: (error: unknown) => void): Scheduler {
  const pending = new Set<Pending>();
  const running = new Set<Promise<void>>();
  let closed = false;

  const fire = (entry: Pending) => {
    if (!pending.delete(entry)) return;
    clearTimeout(entry.timer);
    const run = (async () => {
      try {
        await entry.task();
      } catch (error) {
        onError(error);
      }
    })();
    running.add(run);
    void run.finally(() => running.delete(run));
  };

  return {
    schedule(delayMs, task) {
      if (closed) return;
      const delay = Math.max(0, delayMs);
      const entry: Pending = { dueAt: Date.now() + delay, task, timer: undefined as never };
      entry.timer = setTimeout(() => fire(entry), delay);
      pending.add(entry);
    },
    async settle() {
      for (;;) {
        const now = Date.now();
        for (const entry of [...pending]) if (entry.dueAt <= now) fire(entry);
        if (running.size === 0) return;
        await Promise.allSettled([...running]);
      }
    },
    async close() {
      closed = true;
      for (const entry of pending) clearTimeout(entry.timer);
      pending.clear();
      await Promise.allSettled([...running]);
    },
  };
}
