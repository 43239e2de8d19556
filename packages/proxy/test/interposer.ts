import { createServer, type IncomingMessage, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A call the proxy made through the {@link Interposer}, and how it ended. */
export interface InterposedCall {
  method: string;
  path: string;
  /** True once the proxy cut the call (its connection closed) before the answer was complete. */
  cut: boolean;
}

/** A real HTTP server between the proxy and the sandbox, seeing calls as they are on the wire. */
export interface Interposer {
  /** The base URL to give the proxy instead of the sandbox's (same path prefix). */
  url: string;
  calls: InterposedCall[];
  close(): Promise<void>;
}

/**
 * Starts an HTTP server that passes every call on to `target` unchanged (bodies streamed both
 * ways) and records whether the proxy cut it. A call for which `hold` says true is never answered
 * nor passed on: Dinie being slow. Works the same whichever transport the proxy uses.
 */
export async function startInterposer(
  target: string,
  hold: (req: IncomingMessage) => boolean = () => false,
): Promise<Interposer> {
  const upstream = new URL(target);
  const calls: InterposedCall[] = [];
  const server: Server = createServer((req, res) => {
    const call: InterposedCall = { method: req.method ?? 'GET', path: req.url ?? '/', cut: false };
    calls.push(call);
    res.on('close', () => {
      if (!res.writableFinished) call.cut = true;
    });
    if (hold(req)) return;
    const onward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    onward.on('error', () => res.destroy());
    res.on('close', () => {
      if (!res.writableFinished) onward.destroy();
    });
    req.pipe(onward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname.replace(/\/$/, '')}`,
    calls,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
