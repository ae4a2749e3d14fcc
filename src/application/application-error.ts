import type { Violation } from '../domain/shared/violation.js';

/**
 * An expected refusal of a use case, with a stable code (`CONFIG_LOCKED`, `IDEMPOTENCY_CONFLICT`, `not_found`, …).
 * The HTTP adapter maps codes to statuses in one table.
 */
export class ApplicationError extends Error {
  override readonly name = 'ApplicationError';

  constructor(
    readonly code: string,
    message: string,
    readonly violations: readonly Violation[] = [],
  ) {
    super(message);
  }
}

export const notFound = (what: string): ApplicationError => new ApplicationError('not_found', `${what} was not found.`);
