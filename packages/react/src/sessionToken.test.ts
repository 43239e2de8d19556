import { describe, expect, it, vi } from 'vitest';
import { createGetToken, createSessionTokenStore, type SessionToken } from './sessionToken.ts';

function setup(answers: SessionToken[]) {
  let time = Date.parse('2026-03-04T10:00:00Z');
  const fetchToken = vi.fn(async () => {
    const answer = answers.shift();
    if (answer === undefined) throw new Error('no more tokens');
    return answer;
  });
  const store = createSessionTokenStore(
    () => fetchToken,
    () => time,
  );
  return { store, fetchToken, advance: (ms: number) => (time += ms) };
}

describe('createSessionTokenStore', () => {
  it('fetches once for any number of concurrent callers', async () => {
    const { store, fetchToken } = setup(['a']);
    store.prefetch();
    store.prefetch();
    const tokens = await Promise.all([store.get(), store.get(), store.get()]);
    expect(tokens).toEqual(['a', 'a', 'a']);
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  it('renews shortly before expires_at, once for concurrent callers', async () => {
    const { store, fetchToken, advance } = setup([
      { token: 'a', expires_at: '2026-03-04T10:15:00Z' },
      { token: 'b', expires_at: '2026-03-04T10:30:00Z' },
    ]);
    expect(await store.get()).toBe('a');
    advance(14 * 60_000);
    expect(await store.get()).toBe('a');
    advance(45_000);
    expect(await Promise.all([store.get(), store.get()])).toEqual(['b', 'b']);
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('replaces a refused token once, however many callers were refused', async () => {
    const { store, fetchToken, advance } = setup(['a', 'b', 'c']);
    await store.get();
    advance(60_000);
    const refreshed = await Promise.all([1, 2, 3].map(() => store.get({ forceRefresh: true })));
    expect(refreshed).toEqual(['b', 'b', 'b']);
    // Refusals that arrive after the refresh was done find a token fresher than theirs.
    expect(await store.get({ forceRefresh: true })).toBe('b');
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('replaces a token refused on arrival once; refusals of older tokens change nothing', async () => {
    const { store, fetchToken } = setup(['stale', 'fresh', 'unused']);
    expect(await store.get()).toBe('stale');
    store.refuse('stale');
    store.refuse('stale');
    expect(await Promise.all([store.get({ forceRefresh: true }), store.get({ forceRefresh: true })])).toEqual(
      ['fresh', 'fresh'],
    );
    store.refuse('stale');
    expect(await store.get({ forceRefresh: true })).toBe('fresh');
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('ignores an expiry already past on arrival (clock skew) instead of looping', async () => {
    const { store, fetchToken } = setup([{ token: 'a', expires_at: '2026-03-04T09:00:00Z' }]);
    expect(await store.get()).toBe('a');
    expect(await store.get()).toBe('a');
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  it('rejects malformed answers with what was expected, and tries again next time', async () => {
    const { store } = setup([{ token: '', expires_at: 'x' }, { token: 'a', expires_at: 'soon' }, 'b']);
    await expect(store.get()).rejects.toThrow(/token string or to \{ token, expires_at \}/);
    await expect(store.get()).rejects.toThrow(/not an RFC 3339 instant/);
    expect(await store.get()).toBe('b');
  });

  it('knows from the call’s signal which token was refused, even one that just arrived', async () => {
    const { store, fetchToken } = setup(['refused-on-arrival', 'good']);
    const getToken = createGetToken(store);
    const calls = [1, 2, 3].map(() => new AbortController().signal);
    expect(await Promise.all(calls.map((signal) => getToken({ forceRefresh: false, signal })))).toEqual([
      'refused-on-arrival',
      'refused-on-arrival',
      'refused-on-arrival',
    ]);
    const retried = await Promise.all(calls.map((signal) => getToken({ forceRefresh: true, signal })));
    expect(retried).toEqual(['good', 'good', 'good']);
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });
});
