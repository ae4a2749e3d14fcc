/**
 * The one place where the stable codes of expected refusals become HTTP statuses. A code not listed is a
 * client error about the request's values: 422.
 */
export const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  not_found: 404,
  invalid_credentials: 401,
  unauthenticated: 401,
  forbidden: 403,
  IDEMPOTENCY_CONFLICT: 409,
  CONFIG_LOCKED: 409,
  order_closed: 409,
  transition_not_allowed: 409,
  cancel_not_allowed: 409,
  cancel_requires_oem: 403,
  cap_below_used: 409,
  VERSION_MISMATCH: 412,
  dealer_unknown: 422,
  region_unknown: 422,
  part_unknown: 404,
  invalid_cursor: 400,
  validation_failed: 400,
  login_locked: 429,
  rate_limited: 429,
  csrf_failed: 403,
  self_lockout: 409,
  username_taken: 409,
  dealer_exists: 409,
  password_too_weak: 422,
  current_password_wrong: 422,
  plant_unknown: 422,
};

export function statusOfCode(code: string): number {
  return STATUS_OF_CODE[code] ?? 422;
}
