import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSessionSigner } from './sessions.ts';

const SECRET = 'a-session-secret-of-at-least-32-characters!';
const NOW = 1_770_000_000;

describe('createSessionSigner', () => {
  it('issues a token that verifies to the same borrower, with the TTL applied', async () => {
    const signer = createSessionSigner(SECRET, 900);
    const { token, claims } = await signer.issue('partner-user-42', NOW);
    expect(token).toMatch(/^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(claims).toMatchObject({ externalId: 'partner-user-42', issuedAt: NOW, expiresAt: NOW + 900 });
    expect(await signer.verify(token, NOW + 899)).toEqual(claims);
  });

  it('gives every session its own id', async () => {
    const signer = createSessionSigner(SECRET, 900);
    const issued = await Promise.all(Array.from({ length: 100 }, () => signer.issue('same', NOW)));
    const ids = new Set(issued.map(({ claims }) => claims.sessionId));
    expect(ids.size).toBe(100);
  });

  it('refuses a token at and after its expiry', async () => {
    const signer = createSessionSigner(SECRET, 60);
    const { token } = await signer.issue('b', NOW);
    expect(await signer.verify(token, NOW + 60)).toEqual({ rejected: 'expired' });
    expect(await signer.verify(token, NOW + 6000)).toEqual({ rejected: 'expired' });
  });

  it('refuses a token it has already accepted once its expiry comes', async () => {
    const signer = createSessionSigner(SECRET, 60);
    const { token, claims } = await signer.issue('b', NOW);
    expect(await signer.verify(token, NOW + 59)).toEqual(claims);
    expect(await signer.verify(token, NOW + 59)).toEqual(claims);
    expect(await signer.verify(token, NOW + 60)).toEqual({ rejected: 'expired' });
  });

  it('accepts no other spelling or signature on the strength of a token it verified', async () => {
    const signer = createSessionSigner(SECRET, 900);
    const { token } = await signer.issue('borrower-a', NOW);
    await signer.verify(token, NOW);
    const [prefix, payload, signature] = token.split('.') as [string, string, string];
    const flipped = `${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    expect(await signer.verify(`${prefix}.${payload}.${flipped}`, NOW)).toEqual({
      rejected: 'bad_signature',
    });
    expect(await signer.verify(`${token}=`, NOW)).toEqual({ rejected: 'malformed' });
    expect(await signer.verify(` ${token}`, NOW)).toEqual({ rejected: 'malformed' });
  });

  it('refuses a token signed with another secret', async () => {
    const { token } = await createSessionSigner(`${SECRET}-other`, 900).issue('b', NOW);
    expect(await createSessionSigner(SECRET, 900).verify(token, NOW)).toEqual({ rejected: 'bad_signature' });
  });

  it('refuses a token whose payload was changed to another borrower or a later expiry', async () => {
    const signer = createSessionSigner(SECRET, 900);
    const { token } = await signer.issue('borrower-a', NOW);
    const [prefix, payload, signature] = token.split('.') as [string, string, string];
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString());
    for (const change of [{ sub: 'borrower-b' }, { exp: NOW + 999_999 }]) {
      const forged = Buffer.from(JSON.stringify({ ...decoded, ...change })).toString('base64url');
      expect(await signer.verify(`${prefix}.${forged}.${signature}`, NOW)).toEqual({
        rejected: 'bad_signature',
      });
    }
  });

  it('refuses malformed tokens without throwing', async () => {
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
      expect(await signer.verify(token, NOW)).toHaveProperty('rejected');
    }
  });

  it('accepts nothing but what it issued, for any input (property)', async () => {
    const signer = createSessionSigner(SECRET, 900);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (input) => {
        const result = await signer.verify(input, NOW);
        expect('rejected' in result).toBe(true);
      }),
      { numRuns: 500 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 255 }), async (externalId) => {
        const { token } = await signer.issue(externalId, NOW);
        expect(await signer.verify(token, NOW)).toMatchObject({ externalId });
      }),
      { numRuns: 200 },
    );
  });
});
