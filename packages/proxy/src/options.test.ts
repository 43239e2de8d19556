import { describe, expect, it } from 'vitest';
import { createDinieProxy } from './createDinieProxy.ts';
import { type DinieProxyOptions, DinieProxyOptionsError, resolveOptions } from './options.ts';

const valid: DinieProxyOptions = {
  baseUrl: 'https://api.dinie.com.br/v3/',
  clientId: 'dinie_ci_test_0123',
  clientSecret: 'dinie_cs_test_secret',
  sessionSecret: 's'.repeat(32),
  authorize: async () => ({ externalId: 'u1' }),
};

function problemsOf(options: unknown): string[] {
  try {
    resolveOptions(options as DinieProxyOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(DinieProxyOptionsError);
    return (error as DinieProxyOptionsError).problems.map((problem) => problem.message);
  }
  return [];
}

describe('resolveOptions', () => {
  it('applies the defaults and normalises the base URL', () => {
    const resolved = resolveOptions(valid);
    expect(resolved.baseUrl).toBe('https://api.dinie.com.br/v3');
    expect(resolved.sessionTtlSeconds).toBe(900);
    expect(resolved.upstreamTimeoutMs).toBe(15_000);
    expect(resolved.limits).toEqual({
      uploadBytes: 10 * 1024 * 1024,
      jsonBytes: 100 * 1024,
      requestsPerMinutePerSession: 300,
      requestsPerMinutePerIp: 900,
      upstreamRequestsPerMinute: 480,
      upstreamRequestsPerMinutePerBorrower: 60,
      eventStreamsPerBorrower: 5,
    });
    expect(resolved.webhookSecrets).toEqual([]);
  });

  it('says how to make a session secret when it is too short', () => {
    expect(problemsOf({ ...valid, sessionSecret: 'short' })).toEqual([
      '`sessionSecret` must be at least 32 characters; generate one with `openssl rand -base64 48`.',
    ]);
  });

  it('lists every problem at once, in one error whose message holds them all', () => {
    const options = { ...valid, clientId: '', sessionSecret: undefined, authorize: 'yes' };
    expect(() => createDinieProxy(options as unknown as DinieProxyOptions)).toThrow(/3 options need fixing/);
    expect(problemsOf(options)).toHaveLength(3);
  });

  it('wants https except on loopback, and the version path', () => {
    expect(problemsOf({ ...valid, baseUrl: 'http://api.dinie.com.br/v3' })[0]).toMatch(/must use https/);
    expect(problemsOf({ ...valid, baseUrl: 'http://127.0.0.1:4010/v3' })).toEqual([]);
    expect(problemsOf({ ...valid, baseUrl: 'http://localhost:4010/v3' })).toEqual([]);
    expect(problemsOf({ ...valid, baseUrl: 'https://api.dinie.com.br' })[0]).toMatch(/version path, e\.g\./);
    expect(problemsOf({ ...valid, baseUrl: 'api.dinie.com.br/v3' })[0]).toMatch(/absolute URL/);
    expect(problemsOf({ ...valid, baseUrl: 'https://id:secret@api.dinie.com.br/v3' })[0]).toMatch(
      /credentials/,
    );
  });

  it('refuses the client secret reused as session secret', () => {
    const secret = 'x'.repeat(40);
    expect(problemsOf({ ...valid, clientSecret: secret, sessionSecret: secret })[0]).toMatch(
      /must not be the client secret/,
    );
  });

  it('checks webhook secrets are whsec_ base64, one or several', () => {
    expect(problemsOf({ ...valid, webhookSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })).toEqual([]);
    expect(
      problemsOf({ ...valid, webhookSecret: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'whsec_dGVzdA=='] }),
    ).toEqual([]);
    expect(problemsOf({ ...valid, webhookSecret: 'my-secret' })[0]).toMatch(/whsec_/);
    expect(problemsOf({ ...valid, webhookSecret: [] })[0]).toMatch(/whsec_/);
    expect(problemsOf({ ...valid, webhookSecret: 'whsec_!!!' })[0]).toMatch(/base64/);
  });

  it('wants exact origins, never a wildcard', () => {
    expect(
      problemsOf({ ...valid, allowedOrigins: ['https://app.partner.com.br', 'http://localhost:5173'] }),
    ).toEqual([]);
    expect(problemsOf({ ...valid, allowedOrigins: ['*'] })[0]).toMatch(/cannot contain "\*"/);
    expect(problemsOf({ ...valid, allowedOrigins: ['https://app.partner.com.br/'] })[0]).toMatch(
      /did you mean "https:\/\/app\.partner\.com\.br"\?/,
    );
    expect(problemsOf({ ...valid, allowedOrigins: 'https://a.com' })[0]).toMatch(/must be an array/);
  });

  it('bounds numbers and names the default', () => {
    expect(problemsOf({ ...valid, sessionTtlSeconds: 7200 })[0]).toMatch(
      /from 30 to 3600 .*the default is 900/,
    );
    expect(problemsOf({ ...valid, upstreamTimeoutMs: 1.5 })[0]).toMatch(/integer/);
    expect(problemsOf({ ...valid, limits: { uploadBytes: -1 } })[0]).toMatch(/limits\.uploadBytes/);
    expect(problemsOf({ ...valid, limits: { requestsPerMinutePerIp: Number.POSITIVE_INFINITY } })).toEqual(
      [],
    );
    expect(problemsOf({ ...valid, limits: { upload: 5 } })[0]).toMatch(/not a limit/);
  });

  it('suggests the option meant when a name is misspelt', () => {
    expect(problemsOf({ ...valid, webhookSecrets: 'whsec_dGVzdA==' })[0]).toBe(
      '`webhookSecrets` is not an option; did you mean `webhookSecret`?',
    );
  });

  it('checks that stores implement their interface', () => {
    expect(problemsOf({ ...valid, stores: { events: {} } })[0]).toMatch(
      /`append\(\)`, `since\(\)`, `subscribe\(\)`/,
    );
    expect(problemsOf({ ...valid, stores: { cache: {} } })[0]).toMatch(/not a store/);
  });

  it('refuses a non-object', () => {
    expect(problemsOf(undefined)[0]).toMatch(/pass an options object/);
  });
});
