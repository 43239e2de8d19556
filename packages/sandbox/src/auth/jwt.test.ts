import { describe, expect, it } from 'vitest';
import { randomHex } from '../ids.ts';
import { createJwtSigner, sha256Hex } from './jwt.ts';

describe('createJwtSigner', () => {
  const claims = { sub: 'dinie_ci_1', iat: 1_772_618_400, exp: 1_772_622_000, jti: 'x' };

  it('signs HS256 tokens it can verify', async () => {
    const signer = createJwtSigner(randomHex(32));
    const token = await signer.sign(claims);
    expect(token.split('.')).toHaveLength(3);
    expect(JSON.parse(atob(token.split('.')[0] ?? ''))).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(await signer.verify(token)).toEqual(claims);
  });

  it('refuses tokens of another key, altered ones and garbage', async () => {
    const signer = createJwtSigner(randomHex(32));
    const other = await createJwtSigner(randomHex(32)).sign(claims);
    expect(await signer.verify(other)).toBeNull();
    const token = await signer.sign(claims);
    const [header, , signature] = token.split('.');
    const forged = `${header}.${btoa(JSON.stringify({ ...claims, sub: 'dinie_ci_2' })).replace(/=+$/, '')}.${signature}`;
    expect(await signer.verify(forged)).toBeNull();
    for (const garbage of ['', 'a.b', 'a.b.c', '....', `${header}.%%%.${signature}`])
      expect(await signer.verify(garbage)).toBeNull();
  });

  it('digests secrets with SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
