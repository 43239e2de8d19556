import type { Response } from 'express';

/** One entry of a problem's `errors` list: which field failed and why. */
export interface ProblemFieldError {
  /** The offending field, e.g. `cpf`. */
  param?: string;
  /** A human-readable explanation. */
  detail: string;
  /** A machine-readable sub-code, e.g. `invalid_format`. */
  code?: string;
}

/** The JSON body of every error the proxy answers: RFC 9457 problem details in Dinie's dialect. */
export interface ProblemBody {
  /** A URI naming the error category. */
  type: string;
  /** A short summary of the category. */
  title: string;
  /** The HTTP status code. */
  status: number;
  /** What went wrong, for a person. */
  detail: string;
  /** A stable machine-readable code, e.g. `not_found`. */
  code: string;
  /** The offending parameter, when there is one. */
  param?: string;
  /** Per-field errors, when there are several. */
  errors?: ProblemFieldError[];
}

/**
 * Dinie's category URIs for the statuses it documents, so a client that dispatches on `type`
 * treats an error made by the proxy exactly like one made by Dinie. Statuses Dinie does not
 * document get `about:blank`, which RFC 9457 defines as "nothing beyond the status".
 */
const categories: Record<number, readonly [slug: string, title: string]> = {
  400: ['invalid-request', 'Invalid Request'],
  401: ['authentication-failed', 'Authentication Failed'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not Found'],
  409: ['conflict', 'Conflict'],
  422: ['validation-failed', 'Validation Failed'],
  429: ['rate-limit-exceeded', 'Rate Limit Exceeded'],
  500: ['internal', 'Internal Server Error'],
};

const blankTitles: Record<number, string> = {
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Options of a {@link ProblemError} beyond status, code and detail. */
export interface ProblemExtras {
  /** The offending parameter. */
  param?: string;
  /** Per-field errors. */
  errors?: ProblemFieldError[];
  /** Extra response headers, e.g. `Retry-After`. */
  headers?: Record<string, string>;
  /** The original error, kept for logs only. */
  cause?: unknown;
}

/** An error that becomes a problem+json response; thrown anywhere in the proxy's handlers. */
export class ProblemError extends Error {
  /** The HTTP status to answer. */
  readonly status: number;
  /** The stable machine-readable code. */
  readonly code: string;
  /** The offending parameter, when there is one. */
  readonly param: string | undefined;
  /** Per-field errors, when there are several. */
  readonly errors: ProblemFieldError[] | undefined;
  /** Extra headers to send with the problem. */
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, detail: string, extras: ProblemExtras = {}) {
    super(detail, extras.cause === undefined ? undefined : { cause: extras.cause });
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.param = extras.param;
    this.errors = extras.errors;
    this.headers = extras.headers ?? {};
  }

  /** The problem+json body for this error. */
  toBody(): ProblemBody {
    return problemBody(this.status, this.code, this.message, {
      ...(this.param === undefined ? {} : { param: this.param }),
      ...(this.errors === undefined ? {} : { errors: this.errors }),
    });
  }
}

/** Builds a problem body with the category `type` and `title` that belong to `status`. */
export function problemBody(
  status: number,
  code: string,
  detail: string,
  extras: Pick<ProblemBody, 'param' | 'errors'> = {},
): ProblemBody {
  const category = categories[status];
  const type = category ? `https://api.dinie.com.br/errors/${category[0]}` : 'about:blank';
  const title = category?.[1] ?? blankTitles[status] ?? 'Error';
  return { type, title, status, detail, code, ...extras };
}

/** Writes a problem+json response. */
export function sendProblem(res: Response, body: ProblemBody, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}

/**
 * The one answer for anything a session may not see. Foreign, guessed and missing resources all
 * get this same body, so a response never tells which of the three it was.
 */
export function notFound(): ProblemError {
  return new ProblemError(404, 'not_found', 'The requested resource does not exist.');
}
