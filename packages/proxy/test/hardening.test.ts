import { jwtVerify } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { activeBorrower } from './borrowers.ts';
import { registration } from './fixtures.ts';
import { type Interposer, startInterposer } from './interposer.ts';
import { type RawResult, rawPost, rawSend } from './rawSend.ts';
import { eventually, registerBorrower, type Stack, startStack } from './stack.ts';

/*
 * Each test here reproduces one defect an adversarial review of the proxy found (issue 12), so
 * that it cannot come back.
 */

let stack: Stack | undefined;
const interposers: Interposer[] = [];
afterEach(async () => {
  await stack?.close();
  stack = undefined;
  await Promise.all(interposers.splice(0).map((each) => each.close()));
});

const errorsLogged = (current: Stack) => current.logs.filter((entry) => entry.level === 'error');

describe('borrower ids', () => {
  it('refuses a borrower id Dinie would store differently, so "victim " never reaches "victim"', async () => {
    const current = await startStack({ webhooks: false });
    stack = current;
    // The partner's authentication names the borrower; JSON in a header keeps its spaces.
    current.rebuild({
      authorize: (req) => {
        const given = req.get('x-test-borrower-json');
        return given ? { externalId: JSON.parse(given) as string } : null;
      },
    });
    const session = (externalId: string) =>
      fetch(`${current.proxyUrl}/session`, {
        method: 'POST',
        headers: {
          'x-test-borrower-json': JSON.stringify(externalId).replace(
            /[\u007f-\uffff]/g,
            (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
          ),
        },
      });

    const victim = await session('victim');
    expect(victim.status).toBe(200);
    const { token } = (await victim.json()) as { token: string };
    const created = await current.call(token, 'POST', '/customers', { json: registration() });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ external_id: 'victim' });

    for (const spelling of ['victim ', ' victim', 'victim\n', '\u00a0victim', '\ufeffvictim', '   ', '\t']) {
      const refused = await session(spelling);
      expect(refused.status, JSON.stringify(spelling)).toBe(500);
      expect(await refused.json()).toMatchObject({ code: 'internal_error' });
    }
    expect(
      current.logs.some(
        (entry) => entry.level === 'error' && /externalId/.test(String((entry.error as Error)?.message)),
      ),
    ).toBe(true);
  });
});

describe('malformed paths', () => {
  it('answers a malformed percent-encoding with a 400 problem, logged below error level', async () => {
    const current = await startStack({ webhooks: false });
    stack = current;
    for (const path of ['/customers/%E0%A4%A', '/credit-offers/%', '/loans/%zz/transactions']) {
      const response = await fetch(`${current.proxyUrl}${path}`);
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ status: 400, code: 'malformed_path' });
    }
    expect(errorsLogged(current)).toEqual([]);
  });
});

