import { callDinie, type DinieTransport, readJson } from './dinieCall.ts';
import type { DinieProxyLogger, Redactor } from './logger.ts';
import { ProblemError } from './problem.ts';

/** The partner's Dinie access token, shared by every request of the proxy. */
export interface UpstreamToken {
  /** A valid access token, fetched or renewed when needed. */
  get(): Promise<string>;
  /** Drops `token` after Dinie refused it (401), so the next `get()` fetches a new one. */
  invalidate(token: string): void;
}

/** Options of {@link createUpstreamToken}. */
export interface UpstreamTokenOptions {
  /** How calls reach Dinie. */
  transport: DinieTransport;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
  log: DinieProxyLogger;
  /** Learns each token so logs never show it. */
  redactor: Redactor;
  /** The clock, for tests. */
  now?: () => number;
}

interface Cached {
  token: string;
  /** When to fetch a new one, epoch ms: ahead of expiry, so no request ever carries a stale token. */
  renewAt: number;
}

/**
 * A client-credentials token cache: one token for all requests, renewed ahead of its expiry by a
 * single in-flight request however many callers are waiting.
 */
export function createUpstreamToken(options: UpstreamTokenOptions): UpstreamToken {
  const now = options.now ?? Date.now;
  const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64');
  options.redactor.addSecret(basic);
  let cached: Cached | null = null;
  let inflight: Promise<Cached> | null = null;

  const request = async (): Promise<Cached> => {
    const response = await callDinie(
      options.transport,
      {
        method: 'POST',
        path: '/auth/token',
        headers: {
          authorization: `Basic ${basic}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: 'grant_type=client_credentials',
      },
      { timeoutMs: options.timeoutMs },
    );
    // A body that stalls is a timeout (504) like a late answer, never a malformed one.
    const body = (await readJson(response)) as Record<string, unknown> | null | undefined;
    if (!response.ok) {
      const code = typeof body?.code === 'string' ? body.code : undefined;
      options.log({
        level: 'error',
        msg: 'Dinie refused the client credentials; check clientId and clientSecret',
        status: response.status,
        code,
      });
      throw new ProblemError(
        502,
        'upstream_auth_failed',
        'The partner server could not authenticate with Dinie.',
      );
    }
    const token = body?.access_token;
    const expiresIn = body?.expires_in;
    if (typeof token !== 'string' || typeof expiresIn !== 'number' || !(expiresIn > 0)) {
      options.log({
        level: 'error',
        msg: 'Dinie answered the token request without access_token/expires_in',
        status: response.status,
      });
      throw new ProblemError(502, 'upstream_error', 'Dinie answered with an unexpected response.');
    }
    options.redactor.addSecret(token);
    // Renew 5 minutes ahead like Dinie's SDKs, or halfway through for short-lived tokens.
    const margin = Math.min(300, expiresIn / 2);
    options.log({ level: 'debug', msg: 'Dinie access token renewed', expires_in: expiresIn });
    return { token, renewAt: now() + (expiresIn - margin) * 1000 };
  };

  return {
    async get() {
      if (cached && now() < cached.renewAt) return cached.token;
      if (!inflight) {
        inflight = request()
          .then((fresh) => {
            if (cached) options.redactor.removeSecret(cached.token);
            cached = fresh;
            return fresh;
          })
          .finally(() => {
            inflight = null;
          });
      }
      return (await inflight).token;
    },

    invalidate(token) {
      if (cached?.token === token) cached = null;
    },
  };
}
