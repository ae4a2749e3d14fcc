/**
 * The database as Kysely sees it. Both dialects store the same shapes: instants as ISO 8601 UTC text (sortable),
 * lists and records as JSON text, booleans as 0/1 integers.
 */
export interface Database {
  brands: { code: string; name: string; wmi: string };
  regions: { code: string; name: string; time_zone: string };
  dealers: { code: string; name: string; region: string; phone: string; city: string; models: string };
  users: {
    id: string;
    username: string;
    password_hash: string;
    role: string;
    dealer_code: string | null;
    display_name: string;
    disabled: number;
    created_at: string;
  };
  sessions: {
    token_hash: string;
    user_id: string;
    created_at: string;
    expires_at: string;
    revoked_at: string | null;
  };
  catalog_models: {
    code: string;
    name: string;
    powertrain: string;
    plant: string;
    min_deposit_cents: number;
    vin_descriptor: string;
    position: number;
  };
  catalog_trims: {
    model: string;
    code: string;
    name: string;
    base_price_cents: number;
    in_production: number;
    features: string;
    position: number;
  };
  catalog_options: {
    model: string;
    code: string;
    name: string;
    category: string;
    price_cents: number;
    trims: string | null;
    requires: string;
    excludes: string;
    parts: string;
    special: number;
    in_production: number;
    position: number;
  };
  price_list_versions: { version: number; effective_at: string; created_at: string; created_by: string };
  price_items: {
    version: number;
    model: string;
    trim: string | null;
    option: string | null;
    price_cents: number;
  };
  quota_buckets: { region: string; month: string; model: string; cap: number; used: number };
  parts: {
    code: string;
    name: string;
    available_units: number;
    reserved_units: number;
    expected_at: string | null;
  };
  plants: {
    code: string;
    name: string;
    vin_code: string;
    time_zone: string;
    daily_capacity: string;
    working_weekdays: string;
    transit_days: string;
  };
  counters: { name: string; value: number };
  orders: OrderRow;
  order_events: { order_id: string; seq: number; type: string; at: string; actor: string; data: string };
  outbox: OutboxRow;
  idempotency_keys: { scope: string; key: string; request_hash: string; order_id: string; created_at: string };
  /** The last VIN serial given out by a plant in a model year (a calendar year). */
  vin_serials: { plant: string; year: number; last_serial: number };
  dealer_webhooks: DealerWebhookRow;
  part_waits: { order_id: string; part_code: string; order_created_at: string };
  quota_transfers: {
    id: string;
    month: string;
    model: string;
    from_region: string;
    to_region: string;
    units: number;
    transferred_by: string;
    transferred_at: string;
  };
  catalog_feature_needs: FeatureNeedsRow;
  leads: LeadRow;
  demo_cars: DemoCarRow;
  test_drives: TestDriveRow;
  test_drive_slots: { resource_kind: string; resource_id: string; slot_start: string; test_drive_id: string };
  login_failures: { id: string; username_key: string; at: string };
  integration_tokens: {
    id: string;
    name: string;
    token_hash: string;
    scope_kind: string;
    dealer_code: string | null;
    plant_code: string | null;
    created_at: string;
    created_by: string;
    last_used_at: string | null;
    revoked_at: string | null;
  };
  audit_events: {
    id: string;
    at: string;
    actor: string | null;
    action: string;
    target: string | null;
    ip: string | null;
    detail: string;
  };
}

export interface OrderRow {
  id: string;
  order_no: string;
  dealer_code: string;
  region: string;
  status: string;
  customer_name: string;
  customer_phone: string;
  customer_id_type: string;
  /** Sealed (AES-256-GCM, `v1:<iv>:<tag>:<ciphertext>`): the number itself is never stored in clear. */
  customer_id_number: string;
  /** Keyed hash of the identity number: finds other active orders of one buyer without reading the number itself. */
  customer_id_hash: string;
  customer_language: string;
  model: string;
  trim: string;
  options: string;
  special_reason: string | null;
  list_price_cents: number;
  locked_price_cents: number | null;
  price_cents: number;
  deposit_amount_cents: number;
  deposit_paid_at: string;
  deposit_reference: string;
  verification: string | null;
  decided_at: string | null;
  quota_region: string;
  quota_month: string;
  quota_model: string;
  quota_reserved: number;
  reserved_parts: string;
  plant: string | null;
  build_date: string | null;
  sequence: number | null;
  vin: string | null;
  eta: string | null;
  tracking_token_hash: string | null;
  /** Counts the tracking links issued: the token is derived from the order id and this number. */
  tracking_generation: number;
  last_event_seq: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
  /** Where the deposit of a cancelled order stands: `pending` until refunded; null while the order is alive. */
  deposit_refund_status: string | null;
}

export interface OutboxRow {
  id: string;
  dedup_key: string;
  order_id: string | null;
  channel: string;
  recipient: string;
  template: string;
  language: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  sent_at: string | null;
  last_error: string | null;
  created_at: string;
  /** While set and in the future, a dispatcher is sending the message and no other may claim it. */
  locked_until: string | null;
}

/** Where a dealer's DMS wants to hear of its orders' status changes, and the secret that signs each call. */
export interface DealerWebhookRow {
  dealer_code: string;
  url: string;
  secret: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface FeatureNeedsRow {
  model: string;
  scope: string;
  code: string;
  feature: string;
  feature_zh: string;
  answers: string;
  seats: number | null;
  electric_range_km: number | null;
  position: number;
}

export interface LeadRow {
  id: string;
  dealer_code: string;
  name: string;
  phone: string | null;
  contact_consent: number;
  consent_at: string | null;
  language: string;
  budget_cents: number | null;
  household_size: number | null;
  daily_distance_km: number | null;
  home_charging: number | null;
  usage: string;
  priorities: string;
  motivation: string | null;
  salesperson_id: string;
  order_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DemoCarRow {
  id: string;
  dealer_code: string;
  model: string;
  trim: string;
  plate: string;
  available: number;
  created_at: string;
}

export interface TestDriveRow {
  id: string;
  dealer_code: string;
  lead_id: string;
  car_id: string;
  salesperson_id: string;
  starts_at: string;
  status: string;
  feedback: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}