describe('deeply nested JSON', () => {
  it('refuses JSON nested 5,000 levels deep with a 400 problem before it reaches Dinie', async () => {
    const current = await startStack({ webhooks: false });
    stack = current;
    const { token } = await current.session('nester');
    const deep = `{"name":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(deep.length).toBeLessThan(12 * 1024);
    for (const path of ['/customers', '/session']) {
      const response = await current.call(token, 'POST', path, {
        body: deep,
        headers: { 'content-type': 'application/json', 'x-test-borrower': 'nester' },
      });
      expect(response.status, path).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'body_too_deep' });
    }
    expect(
      current.upstreamCalls.filter((call) => call.method === 'POST' && call.url.endsWith('/customers')),
    ).toEqual([]);
    expect(errorsLogged(current)).toEqual([]);
  });
});

/** Sends the start of a document upload, then stalls or trickles a byte now and then, until answered. */
async function stalledUpload(url: string, token: string, trickleEveryMs: number | null): Promise<RawResult> {
  const boundary = 'stalled-upload';
  const post = rawPost(url, {
    authorization: `Bearer ${token}`,
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
  post.write(
    `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\ncnh\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n${' '.repeat(1024)}`,
  );
  const trickle = trickleEveryMs === null ? undefined : setInterval(() => post.write(' '), trickleEveryMs);
  try {
    return await post.result;
  } finally {
    clearInterval(trickle);
  }
}

/**
 * The two ways the proxy reaches Dinie: its own keep-alive pool, or a `fetch` the partner gives.
 * The tests that follow watch the calls on the wire, through an {@link startInterposer} server.
 */
const transports = [
  ['over its own connection pool', {}],
  [
    "over the partner's fetch",
    { fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init) },
  ],
] as const;

describe.each(transports)('stalled uploads, %s', (_transport, transport) => {
  it.each([
    ['whose browser stops sending', { uploadIdleTimeoutMs: 300, uploadTimeoutMs: 60_000 }, null],
    ['that trickles in past the total deadline', { uploadIdleTimeoutMs: 10_000, uploadTimeoutMs: 600 }, 50],
  ] as const)('ends an upload %s with 408, and lets go of Dinie', async (_name, timeouts, trickleEveryMs) => {
    const current = await startStack({ webhooks: false, proxy: timeouts });
    stack = current;
    const borrower = await registerBorrower(current, 'staller');
    const wire = await startInterposer(current.apiUrl);
    interposers.push(wire);
    current.rebuild({ baseUrl: wire.url, ...transport });
    const result = await stalledUpload(
      `${current.proxyUrl}/customers/${borrower.customerId}/documents`,
      borrower.token,
      trickleEveryMs,
    );
    expect(result.status).toBe(408);
    expect(JSON.parse(result.body)).toMatchObject({ code: 'upload_timeout' });
    // The call to Dinie had started with the first bytes of the file, and is cut with the upload.
    await eventually(() =>
      expect(wire.calls.filter((call) => call.path.endsWith('/documents'))).toEqual([
        { method: 'POST', path: `/v3/customers/${borrower.customerId}/documents`, cut: true },
      ]),
    );
  });
});

describe('over-limit bodies without a length', () => {
  const MiB = 1024 * 1024;

  it('stops reading a chunked /session body at the limit, answers 413 and closes', async () => {
    const current = await startStack({ webhooks: false });
    stack = current;
    const result = await rawSend(`${current.proxyUrl}/session`, {
      headers: { 'content-type': 'application/json', 'x-test-borrower': 'chunky' },
      head: Buffer.from('{"padding":"'),
      totalBytes: 32 * MiB,
    });
    expect(result.writtenAtResponse).toBeLessThan(8 * MiB);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ code: 'body_too_large' });
    expect(result.headers.connection).toBe('close');
  });

  it('stops reading a chunked /webhooks body at the limit, answers 413 and closes', async () => {
    const current = await startStack();
    stack = current;
    const result = await rawSend(`${current.proxyUrl}/webhooks`, {
      headers: {
        'content-type': 'application/json',
        'webhook-id': 'msg_1',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': 'v1,AAAA',
      },
      totalBytes: 32 * MiB,
    });
    expect(result.writtenAtResponse).toBeLessThan(8 * MiB);
    expect(result.status).toBe(413);
    expect(result.headers.connection).toBe('close');
  });
});

describe('pagination cursors', () => {
  it('answers a foreign offer id in starting_after exactly like a missing one', async () => {
    const current = await startStack({ webhooks: false });
    stack = current;
    const [mine, theirs] = await Promise.all([
      activeBorrower(current, 'cursor-mine', false),
      activeBorrower(current, 'cursor-theirs', false),
    ]);
    const list = (after: string) =>
      current.call(mine.token, 'GET', `/customers/${mine.customerId}/credit-offers?starting_after=${after}`);
    const foreign = await list(theirs.offerId);
    const missing = await list(`co_${'0'.repeat(32)}`);
    expect(foreign.status).toBe(400);
    expect(missing.status).toBe(400);
    expect(await foreign.text()).toBe(await missing.text());
    const own = await list(mine.offerId);
    expect(own.status).toBe(200);
  });
});

describe.each(transports)('browsers that go away, %s', (_transport, transport) => {
  it('logs a client abort at info level, never as an error-level 502, and cuts the call to Dinie', async () => {
    const current = await startStack({ webhooks: false });
    stack = current;
    const borrower = await registerBorrower(current, 'leaver');
    // Dinie is slow to answer this PATCH; the browser gives up first.
    const wire = await startInterposer(current.apiUrl, (req) => req.method === 'PATCH');
    interposers.push(wire);
    current.rebuild({ baseUrl: wire.url, ...transport });
    const controller = new AbortController();
    const pending = fetch(`${current.proxyUrl}/customers/${borrower.customerId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${borrower.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Maria S.' }),
      signal: controller.signal,
    }).catch(() => null);
    await eventually(() => expect(wire.calls.some((call) => call.method === 'PATCH')).toBe(true));
    controller.abort();
    await pending;
    await eventually(() =>
      expect(
        current.logs.some((entry) => entry.msg === 'request failed' || entry.msg === 'client went away'),
      ).toBe(true),
    );
    await eventually(() =>
      expect(wire.calls.filter((call) => call.method === 'PATCH')).toEqual([
        { method: 'PATCH', path: `/v3/customers/${borrower.customerId}`, cut: true },
      ]),
    );
    expect(errorsLogged(current)).toEqual([]);
    expect(current.logs.some((entry) => entry.status === 502)).toBe(false);
  });
});

