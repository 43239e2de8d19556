import { useEffect } from 'react';
import type { DinieRuntime } from '../dinieContext.ts';

/**
 * Keeps the provider's event stream (or, where there is none, its polling fallback) running
 * while `live` is true, so what the caller shows moves on by itself even under a provider with
 * `events={false}`. Callers pass `false` once their data can no longer change.
 */
export function useLiveUpdates(runtime: DinieRuntime, live: boolean): void {
  const { events } = runtime;
  useEffect(() => (live ? events.retain() : undefined), [events, live]);
}
