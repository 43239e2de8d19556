import { withGlobal } from '@sinonjs/fake-timers';

type InstalledClock = ReturnType<ReturnType<typeof withGlobal>['install']>;

/**
 * The instant every story starts at (10:00 in São Paulo), so dates the sandbox writes (uploads,
 * session expiry, due dates) and what the page compares them with are the same on every run.
 */
export const STORY_NOW = '2026-03-02T13:00:00.000Z';

let clock: InstalledClock | undefined;

/**
 * Loader that pins the page's `Date` to {@link STORY_NOW}. It runs before the story's own loaders,
 * so the in-browser sandbox (whose clock reads `Date.now`) starts there too. Time still moves on
 * with the real clock, so polling, token lifetimes and expiry behave as in a browser; only
 * `Date` is replaced, timers stay real.
 */
export async function pinStoryClock(): Promise<Record<string, never>> {
  clock?.uninstall();
  clock = withGlobal(globalThis).install({
    now: Date.parse(STORY_NOW),
    toFake: ['Date'],
    shouldAdvanceTime: true,
  });
  return {};
}

/** Hands the real `Date` back when the story is torn down. */
export function releaseStoryClock(): () => void {
  return () => {
    clock?.uninstall();
    clock = undefined;
  };
}
