import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Loan, LoanCreateRequest } from '@dinie-embed/api';
import type { SandboxSnapshot } from '@dinie-embed/sandbox';
import type { SandboxServer } from '@dinie-embed/sandbox/server';
import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { seedOffer, seedTerms } from '../../test/loanSeed.ts';
import { partnerApi, startListeningSandbox } from '../../test/sandboxHarness.tsx';
import { DinieProvider, useCreateLoan } from '../index.ts';

/** What the hop does with one `POST /v3/loans` after the sandbox has answered it. */
type Fault = 'pass' | 'drop' | 'stall';

/**
 * A real HTTP hop between the browser's client and a listening sandbox, standing in for the
 * network: each `POST /v3/loans` is forwarded, the sandbox handles it, and then the hop passes the
 * answer on, drops the connection (`drop`), or never answers until the client gives up (`stall`).
 */
async function startHop(upstream: string, faults: Fault[]) {
  const loanPosts: Array<{ idempotencyKey: string | undefined; status: number; replayed: boolean }> = [];
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'connection') headers.set(name, value);
    }
    const answer = await fetch(`${upstream}${req.url}`, {
      method: req.method ?? 'GET',
      headers,
      body: chunks.length > 0 ? Buffer.concat(chunks) : null,
    });
    const body = Buffer.from(await answer.arrayBuffer());
    if (req.method === 'POST' && req.url === '/v3/loans') {
      loanPosts.push({
        idempotencyKey: req.headers['idempotency-key'] as string | undefined,
        status: answer.status,
        replayed: answer.headers.get('idempotent-replayed') === 'true',
      });
      const fault = faults.shift() ?? 'pass';
      // The sandbox has created (or replayed) the loan; the client never hears of it.
      if (fault === 'drop') return void req.socket.destroy();
      if (fault === 'stall') return;
    }
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding')
        out[name] = value;
    });
    res.writeHead(answer.status, out).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    loanPosts,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface Scene {
  sandbox: SandboxServer;
  hop: Awaited<ReturnType<typeof startHop>>;
  terms: LoanCreateRequest;
  wrapper: (props: { children: ReactNode }) => ReactNode;
  /** Closes everything and returns how many loans the sandbox holds. */
  loansCreated(): Promise<number>;
}

const open: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const close of open.splice(0)) await close();
});

/** A listening sandbox with an offer, a hop with `faults` in front of it, and a provider on the hop. */
async function scene(faults: Fault[], hostFetch?: typeof fetch): Promise<Scene> {
  let saved: SandboxSnapshot | undefined;
  const sandbox = await startListeningSandbox({
    persistence: {
      load: () => undefined,
      save: (snapshot) => {
        saved = snapshot;
      },
    },
  });
  const hop = await startHop(sandbox.url, faults);
  let closed = false;
  const closeAll = async () => {
    if (closed) return;
    closed = true;
    await hop.close();
    await sandbox.close();
  };
  open.push(closeAll);

  const { token, call } = partnerApi(fetch, `${sandbox.url}/v3`);
  const offer = await seedOffer(call, () => sandbox.sandbox.settle());
  const terms = await seedTerms(call, offer);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });

  return {
    sandbox,
    hop,
    terms,
    wrapper: ({ children }) => (
      <DinieProvider
        baseUrl={`${hop.url}/v3`}
        fetchSessionToken={token}
        queryClient={queryClient}
        events={false}
        {...(hostFetch ? { fetch: hostFetch } : {})}
      >
        {children}
      </DinieProvider>
    ),
    async loansCreated() {
      await closeAll();
      return saved?.loans.length ?? 0;
    },
  };
}

/** All `POST /v3/loans` the hop saw carried one key, and the sandbox created the loan once. */
function expectOneWrite(posts: Scene['hop']['loanPosts'], attempts: number) {
  expect(posts).toHaveLength(attempts);
  expect(new Set(posts.map((post) => post.idempotencyKey)).size).toBe(1);
  expect(posts[0]?.idempotencyKey).toMatch(/\S{16,}/);
  expect(posts.filter((post) => post.status === 201 && !post.replayed)).toHaveLength(1);
}

describe('useCreateLoan under injected faults (one intent, one loan)', () => {
  it('a double click while the first request is on the wire sends one request', async () => {
    const { wrapper, terms, hop, loansCreated } = await scene(['pass']);
    const { result } = renderHook(() => useCreateLoan(), { wrapper });
    let loans: Loan[] = [];
    await act(async () => {
      loans = await Promise.all([result.current.mutateAsync(terms), result.current.mutateAsync(terms)]);
    });
    expect(loans[1]?.id).toBe(loans[0]?.id);
    expectOneWrite(hop.loanPosts, 1);
    expect(await loansCreated()).toBe(1);
  });

  it('the connection is lost after the sandbox created the loan: the retry gets that loan', async () => {
    const { wrapper, terms, hop, loansCreated } = await scene(['drop']);
    const { result } = renderHook(() => useCreateLoan(), { wrapper });
    let loan: Loan | undefined;
    await act(async () => {
      loan = await result.current.mutateAsync(terms);
    });
    expect(loan?.credit_offer_id).toBe(terms.credit_offer_id);
    expectOneWrite(hop.loanPosts, 2);
    expect(hop.loanPosts[1]?.replayed).toBe(true);
    expect(await loansCreated()).toBe(1);
  }, 15_000);

  it('the answer never comes and the page gives up waiting: the retry gets the loan made meanwhile', async () => {
    // The host's fetch gives up on a request after 300 ms, as a flaky mobile network would.
    const impatient: typeof fetch = (input, init) => {
      const timeout = AbortSignal.timeout(300);
      const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      return fetch(input, { ...init, signal });
    };
    const { wrapper, terms, hop, loansCreated } = await scene(['stall'], impatient);
    const { result } = renderHook(() => useCreateLoan(), { wrapper });
    let loan: Loan | undefined;
    await act(async () => {
      loan = await result.current.mutateAsync(terms);
    });
    expect(loan?.status).toBeDefined();
    expectOneWrite(hop.loanPosts, 2);
    expect(await loansCreated()).toBe(1);
  }, 15_000);

  it('every retry of the client is lost; the borrower clicks again: still one loan', async () => {
    // One attempt and the client's three retries, all dropped after the sandbox answered.
    const { wrapper, terms, hop, loansCreated } = await scene(['drop', 'drop', 'drop', 'drop']);
    const { result } = renderHook(() => useCreateLoan(), { wrapper });
    act(() => result.current.mutate(terms));
    await waitFor(() => expect(result.current.reason).toBe('offline'), { timeout: 15_000 });
    expect(hop.loanPosts).toHaveLength(4);

    act(() => result.current.mutate(terms));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.credit_offer_id).toBe(terms.credit_offer_id);
    expectOneWrite(hop.loanPosts, 5);
    expect(await loansCreated()).toBe(1);
  }, 30_000);
});
