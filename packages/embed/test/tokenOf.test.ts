import { describe, expect, it } from 'vitest';
import { tokenOf } from '../src/pure.ts';

describe('the session token as it crosses to the frame', () => {
  it("keeps the token, its expiry and the session answer's events flag, and nothing else", () => {
    const answer = { token: 't', expires_at: '2026-12-05T10:00:00Z', events: false, customer_id: 'cus_1' };
    expect(tokenOf(answer)).toEqual({ token: 't', expires_at: '2026-12-05T10:00:00Z', events: false });
    expect(tokenOf({ token: 't', expires_at: '2026-12-05T10:00:00Z' })).toEqual({
      token: 't',
      expires_at: '2026-12-05T10:00:00Z',
    });
    expect(tokenOf({ token: 't', events: true })).toBe('t');
    expect(tokenOf('t')).toBe('t');
  });

  it('refuses an answer without a token, saying what fetchSessionToken must give', () => {
    expect(() => tokenOf({ expires_at: '2026-12-05T10:00:00Z' })).toThrow(/fetchSessionToken must resolve/);
    expect(() => tokenOf(null)).toThrow(/fetchSessionToken must resolve/);
  });
});
