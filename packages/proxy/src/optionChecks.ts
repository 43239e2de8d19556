import { Webhook } from 'standardwebhooks';
import type { DinieProxyStores, ResolvedLimits } from './options.ts';

/*
 * One check per option group for `resolveOptions`: each reports what is wrong through `fail`
 * with the fix in the message, and returns the value to use (a default when the given one is bad).
 */

/** Records one option that needs fixing. */
export type Fail = (option: string, message: string) => void;

const KNOWN_LIMITS = [
  'uploadBytes',
  'jsonBytes',
  'requestsPerMinutePerSession',
  'requestsPerMinutePerIp',
  'eventStreamsPerBorrower',
  'upstreamRequestsPerMinute',
  'upstreamRequestsPerMinutePerBorrower',
];

const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);

/** `baseUrl`: absolute, https unless loopback, with a version path; normalised without a trailing slash. */
export function checkBaseUrl(value: unknown, fail: Fail): string {
  const example = 'e.g. `https://api.dinie.com.br/v3`, or `http://127.0.0.1:4010/v3` for the local sandbox';
  if (typeof value !== 'string' || value === '') {
    fail('baseUrl', `\`baseUrl\` is required: Dinie's base URL with its version path, ${example}.`);
    return '';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail('baseUrl', `\`baseUrl\` must be an absolute URL, ${example}; got "${value}".`);
    return '';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    fail(
      'baseUrl',
      '`baseUrl` must use https (plain http is only accepted for localhost/127.0.0.1, e.g. the local sandbox).',
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    fail(
      'baseUrl',
      '`baseUrl` must not carry credentials, a query or a fragment; pass `clientId`/`clientSecret` instead.',
    );
  }
  if (url.pathname === '/' || url.pathname === '') {
    fail('baseUrl', `\`baseUrl\` must include the version path, ${example}.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** `webhookSecret`: one or several `whsec_` base64 secrets. */
export function checkWebhookSecrets(value: unknown, fail: Fail): string[] {
  if (value === undefined) return [];
  const secrets = typeof value === 'string' ? [value] : Array.isArray(value) ? value : null;
  const hint =
    'the `whsec_…` secret Dinie returned when the webhook endpoint was created (or an array of them during a rotation)';
  if (!secrets || secrets.length === 0) {
    fail('webhookSecret', `\`webhookSecret\` must be ${hint}.`);
    return [];
  }
  for (const secret of secrets) {
    try {
      if (typeof secret !== 'string' || !secret.startsWith('whsec_')) throw new Error('prefix');
      new Webhook(secret);
    } catch {
      fail(
        'webhookSecret',
        `\`webhookSecret\` must be ${hint}; one value is not \`whsec_\` followed by base64.`,
      );
      return [];
    }
  }
  return secrets as string[];
}

/** `allowedOrigins`: bare origins, never `*`. */
export function checkOrigins(value: unknown, fail: Fail): Set<string> {
  if (value === undefined) return new Set();
  if (!Array.isArray(value)) {
    fail(
      'allowedOrigins',
      '`allowedOrigins` must be an array of origins, e.g. `["https://app.partner.com.br"]`.',
    );
    return new Set();
  }
  for (const origin of value) {
    if (origin === '*') {
      fail(
        'allowedOrigins',
        '`allowedOrigins` cannot contain "*": session tokens are minted from the partner\'s cookies, so list each origin exactly.',
      );
      continue;
    }
    let normalised: string | null = null;
    try {
      normalised = typeof origin === 'string' ? new URL(origin).origin : null;
    } catch {}
    if (normalised !== origin) {
      fail(
        'allowedOrigins',
        `\`allowedOrigins\` entries must be bare origins like "https://app.partner.com.br" (scheme, host, optional port; no path or trailing slash); got ${JSON.stringify(origin)}${normalised && normalised !== 'null' ? `, did you mean "${normalised}"?` : '.'}`,
      );
    }
  }
  return new Set(value as string[]);
}

/** An integer option within bounds, or its default when absent. */
export function integerOption(
  value: unknown,
  name: string,
  fallback: number,
  min: number,
  max: number,
  fail: Fail,
  why?: string,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(
      name,
      `\`${name}\` must be an integer from ${min} to ${max}${why ? ` (${why})` : ''}; the default is ${fallback}.`,
    );
    return fallback;
  }
  return value;
}

