import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One delivery as the receiver saw it. */
export interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; data: Record<string, unknown> } & Record<string, unknown>;
  /** Status the receiver answered. */
  answered: number;
}

/** A real HTTP server on 127.0.0.1 that records every webhook POSTed to it. */
export interface WebhookReceiver {
  url: string;
  deliveries: Delivery[];
  /** Status to answer the next deliveries with (default 204); a function decides per delivery. */
  respondWith(status: number | ((delivery: Omit<Delivery, 'answered'>) => number)): void;
  /** Event types in the order they arrived (first attempts only, deduplicated by event id). */
  types(): string[];
  close(): Promise<void>;
}

/** Starts a receiver on a free port. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const deliveries: Delivery[] = [];
  let decide: (delivery: Omit<Delivery, 'answered'>) => number = () => 204;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const partial = { headers: request.headers, body, json: JSON.parse(body) as Delivery['json'] };
      const answered = decide(partial);
      deliveries.push({ ...partial, answered });
      response.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    deliveries,
    respondWith(status) {
      decide = typeof status === 'number' ? () => status : status;
    },
    types() {
      const seen = new Set<string>();
      const types: string[] = [];
      for (const delivery of deliveries) {
        if (seen.has(delivery.json.id)) continue;
        seen.add(delivery.json.id);
        types.push(delivery.json.type);
      }
      return types;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
