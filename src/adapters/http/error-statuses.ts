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
  rate_limited: 429,
  too_many_streams: 503,
  no_tracking_link: 409,
  order_not_in_review: 409,
  review_reason_required: 422,
  reallocation_not_allowed: 409,
  reallocation_same_bucket: 422,
  reallocation_month_past: 422,
  transfer_exceeds_unused: 409,
  transfer_same_region: 422,
  model_unknown: 422,
  milestone_in_future: 422,
  milestone_before_order: 422,
  slot_taken: 409,
  test_drive_closed: 409,
  test_drive_not_started: 409,
  demo_car_unavailable: 409,
  plate_taken: 409,
  lead_already_ordered: 409,
  login_locked: 429,
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
