import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { abandonBody } from './abandonBody.ts';
import { ProblemError } from './problem.ts';

const JSON_TYPES = ['application/json', 'application/*+json'];

/** Whether a request carries a body at all (a length or a chunked transfer). */
export function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * Parses a JSON object body of at most `limit` bytes into `req.body` (an empty body is `{}`).
 * A declared length over the limit is refused at once with 413, before anything is read; a
 * body that is not JSON is 415, and JSON that is not an object is 400.
 */
export function jsonBody(limit: number): RequestHandler[] {
  const parse = express.json({ limit, type: JSON_TYPES });
  return [
    (req: Request, _res: Response, next: NextFunction) => {
      if (!hasBody(req)) {
        req.body = {};
        next();
        return;
      }
      if (!req.is(JSON_TYPES)) {
        throw new ProblemError(415, 'unsupported_media_type', 'Send the body as application/json.');
      }
      if (Number(req.get('content-length') ?? 0) > limit) {
        abandonBody(req);
        throw new ProblemError(413, 'body_too_large', `The JSON body is larger than ${limit} bytes.`);
      }
      next();
    },
    parse,
    (req: Request, _res: Response, next: NextFunction) => {
      if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
        throw new ProblemError(400, 'malformed_body', 'The body must be a JSON object.');
      }
      next();
    },
  ];
}

/** The parsed JSON object body of a request that passed {@link jsonBody}. */
export function bodyOf(req: Request): Record<string, unknown> {
  return req.body as Record<string, unknown>;
}
