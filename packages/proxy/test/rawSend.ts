import { request as httpRequest } from 'node:http';

/** What {@link rawSend} saw. */
export interface RawResult {
  status: number;
  body: string;
  /** Bytes the client had written when the response headers arrived. */
  writtenAtResponse: number;
  totalBytes: number;
  /** The response headers. */
  headers: Record<string, string | string[] | undefined>;
}

/** Options of {@link rawSend}. */
export interface RawSendOptions {
  headers: Record<string, string>;
  /** The first bytes of the body (e.g. multipart framing); the rest is filled with spaces. */
  head?: Buffer;
  totalBytes: number;
  /** Declares a Content-Length instead of sending the body chunked. */
  declareLength?: boolean;
}

/**
 * Sends a body of `totalBytes` in 64 KiB chunks, as fast as the socket takes it, and records how
 * much had been sent when the answer came. Stops sending once answered.
 */
export function rawSend(url: string, options: RawSendOptions): Promise<RawResult> {
  const target = new URL(url);
  const head = options.head ?? Buffer.alloc(0);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const { totalBytes } = options;
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          ...options.headers,
          ...(options.declareLength ? { 'content-length': String(totalBytes) } : {}),
        },
      },
      (res) => {
        answered = true;
        const writtenAtResponse = written;
        let body = '';
        res.on('data', (data: Buffer) => {
          body += data.toString();
        });
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, writtenAtResponse, totalBytes });
        });
      },
    );
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && written < totalBytes) {
        const piece =
          written === 0 && head.length > 0
            ? head
            : chunk.subarray(0, Math.min(chunk.length, totalBytes - written));
        written += piece.length;
        if (!req.write(piece)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered && written >= totalBytes) req.end();
    };
    req.flushHeaders();
    pump();
  });
}
