import { useEffect, useState } from 'react';

/** How close to the end a countdown shows: the last 24 hours. */
export const COUNTDOWN_WINDOW_MS = 24 * 60 * 60 * 1000;
const TICK_MS = 15_000;

/**
 * Milliseconds left until `timestamp` while fewer than 24 hours remain, `0` once it has passed,
 * and `null` before the last day. It ticks every 15 s inside the window and wakes up when the
 * window opens; a countdown in minutes never needs more.
 */
export function useCountdown(timestamp: string): number | null {
  const end = Date.parse(timestamp);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const left = end - Date.now();
      setNow(Date.now());
      if (!(left > 0)) return;
      const delay =
        left > COUNTDOWN_WINDOW_MS
          ? Math.min(left - COUNTDOWN_WINDOW_MS, 2_147_483_647)
          : Math.min(left, TICK_MS);
      timer = setTimeout(tick, delay);
    };
    tick();
    return () => clearTimeout(timer);
  }, [end]);
  const left = end - now;
  if (Number.isNaN(left) || left > COUNTDOWN_WINDOW_MS) return null;
  return Math.max(left, 0);
}
