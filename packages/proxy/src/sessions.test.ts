import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSessionSigner } from './sessions.ts';

const SECRET = 'a-session-secret-of-at-least-32-characters!';
const NOW = 1_770_000_000;

describe('createSessionSigner', () => {
  it('issues a token that verifies to the same borrower, with the TTL applied', () => {
    const signer = createSessionSigner(SECRET, 900);
    const { token, claims } = signer.issue('partner-user-42', NOW);
    expect(token).toMatch(/^dps1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(claims).toMatchObject({ externalId: 'partner-user-42', issuedAt: NOW, expiresAt: NOW + 900 });
    expect(signer.verify(token, NOW + 899)).toEqual(claims);
  });

  it('gives every session its own id', () => {
    const signer = createSessionSigner(SECRET, 900);
    const ids = new Set(Array.from({ length: 100 }, () => signer.issue('same', NOW).claims.sessionId));
    expect(ids.size).toBe(100);
  });

  it('refuses a token at and after its expiry', () => {
    const signer = createSessionSigner(SECRET, 60);
    const { token } = signer.issue('b', NOW);
    expect(signer.verify(token, NOW + 60)).toEqual({ rejected: 'expired' });
    expect(signer.verify(token, NOW + 6000)).toEqual({ rejected: 'expired' });
  });

  it('refuses a token signed with another secret', () => {
    const { token } = createSessionSigner(`${SECRET}-other`, 900).issue('b', NOW);
    expect(createSessionSigner(SECRET, 900).verify(token, NOW)).toEqual({ rejected: 'bad_signature' });
  });

  it('refuses a token whose payload was changed to another borrower or a later expiry', () => {
    const signer = createSessionSigner(SECRET, 900);
    const { token } = signer.issue('borrower-a', NOW);
    const [prefix, payload, signature] = token.split('.') as [string, string, string];
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString());
    for (const change of [{ x: 'borrower-b' }, { e: NOW + 999_999 }]) {
      const forged = Buffer.from(JSON.stringify({ ...decoded, ...change })).toString('base64url');
      expect(signer.verify(`${prefix}.${forged}.${signature}`, NOW)).toEqual({ rejected: 'bad_signature' });
    }
  });

  it('refuses malformed tokens without throwing', () => {
    const signer = createSessionSigner(SECRET, 900);
    for (const token of [
      '',
      'dps1.',
      'dps1..',
      'abc',
      'dps1.e30',
      `dps1.${'a'.repeat(5000)}.x`,
      'Bearer x',
    ]) {
      expect(signer.verify(token, NOW)).toHaveProperty('rejected');
    }
  });

  it('accepts nothing but what it issued, for any input (property)', () => {
    const signer = createSessionSigner(SECRET, 900);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        const result = signer.verify(input, NOW);
        expect('rejected' in result).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 255 }), (externalId) => {
        const { token } = signer.issue(externalId, NOW);
        expect(signer.verify(token, NOW)).toMatchObject({ externalId });
      }),
      { numRuns: 200 },
    );
  });
});
