import type { NextFunction, Request, RequestHandler, Response } from 'express';
import getRawBody from 'raw-body';
import { stopReading } from './abandonBody.ts';
import { ProblemError } from './problem.ts';

/**
 * Reads a whole request body of at most `limit` bytes. A declared `Content-Length` over the limit
 * is refused before anything is read; a body without one (chunked) is read only up to the limit.
 * Either way the answer is a 413 problem, nothing more of the body is read, and the connection
 * closes after the answer, so no client can make the proxy read megabytes it will refuse.
 */
export async function readBody(req: Request, limit: number): Promise<Buffer> {
  const declared = req.get('content-length');
  if (declared !== undefined && Number(declared) > limit) throw tooLarge(req, limit);
  const encoding = (req.get('content-encoding') ?? 'identity').toLowerCase();
  if (encoding !== 'identity') {
    throw new ProblemError(415, 'unsupported_encoding', 'Send the body without a Content-Encoding.');
  }
  try {
    return await getRawBody(req, { limit, ...(declared === undefined ? {} : { length: declared }) });
  } catch (error) {
    if ((error as { type?: unknown }).type === 'entity.too.large') throw tooLarge(req, limit);
    throw error;
  }
}

function tooLarge(req: Request, limit: number): ProblemError {
  stopReading(req);
  return new ProblemError(413, 'body_too_large', `The request body is larger than ${limit} bytes.`);
}

/**
 * Puts the raw body (a Buffer of at most `limit` bytes) on `req.body`, as the webhook receiver
 * needs it: signatures cover the exact bytes. A body another middleware already parsed is left
 * for the receiver to report.
 */
export function rawBody(limit: number): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    if (req.body === undefined) req.body = await readBody(req, limit);
    next();
  };
}
