import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, still percent-encoded as sent. */
  path: string;
  /** The query string, parsed. */
  query: URLSearchParams;
  /** The raw query string, without `?`. */
  search: string;
  /** Lower-cased header names, as Node gives them. */
  headers: IncomingHttpHeaders;
  /** The raw body. */
  body: Buffer;
  /** The body as UTF-8 text. */
  text: string;
}

/** A canned answer. `json` is serialised with `application/json` unless `headers` say otherwise. */
export interface CannedReply {
  status: number;
  json?: unknown;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  /** Waits this long before answering (to exercise timeouts). */
  delayMs?: number;
}

/** What the next request gets: a reply, a dropped connection, or a reply computed from the request. */
export type Reply =
  | CannedReply
  | { destroy: true }
  | ((request: RecordedRequest) => CannedReply | { destroy: true });

/** A real HTTP server on 127.0.0.1 that answers from a queue and records every request. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `origin` + `/v3`, the base URL clients under test use. */
  baseUrl: string;
  /** Every request received, CORS preflights excluded, in order. */
  requests: RecordedRequest[];
  /** Queues replies, answered one per request in order. */
  reply(...replies: Reply[]): void;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/**
 * Starts a {@link TestServer} on an ephemeral port. A request with nothing queued gets a `418`
 * problem, a status no client retries, so a missing reply fails the test loudly. Every answer
 * carries permissive CORS headers and preflights are answered without touching the queue, so
 * browser-like clients (jsdom's XHR) can talk to it too.
 */
export async function startTestServer(): Promise<TestServer> {
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      setCors(res, req.headers);
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = Buffer.concat(chunks);
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: (req.url ?? '/').split('?')[0] ?? '/',
        query: url.searchParams,
        search: url.search.slice(1),
        headers: req.headers,
        body,
        text: body.toString('utf8'),
      };
      requests.push(recorded);
      const next = queue.shift() ?? {
        status: 418,
        json: { title: 'No reply queued', detail: `Test server had no reply for ${req.method} ${req.url}.` },
      };
      const reply = typeof next === 'function' ? next(recorded) : next;
      if ('destroy' in reply) {
        req.socket.destroy();
        return;
      }
      const send = (): void => writeReply(res, reply);
      if (reply.delayMs === undefined) send();
      else {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) send();
        }, reply.delayMs);
        timers.add(timer);
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseUrl: `${origin}/v3`,
    requests,
    reply: (...replies) => {
      queue.push(...replies);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function writeReply(res: ServerResponse, reply: CannedReply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let body: string | Uint8Array | undefined = reply.body;
  if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    headers['content-type'] ??= 'application/json';
  }
  res.writeHead(reply.status, headers);
  res.end(body);
}

function setCors(res: ServerResponse, headers: IncomingHttpHeaders): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-methods', 'GET, POST, PATCH, DELETE');
  res.setHeader('access-control-allow-headers', headers['access-control-request-headers'] ?? '*');
  res.setHeader('access-control-expose-headers', 'x-request-id, retry-after, retry-after-ms');
}