/** `limits`: known keys, each within bounds; `Infinity` turns a rate limit off. */
export function checkLimits(value: unknown, fail: Fail): ResolvedLimits {
  const defaults = {
    uploadBytes: 10 * 1024 * 1024,
    jsonBytes: 100 * 1024,
    requestsPerMinutePerSession: 300,
    requestsPerMinutePerIp: 900,
    eventStreamsPerBorrower: 5,
    // Dinie allows 600 calls a minute per credential; the rest is left for the partner's own.
    upstreamRequestsPerMinute: 480,
    upstreamRequestsPerMinutePerBorrower: 60,
  };
  if (value === undefined) return defaults;
  if (typeof value !== 'object' || value === null) {
    fail('limits', '`limits` must be an object, e.g. `{ uploadBytes: 10_485_760 }`.');
    return defaults;
  }
  const raw = value as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!KNOWN_LIMITS.includes(key))
      fail(
        `limits.${key}`,
        `\`limits.${key}\` is not a limit; the limits are ${KNOWN_LIMITS.map((k) => `\`${k}\``).join(', ')}.`,
      );
  }
  const rate = (
    key:
      | 'requestsPerMinutePerSession'
      | 'requestsPerMinutePerIp'
      | 'upstreamRequestsPerMinute'
      | 'upstreamRequestsPerMinutePerBorrower',
  ) => {
    const given = raw[key];
    if (given === undefined) return defaults[key];
    if (given === Number.POSITIVE_INFINITY) return given;
    return integerOption(
      given,
      `limits.${key}`,
      defaults[key],
      1,
      1_000_000,
      fail,
      '`Infinity` turns it off',
    );
  };
  return {
    uploadBytes: integerOption(
      raw.uploadBytes,
      'limits.uploadBytes',
      defaults.uploadBytes,
      1024,
      1024 ** 3,
      fail,
    ),
    jsonBytes: integerOption(
      raw.jsonBytes,
      'limits.jsonBytes',
      defaults.jsonBytes,
      1024,
      10 * 1024 ** 2,
      fail,
    ),
    requestsPerMinutePerSession: rate('requestsPerMinutePerSession'),
    requestsPerMinutePerIp: rate('requestsPerMinutePerIp'),
    upstreamRequestsPerMinute: rate('upstreamRequestsPerMinute'),
    upstreamRequestsPerMinutePerBorrower: rate('upstreamRequestsPerMinutePerBorrower'),
    eventStreamsPerBorrower: integerOption(
      raw.eventStreamsPerBorrower,
      'limits.eventStreamsPerBorrower',
      defaults.eventStreamsPerBorrower,
      1,
      1000,
      fail,
      "a new stream beyond it closes the borrower's oldest",
    ),
  };
}

/** `stores`: known stores implementing their interface. */
export function checkStores(value: unknown, fail: Fail): DinieProxyStores {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) {
    fail('stores', '`stores` must be an object `{ events?, dedupe?, rateLimit? }`.');
    return {};
  }
  const methods: Record<string, string[]> = {
    events: ['append', 'since', 'subscribe'],
    dedupe: ['claim', 'confirm', 'release'],
    rateLimit: ['increment', 'block', 'blockedUntil'],
  };
  const raw = value as Record<string, unknown>;
  for (const [key, store] of Object.entries(raw)) {
    // A set of stores may carry its own `close()` (as `createRedisStores` does).
    if (key === 'close' && typeof store === 'function') continue;
    const needed = methods[key];
    if (!needed) {
      fail(
        `stores.${key}`,
        `\`stores.${key}\` is not a store; the stores are \`events\`, \`dedupe\` and \`rateLimit\`.`,
      );
    } else if (store !== undefined) {
      const missing = needed.filter(
        (method) => typeof (store as Record<string, unknown> | null)?.[method] !== 'function',
      );
      if (missing.length > 0)
        fail(
          `stores.${key}`,
          `\`stores.${key}\` must implement ${missing.map((m) => `\`${m}()\``).join(', ')}.`,
        );
    }
  }
  return raw as DinieProxyStores;
}
