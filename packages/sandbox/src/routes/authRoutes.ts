import type { Hono } from 'hono';
import { sha256Hex } from '../auth/jwt.ts';
import { isAfter, toTimestamp } from '../clock.ts';
import type { TokenResponse } from '../contract.ts';
import { ApiError, notFound, validationFailed } from '../http/ApiError.ts';
import { ACCESS_TOKEN_PREFIX } from '../http/authenticate.ts';
import { FieldReader } from '../http/FieldReader.ts';
import { newestFirst, paginate, readPageRequest } from '../http/paginate.ts';
import type { RateLimiter } from '../http/rateLimiter.ts';
import { created, jsonBody, param, query, resource } from '../http/routing.ts';
import type { SandboxEnv } from '../http/SandboxEnv.ts';
import { randomHex } from '../ids.ts';
import { renderCredential } from '../render/renderCredential.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { CredentialRecord } from '../state/records.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

const invalidClient = (detail: string) =>
  new ApiError(401, 'invalid_client', detail, { headers: { 'www-authenticate': 'Basic realm="dinie"' } });

function readBasic(header: string | undefined): { id: string; secret: string } | null {
  const match = /^Basic +([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (match === null) return null;
  try {
    const text = utf8.decode(Uint8Array.from(atob(match[1] ?? ''), (char) => char.charCodeAt(0)));
    const colon = text.indexOf(':');
    return colon === -1 ? null : { id: text.slice(0, colon), secret: text.slice(colon + 1) };
  } catch {
    return null;
  }
}

/** Whether a credential can still mint tokens at sandbox time `now`. */
function usable(credential: CredentialRecord, now: string): boolean {
  return (
    credential.status === 'active' && (credential.expiresAt === null || isAfter(credential.expiresAt, now))
  );
}

/** Adds the credential pair the sandbox starts with, or makes an existing one answer to `secret`. */
export async function ensureCredential(core: SandboxCore, id: string, secret: string): Promise<void> {
  const secretDigest = await sha256Hex(secret);
  const existing = core.state.credentials.get(id);
  if (existing !== undefined) {
    existing.secretDigest = secretDigest;
    return;
  }
  const now = core.timestamp();
  core.state.credentials.set(id, {
    id,
    name: 'Sandbox',
    secretDigest,
    status: 'active',
    expiresAt: null,
    createdAt: now,
    updatedAt: now,
    lastUsedAt: null,
  });
  core.changed();
}

/** `POST /auth/token` and the credential operations. */
export function authRoutes(app: Hono<SandboxEnv>, core: SandboxCore, limiter: RateLimiter): void {
  resource(app, '/auth/token', {
    POST: async (c) => {
      const basic = readBasic(c.req.header('authorization'));
      const claimed = basic === null ? undefined : core.state.credentials.get(basic.id);
      const credential =
        basic !== null && claimed !== undefined && claimed.secretDigest === (await sha256Hex(basic.secret))
          ? claimed
          : undefined;
      // Until the secret is verified the caller is anonymous: a wrong secret must not use up the
      // rate limit of the credential it names.
      limiter.hit(credential?.id ?? 'anonymous', (window) => {
        c.env.rateLimit = window;
      });
      if (basic === null) {
        throw invalidClient('Send the client_id and client_secret as HTTP Basic authentication.');
      }
      if (credential === undefined) {
        throw invalidClient('Unknown client_id or wrong client_secret.');
      }
      if (!usable(credential, core.timestamp())) {
        throw invalidClient(
          `Credential ${credential.id} is ${credential.status === 'revoked' ? 'revoked' : 'expired'}.`,
        );
      }
      const contentType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (contentType !== 'application/x-www-form-urlencoded') {
        throw new ApiError(
          400,
          'invalid_content_type',
          'Send grant_type=client_credentials as application/x-www-form-urlencoded.',
        );
      }
      let form: URLSearchParams;
      try {
        form = new URLSearchParams(utf8.decode(c.get('rawBody')));
      } catch {
        throw new ApiError(400, 'malformed_body', 'The form body is not valid UTF-8.');
      }
      const grantType = form.get('grant_type');
      if (grantType === null || grantType === '') {
        throw validationFailed([
          {
            param: 'grant_type',
            code: 'missing_required_field',
            detail: 'The grant_type field is required.',
          },
        ]);
      }
      if (grantType !== 'client_credentials') {
        throw validationFailed([
          {
            param: 'grant_type',
            code: 'unsupported_grant_type',
            detail: 'Only grant_type=client_credentials is supported.',
          },
        ]);
      }
      const issuedAt = Math.floor(core.options.now() / 1000);
      const ttl = Math.floor(core.options.tokenTtlSeconds);
      const jwt = await core.jwt.sign({
        sub: credential.id,
        iat: issuedAt,
        exp: issuedAt + ttl,
        jti: randomHex(16),
      });
      credential.lastUsedAt = core.timestamp();
      core.changed();
      const body: TokenResponse = {
        access_token: `${ACCESS_TOKEN_PREFIX}${jwt}`,
        token_type: 'bearer',
        expires_in: ttl,
      };
      return c.json(body, 200, { 'cache-control': 'no-store' });
    },
  });

  resource(app, '/auth/credentials', {
    POST: async (c) => {
      const fields = new FieldReader(jsonBody(c));
      const name = fields.string('name', { required: true, maxLength: 200 });
      const expiresAt = fields.timestamp('expires_at', { nullable: true });
      if (typeof expiresAt === 'number' && expiresAt <= core.clock.nowMs()) {
        fields.fail('expires_at', 'out_of_range', 'The expires_at field must be in the future.');
      }
      fields.done();
      const now = core.timestamp();
      const secret = `dinie_cs_test_${randomHex(16)}`;
      const credential: CredentialRecord = {
        id: core.newId('dinie_ci_'),
        name: name ?? '',
        secretDigest: await sha256Hex(secret),
        status: 'active',
        expiresAt: typeof expiresAt === 'number' ? toTimestamp(expiresAt) : null,
        createdAt: now,
        updatedAt: now,
        lastUsedAt: null,
      };
      core.state.credentials.set(credential.id, credential);
      core.changed();
      return created(
        c,
        { ...renderCredential(credential), client_secret: secret },
        `/auth/credentials/${credential.id}`,
      );
    },
    GET: (c) => {
      const page = readPageRequest(query(c));
      const credentials = [...core.state.credentials.values()].sort(newestFirst);
      const { data, has_more } = paginate(credentials, page, {
        find: (id) => core.state.credentials.get(id),
        compare: newestFirst,
      });
      return c.json({ data: data.map(renderCredential), has_more });
    },
  });

  resource(app, '/auth/credentials/:client_id', {
    DELETE: (c) => {
      const id = param(c, 'client_id');
      const credential = core.state.credentials.get(id);
      if (credential === undefined) throw notFound('credential', id);
      if (credential.status === 'active') {
        const now = core.timestamp();
        const othersActive = [...core.state.credentials.values()].some(
          (other) => other.id !== id && usable(other, now),
        );
        if (!othersActive) {
          throw new ApiError(
            409,
            'last_active_credential',
            'This is the last active credential; create another one before revoking it.',
          );
        }
        credential.status = 'revoked';
        credential.updatedAt = now;
        core.changed();
      }
      return c.body(null, 204);
    },
  });
}
