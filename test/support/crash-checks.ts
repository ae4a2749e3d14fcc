import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../src/adapters/db/schema.js';
import { CUSTOMER_MESSAGE_TEMPLATES, customerMessageKey } from '../../src/domain/notification/customer-messages.js';
import { HOLDS_QUOTA_STATUSES, type OrderStatus } from '../../src/domain/order/order-status.js';
import type { Outcome, Surge } from './surge-client.js';

/**
 * What must hold after any number of crashes, read from the database the server left behind. Each check names
 * the promise it keeps: acknowledged orders kept with their events; quota use equal to the orders holding it;
 * one message per deduplication key; one order per idempotency key, found again by a retry.
 */
export async function expectAcknowledgedOrdersKept(db: Kysely<Database>, answered: readonly Outcome[]): Promise<void> {
  const orders = new Map(
    (await db.selectFrom('orders').select(['id', 'last_event_seq']).execute()).map((row) => [
      row.id,
      Number(row.last_event_seq),
    ]),
  );
  const events = new Map(
    (
      await db
        .selectFrom('order_events')
        .select(['order_id', (eb) => eb.fn.countAll<number>().as('count'), (eb) => eb.fn.max('seq').as('last')])
        .groupBy('order_id')
        .execute()
    ).map((row) => [row.order_id, { count: Number(row.count), last: Number(row.last) }]),
  );
  const acknowledged = answered.flatMap((outcome) => (outcome.orderId === null ? [] : [outcome.orderId]));
  expect(acknowledged.length).toBeGreaterThan(0);
  for (const id of acknowledged) {
    expect(orders.has(id)).toBe(true);
    expect(events.get(id)).toEqual({ count: orders.get(id), last: orders.get(id) });
    expect(events.get(id)?.count).toBeGreaterThanOrEqual(2);
  }
}

export async function expectQuotaInStep(db: Kysely<Database>): Promise<void> {
  const buckets = await db.selectFrom('quota_buckets').selectAll().execute();
  const holding = new Map(
    (
      await db
        .selectFrom('orders')
        .select(['quota_region', 'quota_month', 'quota_model', (eb) => eb.fn.countAll<number>().as('count')])
        .where('status', 'in', [...HOLDS_QUOTA_STATUSES])
        .groupBy(['quota_region', 'quota_month', 'quota_model'])
        .execute()
    ).map((row) => [`${row.quota_region}/${row.quota_month}/${row.quota_model}`, Number(row.count)]),
  );
  expect(buckets.reduce((sum, bucket) => sum + Number(bucket.used), 0)).toBeGreaterThan(0);
  for (const bucket of buckets) {
    expect(Number(bucket.used)).toBe(holding.get(`${bucket.region}/${bucket.month}/${bucket.model}`) ?? 0);
    expect(Number(bucket.used)).toBeLessThanOrEqual(Number(bucket.cap));
  }
}

export async function expectEachMessageOnce(db: Kysely<Database>): Promise<void> {
  const messages = await db.selectFrom('outbox').select(['order_id', 'dedup_key']).execute();
  expect(new Set(messages.map((message) => message.dedup_key)).size).toBe(messages.length);
  const perOrder = new Map<string, string[]>();
  for (const message of messages)
    perOrder.set(message.order_id ?? '', [...(perOrder.get(message.order_id ?? '') ?? []), message.dedup_key]);
  const orders = await db.selectFrom('orders').select(['id', 'status', 'version']).execute();
  for (const order of orders) {
    const status = order.status as OrderStatus;
    const expected =
      CUSTOMER_MESSAGE_TEMPLATES[status] === undefined
        ? []
        : [customerMessageKey(order.id, status, Number(order.version))];
    expect(perOrder.get(order.id) ?? []).toEqual(expected);
  }
}

export async function expectOneOrderPerKey(
  db: Kysely<Database>,
  surge: Surge,
  retried: ReadonlyMap<number, Outcome>,
): Promise<void> {
  const keys = await db.selectFrom('idempotency_keys').select(['key', 'order_id']).execute();
  const orderOfKey = new Map(keys.map((row) => [row.key, row.order_id]));
  const orders = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  // Every order came with a key, and no key has two orders.
  expect(Number(orders.count)).toBe(keys.length);
  expect(new Set(keys.map((row) => row.order_id)).size).toBe(keys.length);
  expect(retried.size).toBeGreaterThan(0);
  for (const [n, outcome] of retried) {
    expect(outcome.status).toBe(201);
    expect(outcome.orderId).toBe(orderOfKey.get(surge.key(n)));
  }
  // The abandoned requests had committed: sent again, they are answered with their order, not a new one.
  expect([...retried.values()].filter((outcome) => outcome.replayed).length).toBeGreaterThan(0);
  for (const [n, outcome] of surge.outcomes) {
    if (outcome.orderId !== null) expect(orderOfKey.get(surge.key(n))).toBe(outcome.orderId);
  }
}
