import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

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
  /** The opaque token the browser sends as `Authorization: Bearer …`. */
  token: string;
  /** The claims it carries. */
  claims: SessionClaims;
}

/** Why a token was refused. */
export type SessionRejection = 'malformed' | 'bad_signature' | 'expired';

/** Issues and verifies session tokens. */
export interface SessionSigner {
  /** Issues a token for one borrower. */
  issue(externalId: string, now?: number): IssuedSession;
  /** Verifies a token: its claims, or why it was refused. */
  verify(token: string, now?: number): SessionClaims | { rejected: SessionRejection };
}

/** The prefix marks the token format's version and makes tokens easy to spot and redact. */
const PREFIX = 'dps1.';
/** Anything longer is refused before any hashing, so huge headers cost nothing. */
const MAX_TOKEN_LENGTH = 2048;

interface Payload {
  /** external id */
  x: string;
  /** issued, Unix seconds */
  i: number;
  /** expires, Unix seconds */
  e: number;
  /** session id */
  n: string;
}

/**
 * Creates a signer of session tokens: `dps1.<payload>.<signature>`, where the payload is compact
 * base64url JSON and the signature an HMAC-SHA256 over the prefix and payload. The key is derived
 * from `secret` so the same secret used elsewhere by the partner never signs the same bytes.
 *
 * @param secret at least 32 characters (checked by the options).
 * @param ttlSeconds how long a token lives.
 */
export function createSessionSigner(secret: string, ttlSeconds: number): SessionSigner {
  const key = createHmac('sha256', secret).update('dinie-embed/proxy session v1').digest();
  const sign = (data: string) => createHmac('sha256', key).update(data).digest();
  const nowSeconds = () => Math.floor(Date.now() / 1000);

  return {
    issue(externalId, now = nowSeconds()) {
      const claims: SessionClaims = {
        externalId,
        issuedAt: now,
        expiresAt: now + ttlSeconds,
        sessionId: randomBytes(12).toString('base64url'),
      };
      const payload: Payload = {
        x: externalId,
        i: claims.issuedAt,
        e: claims.expiresAt,
        n: claims.sessionId,
      };
      const body = `${PREFIX}${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
      return { token: `${body}.${sign(body).toString('base64url')}`, claims };
    },

    verify(token, now = nowSeconds()) {
      if (token.length > MAX_TOKEN_LENGTH || !token.startsWith(PREFIX)) return { rejected: 'malformed' };
      const dot = token.lastIndexOf('.');
      if (dot <= PREFIX.length) return { rejected: 'malformed' };
      const body = token.slice(0, dot);
      const given = Buffer.from(token.slice(dot + 1), 'base64url');
      const expected = sign(body);
      // Length first: timingSafeEqual throws on unequal lengths, and the length is no secret.
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { rejected: 'bad_signature' };
      }
      const payload = parsePayload(body.slice(PREFIX.length));
      if (!payload) return { rejected: 'malformed' };
      if (now >= payload.e) return { rejected: 'expired' };
      return { externalId: payload.x, issuedAt: payload.i, expiresAt: payload.e, sessionId: payload.n };
    },
  };
}

function parsePayload(encoded: string): Payload | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { x, i, e, n } = value as Record<string, unknown>;
    if (typeof x !== 'string' || typeof n !== 'string') return null;
    if (!Number.isSafeInteger(i) || !Number.isSafeInteger(e)) return null;
    return { x, i: i as number, e: e as number, n };
  } catch {
    return null;
  }
}
