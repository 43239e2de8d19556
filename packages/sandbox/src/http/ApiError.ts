/** One offending field of a request, as listed in a problem's `errors`. */
export interface FieldError {
  param: string;
  detail: string;
  code: string;
}

/** Optional members of an {@link ApiError}. */
export interface ApiErrorExtras {
  param?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/**
 * A request the sandbox refuses, carried from wherever it is detected to the one place that
 * renders problem+json. Any other thrown value is a bug and becomes a 500.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly param: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    extras: ApiErrorExtras = {},
  ) {
    super(detail);
    this.param = extras.param;
    this.errors = extras.errors;
    this.headers = extras.headers ?? {};
  }
}

/** A 422 listing every offending field; its `code` is the first field's. */
export function validationFailed(errors: FieldError[]): ApiError {
  const first = errors[0];
  if (first === undefined) throw new RangeError('validationFailed needs at least one field error.');
  const detail = errors.length === 1 ? first.detail : 'One or more fields failed validation.';
  return new ApiError(422, first.code, detail, { param: first.param, errors });
}

const RESOURCE_LABELS: Record<string, string> = {
  customer: 'customer',
  credit_offer: 'credit offer',
  simulation: 'simulation',
  loan: 'loan',
  webhook_endpoint: 'webhook endpoint',
  credential: 'credential',
};

/** A 404 `<resource>_not_found`. */
export function notFound(resource: keyof typeof RESOURCE_LABELS & string, id: string): ApiError {
  const label = RESOURCE_LABELS[resource] ?? resource;
  return new ApiError(404, `${resource}_not_found`, `No ${label} with id ${JSON.stringify(id)}.`);
}