describe('the partner token endpoint', () => {
  it('answers 504 when the token endpoint stalls in the middle of its body', async () => {
    const current = await startStack({ webhooks: false, proxy: { upstreamTimeoutMs: 300 } });
    stack = current;
    current.rebuild({
      fetch: async (input, init) => {
        if (!String(input).endsWith('/auth/token')) return fetch(input, init);
        const signal = init?.signal;
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"access_token":"dinie_at_'));
            signal?.addEventListener('abort', () => controller.error(signal.reason), { once: true });
          },
        });
        return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const response = await fetch(`${current.proxyUrl}/session`, {
      method: 'POST',
      headers: { 'x-test-borrower': 'waiting' },
    });
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ code: 'upstream_timeout' });
  });
});

describe('session tokens', () => {
  it('accepts exactly one spelling of a token', async () => {
    const current = await startStack({ webhooks: false });
    stack = current;
    // A signature with a url-safe character has a `+/` spelling too.
    let token = '';
    for (let n = 0; n < 40 && !/[-_]/.test(token.slice(token.lastIndexOf('.') + 1)); n += 1) {
      token = (await current.session('spelling')).token;
    }
    const dot = token.lastIndexOf('.');
    const [body, signature] = [token.slice(0, dot), token.slice(dot + 1)];
    expect((await current.call(token, 'GET', '/customers')).status).toBe(200);

    const last = signature.at(-1) as string;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // Same bytes, other low bits in the last character: decoders that ignore them accept it.
    const sibling = alphabet[alphabet.indexOf(last) ^ 1] as string;
    const spellings = [
      `${signature}=`,
      `${signature}==`,
      `${signature}!`,
      `${signature}~`,
      `${signature}.`,
      signature.replaceAll('-', '+').replaceAll('_', '/'),
      `${signature.slice(0, -1)}${sibling}`,
    ].filter((spelling) => spelling !== signature);
    expect(spellings.length).toBeGreaterThanOrEqual(6);
    for (const spelling of spellings) {
      const response = await current.call(`${body}.${spelling}`, 'GET', '/customers');
      expect(response.status, spelling).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'invalid_token' });
    }
  });

  it('is a JWT that the partner’s own services can verify with the session secret', async () => {
    const current = await startStack({ webhooks: false });
    stack = current;
    const { token, expires_at } = await current.session('verifiable');
    const { payload, protectedHeader } = await jwtVerify(
      token,
      new TextEncoder().encode(current.sessionSecret),
      {
        algorithms: ['HS256'],
        issuer: 'dinie-embed/proxy',
        audience: 'dinie-embed/proxy',
      },
    );
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject({ sub: 'verifiable', exp: Date.parse(expires_at) / 1000 });
    expect(typeof payload.jti).toBe('string');
  });
});
