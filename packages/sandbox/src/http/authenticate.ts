import type { MiddlewareHandler } from 'hono';
import type { SandboxCore } from '../SandboxCore.ts';
import type { CredentialRecord } from '../state/records.ts';
import { ApiError } from './ApiError.ts';
import type { RateLimiter } from './rateLimiter.ts';
import type { SandboxEnv } from './SandboxEnv.ts';

/** Prefix of every access token. */
export const ACCESS_TOKEN_PREFIX = 'dinie_at_';

const unauthorized = (code: string, detail: string) =>
  new ApiError(401, code, detail, {
    headers: { 'www-authenticate': `Bearer realm="dinie", error="${code}"` },
  });

type Verified =
  | { credential: CredentialRecord; customer?: string | undefined; error?: undefined }
  | { credential?: CredentialRecord; error: ApiError };

async function verifyBearer(core: SandboxCore, header: string | undefined): Promise<Verified> {
  if (header === undefined || header.trim() === '') {
    return {
      error: unauthorized(
        'missing_token',
        'Send Authorization: Bearer <access token> (POST /auth/token issues one).',
      ),
    };
  }
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (match === null)
    return {
      error: unauthorized('invalid_token', 'The Authorization header must be "Bearer <access token>".'),
    };
  const token = match[1] ?? '';
  const claims = token.startsWith(ACCESS_TOKEN_PREFIX)
    ? await core.jwt.verify(token.slice(ACCESS_TOKEN_PREFIX.length))
    : null;
  const credential = claims === null ? undefined : core.state.credentials.get(claims.sub);
  if (claims === null || credential === undefined) {
    return { error: unauthorized('invalid_token', 'The access token is not one this sandbox issued.') };
  }
  // Revocation does not matter here: tokens issued before it stay valid until they expire.
  if (claims.exp * 1000 <= core.options.now()) {
    return {
      credential,
      error: unauthorized('token_expired', 'The access token has expired; request a new one.'),
    };
  }
  return { credential, customer: claims.cus };
}

/** What a biometrics session token may do: its customer's bank account and KYC attachments. */
function sessionMayUse(path: string, customerId: string): boolean {
  const match = /^\/customers\/([^/]+)\/(?:bank-account|kyc-attachments(?:\/selfie)?)$/.exec(path);
  return match?.[1] === customerId;
}

/**
 * Bearer authentication for every API operation but the token exchange, counted against the
 * rate limit of the token's credential (or of anonymous callers) before it can fail, so even
 * rejected requests carry `X-RateLimit-*`.
 */
export function authenticate(core: SandboxCore, limiter: RateLimiter): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    if (c.req.path.endsWith('/auth/token')) return next();
    const verified = await verifyBearer(core, c.req.header('authorization'));
    limiter.hit(verified.credential?.id ?? 'anonymous', (window) => {
      c.env.rateLimit = window;
    });
    if (verified.error !== undefined) throw verified.error;
    const { customer } = verified;
    if (customer !== undefined && !sessionMayUse(c.req.path.slice(c.env.prefix.length), customer)) {
      throw new ApiError(
        403,
        'forbidden',
        "A biometrics session token only reaches its customer's bank account and KYC attachments.",
      );
    }
    c.set('credential', verified.credential);
    c.set('sessionCustomer', customer);
    await next();
  };
}
