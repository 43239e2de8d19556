import {
  type Customer,
  type CustomerCreateRequest,
  createDinieClient,
  type DinieClient,
} from '@dinie-embed/api';
import { createSandbox, type SandboxOptions } from '@dinie-embed/sandbox';

/** What a story's seed and play function get to set the scene and move the sandbox on. */
export interface StorySandbox {
  /** Base URL of this sandbox's API, for `<DinieProvider baseUrl>`. */
  baseUrl: string;
  /** A `fetch` that answers this sandbox's URLs in the page, with the in-browser sandbox. */
  fetch: typeof fetch;
  /** A partner access token, as `fetchSessionToken` resolves it. */
  sessionToken(): Promise<{ token: string; expires_at: string }>;
  /** The api client with the partner's token, for seeding. */
  client: DinieClient;
  /** Registers a customer; defaults to a valid MEI with CNPJ. */
  registerCustomer(input?: Partial<CustomerCreateRequest>): Promise<Customer>;
  /** Uploads a small valid file for each KYC document `type` given. */
  uploadDocuments(customerId: string, types: readonly string[]): Promise<void>;
  /** `POST test_helpers/customers/{id}/kyc/approve`. */
  approveKyc(customerId: string): Promise<void>;
  /** `POST test_helpers/customers/{id}/kyc/reject`. */
  rejectKyc(
    customerId: string,
    body: { type: string; status: 'rejected' | 'pending_correction'; message: string },
  ): Promise<void>;
  /** `POST test_helpers/customers/{id}/biometrics/complete`. */
  completeBiometrics(customerId: string): Promise<void>;
  /** Reads a customer as the server has it now. */
  getCustomer(customerId: string): Promise<Customer>;
  /**
   * Holds every request whose method and path match until `release` is called, so a story can
   * show a submission or an upload in flight for as long as it needs.
   */
  hold(method: string, pathPattern: RegExp): { release(): void };
  /** `POST test_helpers/{path}`: any test helper the named ones above do not cover. */
  testHelper(path: string, body?: unknown): Promise<void>;
  /**
   * Answers the next `times` requests whose method and path match with a problem+json error of
   * `status`, without reaching the sandbox, so a story can show a failure and its retry.
   */
  fail(method: string, pathPattern: RegExp, status: number, times?: number): void;
}

/** Options of {@link createStorySandbox}. */
export interface StorySandboxOptions {
  /** Sandbox options laid over the story defaults (`stepMs: 0`, no automatic KYC approval). */
  sandbox?: SandboxOptions | undefined;
  /** Bytes of a streamed request body the sandbox reads per 100 ms; small values keep an upload in progress. */
  uploadBytesPerTick?: number | undefined;
  /**
   * Serves the sandbox's own capture pages in the story: the story's host name exists only for
   * `fetch` in this page, so a frame pointed at a `session_url` would show a browser error. With
   * this, `session_url` is a `blob:` copy of the capture page whose button acts on this sandbox.
   */
  framePages?: boolean | undefined;
}

let count = 0;

/** A valid CPF, CNPJ and mobile, for seeds and play functions. */
export const SAMPLE = {
  cpf: '529.982.247-25',
  cnpj: '12.ABC.345/01DE-35',
  name: 'Maria Aparecida Souza',
  tradingName: 'Doces da Maria',
  email: 'maria@docesdamaria.com.br',
  phone: '(11) 98765-4321',
} as const;

/**
 * A fresh sandbox in the page for one story: its own host name (so two stories never share
 * state), a partner credential, and helpers to seed and drive it.
 */
