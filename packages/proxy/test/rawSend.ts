import { type ClientRequest, request as httpRequest } from 'node:http';

/** What {@link rawSend} or {@link rawPost} saw. */
export interface RawResult {
  status: number;
  body: string;
  /** The response headers. */
  headers: Record<string, string | string[] | undefined>;
  /** Bytes the client had written when the response headers arrived. */
  writtenAtResponse: number;
}

/** A POST whose body the caller writes piece by piece, with its answer. */
export interface RawPost {
  /** Writes a piece of the body; counts it. */
  write(piece: Buffer | string): boolean;
  request: ClientRequest;
  /** Whether the answer has started to arrive. */
  answered(): boolean;
  /** The answer, once its body has been read. */
  result: Promise<RawResult>;
}

/** Opens a POST to `url` with a body sent in pieces, chunked unless a length is declared. */
export function rawPost(url: string, headers: Record<string, string>): RawPost {
  const target = new URL(url);
  let written = 0;
  let answered = false;
  let request!: ClientRequest;
  const result = new Promise<RawResult>((resolve, reject) => {
    request = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers },
      (res) => {
        answered = true;
        const writtenAtResponse = written;
        let body = '';
        res.on('data', (data: Buffer) => {
          body += data.toString();
        });
        res.on('end', () => {
          request.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, writtenAtResponse });
        });
      },
    );
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
  });
  request.flushHeaders();
  return {
    write(piece) {
      written += piece.length;
      return request.write(piece);
    },
    request,
    answered: () => answered,
    result,
  };
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
  const { totalBytes } = options;
  const post = rawPost(url, {
    ...options.headers,
    ...(options.declareLength ? { 'content-length': String(totalBytes) } : {}),
  });
  const head = options.head ?? Buffer.alloc(0);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  const pump = () => {
    while (!post.answered() && sent < totalBytes) {
      const piece =
        sent === 0 && head.length > 0 ? head : chunk.subarray(0, Math.min(chunk.length, totalBytes - sent));
      sent += piece.length;
      if (!post.write(piece)) {
        post.request.once('drain', pump);
        return;
      }
    }
    if (!post.answered() && sent >= totalBytes) post.request.end();
  };
  pump();
  return post.result;
}
