import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { BoundedCache } from './boundedCache.ts';

/** What a verified session token says: which borrower, since when, until when. */
export interface SessionClaims {
  /** The partner's own id for the borrower (`external_id` at Dinie). */
  externalId: string;
  /** Issue time, Unix seconds. */
  issuedAt: number;
  /** Expiry time, Unix seconds. */
  expiresAt: number;
  /** A random id for this session, safe to log. */
  sessionId: string;
}

/** A freshly issued session token. */
export interface IssuedSession {
  /** The token the browser sends as `Authorization: Bearer …`. */
  token: string;
  /** The claims it carries. */
  claims: SessionClaims;
}

/** Why a token was refused. */
export type SessionRejection = 'malformed' | 'bad_signature' | 'expired';

/** Issues and verifies session tokens. */
export interface SessionSigner {
  /** Issues a token for one borrower. */
  issue(externalId: string, now?: number): Promise<IssuedSession>;
  /** Verifies a token: its claims, or why it was refused. */
  verify(token: string, now?: number): Promise<SessionClaims | { rejected: SessionRejection }>;
}

/** The `iss` and `aud` of every session token. */
export const SESSION_TOKEN_ISSUER = 'dinie-embed/proxy';
/** Anything longer is refused before any hashing, so huge headers cost nothing. */
const MAX_TOKEN_LENGTH = 2048;
/**
 * The one spelling of a token: three unpadded base64url segments, the last an HMAC-SHA256 (32
 * bytes, 43 characters). Padding, `+/`, and characters a lenient decoder skips are all refused.
 */
const COMPACT_JWT = /^[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.([A-Za-z0-9_-]{43})$/;
/** Verified tokens remembered per instance: a browser sends the same token with every request. */
const VERIFIED_TOKENS = 10_000;

/**
 * Creates a signer of session tokens: JWTs signed with HS256 and the session secret, carrying
 * the borrower as `sub`, the session id as `jti`, `iat` and `exp`, and `iss`/`aud`
 * `dinie-embed/proxy`. Signing and verification go through `jose` with the algorithm fixed, so
 * the partner's own services can verify a token with any JWT library and the same secret.
 *
 * @param secret at least 32 characters (checked by the options); its UTF-8 bytes are the key.
 * @param ttlSeconds how long a token lives.
 */
export function createSessionSigner(secret: string, ttlSeconds: number): SessionSigner {
  const key = new TextEncoder().encode(secret);
  const nowSeconds = () => Math.floor(Date.now() / 1000);
  // A token's claims never change once its signature checked out, so each token is verified with
  // the key once; later requests only compare the exact string and check the expiry again.
  const verified = new BoundedCache<string, SessionClaims>(VERIFIED_TOKENS);

  return {
    async issue(externalId, now = nowSeconds()) {
      const claims: SessionClaims = {
        externalId,
        issuedAt: now,
        expiresAt: now + ttlSeconds,
        sessionId: randomBytes(12).toString('base64url'),
      };
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(SESSION_TOKEN_ISSUER)
        .setAudience(SESSION_TOKEN_ISSUER)
        .setSubject(externalId)
        .setJti(claims.sessionId)
        .setIssuedAt(claims.issuedAt)
        .setExpirationTime(claims.expiresAt)
        .sign(key);
      return { token, claims };
    },

    async verify(token, now = nowSeconds()) {
      const signature = token.length <= MAX_TOKEN_LENGTH ? COMPACT_JWT.exec(token)?.[1] : undefined;
      // Decoding and encoding again gives the canonical spelling: a last character whose unused
      // low bits are set decodes to the same bytes, and is one more spelling to refuse.
      if (!signature || Buffer.from(signature, 'base64url').toString('base64url') !== signature) {
        return { rejected: 'malformed' };
      }
      const known = verified.get(token);
      if (known) return now >= known.expiresAt ? { rejected: 'expired' } : known;
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          issuer: SESSION_TOKEN_ISSUER,
          audience: SESSION_TOKEN_ISSUER,
          typ: 'JWT',
          requiredClaims: ['sub', 'jti', 'iat', 'exp'],
          currentDate: new Date(now * 1000),
        });
        const { sub, jti, iat, exp } = payload;
        if (typeof sub !== 'string' || typeof jti !== 'string') return { rejected: 'malformed' };
        if (!Number.isSafeInteger(iat) || !Number.isSafeInteger(exp)) return { rejected: 'malformed' };
        const claims = { externalId: sub, issuedAt: iat as number, expiresAt: exp as number, sessionId: jti };
        verified.set(token, claims, (claims.expiresAt - now) * 1000);
        return claims;
      } catch (error) {
        if (error instanceof errors.JWTExpired) return { rejected: 'expired' };
        if (error instanceof errors.JWSSignatureVerificationFailed) return { rejected: 'bad_signature' };
        return { rejected: 'malformed' };
      }
    },
  };
}