export function createStorySandbox(options: StorySandboxOptions = {}): StorySandbox {
  count += 1;
  const origin = `http://story-${count}-${Math.random().toString(36).slice(2, 8)}.sandbox.local`;
  const baseUrl = `${origin}/v3`;
  const clientId = `dinie_ci_${'0'.repeat(31)}${count % 10}`;
  const clientSecret = 'dinie_cs_test_storybook';
  const sandbox = createSandbox({
    clientId,
    clientSecret,
    stepMs: 0,
    autoApproveKyc: false,
    rateLimit: false,
    ...options.sandbox,
  });
  const holds: Array<{ method: string; path: RegExp; gate: Promise<void> }> = [];
  const failures: Array<{ method: string; path: RegExp; status: number; left: number }> = [];

  const handle = async (request: Request): Promise<Response> => {
    // A network never answers within the same task: without this, whether a pending state is ever
    // rendered (a busy button, and the focus it takes away) would depend on the machine's speed.
    await new Promise((resolve) => setTimeout(resolve, NETWORK_LATENCY_MS));
    const path = new URL(request.url).pathname;
    for (const hold of holds) {
      if (hold.method === request.method && hold.path.test(path)) await hold.gate;
    }
    const failure = failures.find((entry) => entry.method === request.method && entry.path.test(path));
    if (failure && failure.left > 0) {
      failure.left -= 1;
      const problem = {
        type: 'about:blank',
        title: 'Injected failure',
        status: failure.status,
        code: 'story_failure',
      };
      return new Response(JSON.stringify(problem), {
        status: failure.status,
        headers: { 'content-type': 'application/problem+json' },
      });
    }
    const slowed =
      request.body && options.uploadBytesPerTick ? throttle(request, options.uploadBytesPerTick) : request;
    const response = await abortable(sandbox.fetch(slowed), request.signal);
    if (options.framePages && request.method === 'POST' && /\/biometrics$/.test(path) && response.ok) {
      return framedSession(response);
    }
    return response;
  };

  /** The page a sandbox URL shows, following its redirects inside this page. */
  const page = async (url: string, init?: RequestInit): Promise<string> => {
    const response = await sandbox.fetch(new Request(url, init));
    const location = response.headers.get('location');
    if (response.status === 303 && location) return page(new URL(location, url).href);
    return response.text();
  };
  const shared = globalThis as { __dinieStoryPages?: Map<string, unknown> };
  shared.__dinieStoryPages ??= new Map();
  shared.__dinieStoryPages.set(origin, (action: string) => page(`${origin}${action}`, { method: 'POST' }));

  const framedSession = async (response: Response): Promise<Response> => {
    const session = (await response.json()) as { session_url: string };
    const html = await page(session.session_url);
    // Same origin as this page (a blob: URL is its creator's), so the frame reaches the sandbox here.
    const script = `<script>document.addEventListener('submit', async (event) => {
      event.preventDefault();
      const html = await parent.__dinieStoryPages.get(${JSON.stringify(origin)})(event.target.getAttribute('action'));
      document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    });</script>`;
    const url = URL.createObjectURL(
      new Blob([html.replace('</head>', `${script}</head>`)], { type: 'text/html' }),
    );
    return Response.json(
      { ...session, session_url: url },
      { status: response.status, headers: response.headers },
    );
  };
  const sandboxFetch: typeof fetch = (input, init) => handle(new Request(input, init));

  let token: Promise<{ token: string; expires_at: string }> | null = null;
  const sessionToken = () => {
    token ??= (async () => {
      const response = await sandboxFetch(`${baseUrl}/auth/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      });
      if (!response.ok) throw new Error(`The story sandbox refused its credential: ${await response.text()}`);
      const body = (await response.json()) as { access_token: string; expires_in: number };
      return {
        token: body.access_token,
        expires_at: new Date(Date.now() + body.expires_in * 1000).toISOString(),
      };
    })();
    return token;
  };

  const client = createDinieClient({
    baseUrl,
    fetch: sandboxFetch,
    getToken: async () => (await sessionToken()).token,
    maxRetries: 0,
  });

  const helper = async (path: string, body?: unknown) => {
    const response = await sandboxFetch(`${baseUrl}/test_helpers/${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${(await sessionToken()).token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body ?? {}),
    });
    if (!response.ok)
      throw new Error(`Test helper ${path} failed: ${response.status} ${await response.text()}`);
  };

  return {
    baseUrl,
    fetch: sandboxFetch,
    sessionToken,
    client,
    registerCustomer: (input = {}) =>
      client.customers.create({
        cpf: SAMPLE.cpf,
        cnpj: SAMPLE.cnpj,
        name: SAMPLE.name,
        trading_name: SAMPLE.tradingName,
        email: SAMPLE.email,
        phone: '+5511987654321',
        ...input,
      }),
    async uploadDocuments(customerId, types) {
      for (const type of types) {
        await client.customers.uploadDocument(customerId, { type, file: samplePdf(`${type}.pdf`) });
      }
    },
    approveKyc: (customerId) => helper(`customers/${customerId}/kyc/approve`),
    rejectKyc: (customerId, body) => helper(`customers/${customerId}/kyc/reject`, body),
    completeBiometrics: (customerId) => helper(`customers/${customerId}/biometrics/complete`),
    getCustomer: (customerId) => client.customers.get(customerId),
    testHelper: helper,
    fail(method, path, status, times = 1) {
      failures.push({ method, path, status, left: times });
    },
    hold(method, path) {
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const entry = { method, path, gate };
      holds.push(entry);
      return {
        release() {
          holds.splice(holds.indexOf(entry), 1);
          release();
        },
      };
    },
  };
}

const TICK_MS = 100;

/** The least time a story's request takes, as over a fast network. */
const NETWORK_LATENCY_MS = 20;

/**
 * The request with its body read at `bytesPerTick` per 100 ms, the way a slow uplink drains it:
 * the api client reports upload progress as the body is pulled, so the story sees it advance.
 */
function throttle(request: Request, bytesPerTick: number): Request {
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      for (let offset = 0; offset < value.byteLength; offset += bytesPerTick) {
        await new Promise((resolve) => setTimeout(resolve, TICK_MS));
        if (request.signal.aborted) {
          await reader.cancel();
          controller.error(request.signal.reason);
          return;
        }
        controller.enqueue(value.subarray(offset, offset + bytesPerTick));
      }
    },
  });
  const init = {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    duplex: 'half',
  };
  return new Request(request.url, init as RequestInit);
}

/** Settles like `fetch` does when its signal aborts, though the sandbox itself takes no signal. */
function abortable(response: Promise<Response>, signal: AbortSignal): Promise<Response> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    response.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A tiny but well-formed PDF, so any type sniffing on the server accepts it. */
export function samplePdf(name = 'documento.pdf', padBytes = 0): File {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n${' '.repeat(padBytes)}`;
  return new File([body], name, { type: 'application/pdf' });
}
