import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ProblemError } from './problem.ts';
import { readBody } from './readBody.ts';

const JSON_TYPES = ['application/json', 'application/*+json'];
/**
 * Deeper than any Dinie body by far. JSON nested thousands of levels deep fits in a few KiB and
 * overflows the stack of whatever walks it recursively (`JSON.stringify` on the way to Dinie), so
 * it is refused before it is parsed.
 */
export const MAX_JSON_DEPTH = 32;

/** Whether a request carries a body at all (a length or a chunked transfer). */
export function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * Parses a JSON object body of at most `limit` bytes into `req.body` (an empty body is `{}`).
 * Over the limit it is 413 (see `readBody`); a body that is not JSON is 415, nested deeper than
 * {@link MAX_JSON_DEPTH} or not a JSON object is 400.
 */
export function jsonBody(limit: number): RequestHandler[] {
  return [
    async (req: Request, _res: Response, next: NextFunction) => {
      if (!hasBody(req)) {
        req.body = {};
        next();
        return;
      }
      if (!req.is(JSON_TYPES)) {
        throw new ProblemError(415, 'unsupported_media_type', 'Send the body as application/json.');
      }
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.get('content-type') ?? '')?.[1];
      if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
        throw new ProblemError(415, 'unsupported_charset', 'Send the body as UTF-8.');
      }
      const raw = await readBody(req, limit);
      const value = raw.length === 0 ? {} : parseJson(raw);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new ProblemError(400, 'malformed_body', 'The body must be a JSON object.');
      }
      req.body = value;
      next();
    },
  ];
}

function parseJson(raw: Buffer): unknown {
  if (nestingDepth(raw) > MAX_JSON_DEPTH) {
    throw new ProblemError(
      400,
      'body_too_deep',
      `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.`,
    );
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new ProblemError(400, 'malformed_body', 'The request body is not valid JSON.');
  }
}

/** The deepest nesting of arrays and objects in JSON text, read without parsing it. */
function nestingDepth(raw: Buffer): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i += 1) {
    const byte = raw[i];
    if (inString) {
      if (byte === 0x5c)
        i += 1; // a backslash escapes the next byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x5b || byte === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > MAX_JSON_DEPTH) return deepest;
    } else if (byte === 0x5d || byte === 0x7d) {
      depth -= 1;
    }
  }
  return deepest;
}

/** The parsed JSON object body of a request that passed {@link jsonBody}. */
export function bodyOf(req: Request): Record<string, unknown> {
  return req.body as Record<string, unknown>;
}
