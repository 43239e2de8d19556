import { type SandboxServer, type SandboxServerOptions, startSandboxServer } from '../../src/server.ts';

/** A parsed answer of the sandbox. */
export interface Answer {
  /** The request's method and URL, so an answer can be checked against its operation. */
  method: string;
  url: string;
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions index freely into bodies.
  body: any;
  text: string;
}

/** What a request may carry. */
export interface CallOptions {
  json?: unknown;
  form?: FormData;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** `null` sends no Authorization; a string overrides the default token. */
  token?: string | null;
}

/** A sandbox listening on a free port, with a token and a small HTTP helper. */
export interface TestSandbox {
  server: SandboxServer;
  /** Unexpected errors the sandbox reported; a test suite ends by expecting none. */
  errors: unknown[];
  /** `http://127.0.0.1:<port>/v3` */
  base: string;
  clientId: string;
  clientSecret: string;
  token: string;
  call(method: string, path: string, options?: CallOptions): Promise<Answer>;
  /** Exchanges the pair for a new token. */
  issueToken(clientId?: string, clientSecret?: string): Promise<Answer>;
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** Sends a request and reads the answer as JSON when it is JSON. */
export async function send(
  url: string,
  method: string,
  options: CallOptions & { token?: string | null } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (typeof options.token === 'string') headers.authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  }
  if (options.form !== undefined) body = options.form;
  const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return {
    method: method.toUpperCase(),
    url,
    status: response.status,
    headers: response.headers,
    body: type.includes('json') && text ? JSON.parse(text) : text,
    text,
  };
}

/** Starts a sandbox server for one test file (steps run at once unless told otherwise). */
export async function startTestSandbox(options: SandboxServerOptions = {}): Promise<TestSandbox> {
  const errors: unknown[] = [];
  const server = await startSandboxServer({
    port: 0,
    stepMs: 0,
    onError: (error) => errors.push(error),
    ...options,
  });
  const { clientId, clientSecret } = await server.sandbox.credentials;
  const base = `${server.url}/v3`;
  const issueToken = (id = clientId, secret = clientSecret) =>
    send(`${base}/auth/token`, 'POST', {
      token: null,
      headers: {
        authorization: `Basic ${btoa(`${id}:${secret}`)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
  const tokenAnswer = await issueToken();
  const sandbox: TestSandbox = {
    server,
    errors,
    base,
    clientId,
    clientSecret,
    token: tokenAnswer.body.access_token,
    call: (method, path, callOptions = {}) =>
      send(`${base}${path}`, method, {
        ...callOptions,
        token: callOptions.token === undefined ? sandbox.token : callOptions.token,
      }),
    issueToken,
    settle: () => server.sandbox.settle(),
    close: () => server.close(),
  };
  return sandbox;
}
