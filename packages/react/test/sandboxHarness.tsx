import { createSandbox, type SandboxOptions } from '@dinie-embed/sandbox';
import {
  type SandboxServer,
  type SandboxServerOptions,
  startSandboxServer,
} from '@dinie-embed/sandbox/server';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';
import { vi } from 'vitest';
import { DinieProvider, type DinieProviderProps } from '../src/index.ts';

/** Where the hooks think Dinie lives; {@link SandboxHarness.fetch} routes it into the sandbox. */
export const BASE_URL = 'http://sandbox.test/v3';

/** The same sandbox in the official SDKs' dialect (`/api/v3`): the client detects it from the path. */
export const SDK_BASE_URL = 'http://sandbox.test/api/v3';

/** The partner credentials every test sandbox is created with. */
export const CLIENT_ID = `dinie_ci_${'0123456789abcdef'.repeat(2)}`;
export const CLIENT_SECRET = `dinie_cs_test_${'fedcba9876543210'.repeat(2)}`;

/** The partner's side of a sandbox at `baseUrl` (`…/v3`), through `fetchImpl`. */
export interface PartnerApi {
  /** A real partner token from `POST /auth/token`. */
  token(): Promise<string>;
  /** Calls the sandbox as the partner and returns the parsed JSON body (`undefined` when empty). */
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

/** Talks to a sandbox as the partner: an in-process one through its `fetch`, a listening one over HTTP. */
export function partnerApi(fetchImpl: typeof fetch, baseUrl: string): PartnerApi {
  async function token(): Promise<string> {
    const response = await fetchImpl(`${baseUrl}/auth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa(`${CLIENT_ID}:${CLIENT_SECRET}`)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    if (!response.ok) throw new Error(`token exchange failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { access_token: string }).access_token;
  }
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetchImpl(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path} failed: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }
  return { token, call };
}

/** A CPF with valid check digits. */
export const CPF = '529.982.247-25';

/**
 * A sandbox listening on a free port, for tests that go over real HTTP: the test credentials,
 * automatic steps at once and no rate limit, unless `options` says otherwise.
 */
export function startListeningSandbox(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  return startSandboxServer({
    port: 0,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    stepMs: 0,
    rateLimit: false,
    ...options,
  });
}

/** An in-process sandbox with the plumbing every hook test needs. */
export interface SandboxHarness {
  sandbox: ReturnType<typeof createSandbox>;
  /** `fetch` that answers from the sandbox, whatever the host of the URL. */
  fetch: typeof fetch;
  /** A real partner token from `POST /v3/auth/token`. */
  partnerToken(): Promise<string>;
  /** Calls the sandbox as the partner and returns the parsed JSON body. */
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** A fresh QueryClient with retries off. */
  queryClient: QueryClient;
  /** Counts calls and answers with a partner token; replace it per test when needed. */
  fetchSessionToken: ReturnType<typeof vi.fn<() => Promise<string>>>;
  /** A wrapper for `renderHook`: StrictMode and a provider on this sandbox, events off. */
  wrapper(props?: Partial<DinieProviderProps>): (props: { children: ReactNode }) => ReactNode;
}

/** Creates a sandbox (automatic steps at once by default) and its harness; `baseUrl` picks the dialect. */
export function createSandboxHarness(
  options: SandboxOptions = {},
  { baseUrl = BASE_URL }: { baseUrl?: string } = {},
): SandboxHarness {
  const sandbox = createSandbox({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, stepMs: 0, ...options });
  const sandboxFetch: typeof fetch = (input, init) => sandbox.fetch(new Request(input, init));

  const { token: partnerToken, call } = partnerApi(sandboxFetch, baseUrl);

  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const fetchSessionToken = vi.fn(partnerToken);

  return {
    sandbox,
    fetch: sandboxFetch,
    partnerToken,
    call,
    queryClient,
    fetchSessionToken,
    wrapper(props = {}) {
      return ({ children }) => (
        <StrictMode>
          <DinieProvider
            baseUrl={baseUrl}
            fetchSessionToken={fetchSessionToken}
            queryClient={queryClient}
            fetch={sandboxFetch}
            events={false}
            {...props}
          >
            {children}
          </DinieProvider>
        </StrictMode>
      );
    },
  };
}
