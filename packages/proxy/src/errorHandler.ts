import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';
import type { DinieProxyLogger } from './logger.ts';
import { ProblemError, sendProblem } from './problem.ts';
import { StoreUnavailableError } from './stores/StoreUnavailableError.ts';

/** body-parser's error types, as the problems a client should see. */
const BODY_ERRORS: Record<string, readonly [status: number, code: string, detail: string]> = {
  'entity.too.large': [413, 'body_too_large', 'The request body is too large.'],
  'entity.parse.failed': [400, 'malformed_body', 'The request body is not valid JSON.'],
  'encoding.unsupported': [415, 'unsupported_encoding', 'The request body encoding is not supported.'],
  'charset.unsupported': [415, 'unsupported_charset', 'Send the body as UTF-8.'],
  'request.aborted': [400, 'request_aborted', 'The request body was not completely received.'],
  'request.size.invalid': [400, 'malformed_body', 'The request body does not match its Content-Length.'],
};

/** Maps any error to the problem the client gets. */
export function toProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  const type = (error as { type?: unknown } | null)?.type;
  const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
  if (known) return new ProblemError(known[0], known[1], known[2], { cause: error });
  if (error instanceof StoreUnavailableError) {
    return new ProblemError(
      503,
      'store_unavailable',
      'The partner server is briefly unavailable. Try again shortly.',
      {
        cause: error,
        headers: { 'Retry-After': String(error.retryAfterSeconds) },
      },
    );
  }
  // Express's router refuses a path whose percent-encoding does not decode, with status 400.
  if (error instanceof URIError) {
    return new ProblemError(400, 'malformed_path', 'The request path is not valid percent-encoding.', {
      cause: error,
    });
  }
  return new ProblemError(500, 'internal_error', 'Something went wrong in the partner server.', {
    cause: error,
  });
}

/**
 * The proxy's one error handler: every failure becomes a problem+json response, with no stack
 * trace ever reaching the client. 5xx are logged as errors (they are the server's fault), 4xx
 * at debug level. A browser that went away is neither: whatever failed because of it (a call to
 * Dinie cut off, a response that could not be written) is logged at info level, and nothing is
 * answered, since no one is listening.
 */
export function errorHandler(log: DinieProxyLogger): ErrorRequestHandler {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (req.socket.destroyed) {
      log({ level: 'info', msg: 'client went away', method: req.method, path: req.path });
      res.destroy();
      return;
    }
    const problem = toProblem(error);
    if (problem.status >= 500) {
      log({
        level: 'error',
        msg: 'request failed',
        method: req.method,
        path: req.path,
        status: problem.status,
        code: problem.code,
        error: problem.cause ?? error,
      });
    } else {
      log({
        level: 'debug',
        msg: 'request refused',
        method: req.method,
        path: req.path,
        status: problem.status,
        code: problem.code,
      });
    }
    if (res.headersSent) {
      // Mid-stream: the status is gone, so cutting the connection is the only honest signal.
      res.destroy();
      return;
    }
    sendProblem(res, problem.toBody(), problem.headers);
  };
}
