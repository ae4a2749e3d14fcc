/** One field error of a problem+json answer: `path` names the field (`customer.idNumber`, `items.3.priceCents`). */
export interface FieldError {
  readonly path: string | null;
  readonly code: string;
  readonly message: string;
}

/** A refused or failed request, from an RFC 9457 problem+json answer or from the network. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: readonly FieldError[] = [],
  ) {
    super(detail);
  }

  /** The server has no such route (yet): the feature is not available here, which is not an error of the user. */
  get routeMissing(): boolean {
    return this.status === 404 && (this.code === 'route_missing' || this.detail.startsWith('No route '));
  }

  get notFound(): boolean {
    return this.status === 404 && !this.routeMissing;
  }

  get network(): boolean {
    return this.status === 0;
  }
}

/** Status 0 stands for "no answer": the network or the server is down. */
export const NETWORK_STATUS = 0;

/** The problem+json body as far as it has the expected shape; anything else becomes a generic error. */
export function apiErrorFromBody(status: number, body: unknown, fallback: string): ApiError {
  if (body === null || typeof body !== 'object') {
    return new ApiError(status, status === 404 ? 'route_missing' : 'http_error', fallback);
  }
  const problem = body as { code?: unknown; detail?: unknown; title?: unknown; errors?: unknown };
  const errors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [];
  const detail = typeof problem.detail === 'string' ? problem.detail : String(problem.title ?? fallback);
  return new ApiError(status, typeof problem.code === 'string' ? problem.code : 'http_error', detail, errors);
}

function isFieldError(value: unknown): value is FieldError {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.message === 'string' && (typeof candidate.path === 'string' || candidate.path === null);
}

/**
 * Field errors by the path they name, with a leading `body.` dropped, so that a form looks its fields up by their
 * own paths. Errors without a path are kept under the empty string.
 */
export function fieldErrorsByPath(errors: readonly FieldError[]): ReadonlyMap<string, readonly string[]> {
  const byPath = new Map<string, string[]>();
  for (const error of errors) {
    const path = (error.path ?? '').replace(/^body\./, '');
    const list = byPath.get(path) ?? [];
    list.push(error.message);
    byPath.set(path, list);
  }
  return byPath;
}
