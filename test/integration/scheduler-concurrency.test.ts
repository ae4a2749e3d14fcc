import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/application/actor.js';
import { submitOrder } from '../../src/application/commands/submit-order.js';
import { scheduleVerifiedOrders } from '../../src/application/commands/schedule-production.js';
import type { Services } from '../../src/application/services.js';
import type { OpenDatabase } from '../../src/adapters/db/open-database.js';
import { ManualClock } from '../../src/adapters/system/system-clock.js';
import { isValidVin } from '../../src/domain/vin/vin.js';
import { loadDemo } from '../../src/main/demo/load-demo.js';
import { DEFAULT_POLICIES, createServices } from '../../src/main/wiring.js';
import { TEST_NOW, createTestApp, type TestApp } from '../support/test-app.js';
import { DIALECTS, createTestDatabase, openSamePostgresDatabase, type TestDatabase } from '../support/test-database.js';
import { validOrder } from '../support/order-fixtures.js';

const SALES: Actor = { userId: 'u-test', username: 'sh.sales', role: 'dealer_sales', dealerCode: 'SH001' };

/** Small capacities spread the orders over many build dates, so that the two schedulers contend for each one. */
const CAPACITIES = { NB: { E7: 3, C3: 2 }, CQ: { X9: 2 } } as const;
const ORDERS_PER_MODEL = { E7: 60, C3: 50, X9: 40 } as const;

function draftOf(n: number, model: keyof typeof ORDERS_PER_MODEL) {
  const trims = { E7: 'LR', C3: 'COMFORT', X9: 'PRO' } as const;
  const body = validOrder(n, { vehicle: { model, trim: trims[model], options: ['PAINT-WHITE', 'INT-BLACK'] } });
  return {
    customer: { ...body.customer, idType: 'resident_id' as const, language: 'zh-CN' as const },
    vehicle: body.vehicle,
    deposit: { ...body.deposit, amountCents: 2_000_000 },
    special: null,
  };
}

describe.each(DIALECTS)('production slots in the database (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('refuses a second order in a production slot already taken', async () => {
    const first = await submitOrder(t.services, SALES, 'SH001', draftOf(1, 'E7'), null);
    const second = await submitOrder(t.services, SALES, 'SH001', draftOf(2, 'E7'), null);
    await scheduleVerifiedOrders(t.services, { all: true });
    const taken = await t.database.db
      .selectFrom('orders')
      .select(['plant', 'build_date', 'sequence'])
      .where('id', '=', first.order.id)
      .executeTakeFirstOrThrow();
    expect(taken.plant).toBe('NB');
    await expect(
      t.database.db.updateTable('orders').set(taken).where('id', '=', second.order.id).execute(),
    ).rejects.toThrow();
  });
});

/** Two ordergate processes sharing PostgreSQL: two pools, two service bundles, one schema. */
describe.each(DIALECTS.filter((dialect) => dialect === 'postgres'))('two schedulers at once (%s)', () => {
  let database: TestDatabase;
  let second: OpenDatabase;
  let first: Services;
  let other: Services;

  beforeAll(async () => {
    const clock = new ManualClock(TEST_NOW);
    const options = { clock, dataKey: Buffer.alloc(32, 7), policies: DEFAULT_POLICIES };
    database = await createTestDatabase('postgres');
    first = createServices({ ...options, database });
    await loadDemo(database.db, first);
    second = openSamePostgresDatabase(database);
    other = createServices({ ...options, database: second });
    for (const [plant, capacity] of Object.entries(CAPACITIES)) {
      await database.db
        .updateTable('plants')
        .set({ daily_capacity: JSON.stringify(capacity) })
        .where('code', '=', plant)
        .execute();
    }
    // The capacities changed behind both processes' backs: each reloads its reference data, as after an admin change.
    await Promise.all([first.reference.reload(), other.reference.reload()]);
  });
  afterAll(async () => {
    await second.close();
    await database.destroy();
  });

  it('never gives one slot or one VIN twice, and schedules every verified order exactly once', async () => {
    let n = 1_000;
    const drafts = Object.entries(ORDERS_PER_MODEL).flatMap(([model, count]) =>
      Array.from({ length: count }, () => draftOf(++n, model as keyof typeof ORDERS_PER_MODEL)),
    );
    const submitted = await Promise.all(drafts.map((draft) => submitOrder(first, SALES, 'SH001', draft, null)));
    expect(submitted.every(({ order }) => order.status === 'verified')).toBe(true);

    // Small batches make the two runs take turns on each plant's lock many times over.
    const runs = await Promise.all([
      scheduleVerifiedOrders(first, { all: true, batchSize: 7 }),
      scheduleVerifiedOrders(other, { all: true, batchSize: 7 }),
    ]);
    expect(runs.flatMap((run) => run.unscheduled)).toEqual([]);
    expect(runs[0].scheduled + runs[1].scheduled).toBe(drafts.length);
    expect(runs[0].scheduled).toBeGreaterThan(0);
    expect(runs[1].scheduled).toBeGreaterThan(0);

    const rows = await database.db
      .selectFrom('orders')
      .select(['id', 'status', 'plant', 'build_date', 'sequence', 'model', 'vin'])
      .execute();
    expect(rows).toHaveLength(drafts.length);
    expect(rows.every((row) => row.status === 'scheduled')).toBe(true);
    expect(new Set(rows.map((row) => `${row.plant}|${row.build_date}|${row.sequence}`)).size).toBe(rows.length);
    const vins = rows.map((row) => row.vin ?? '');
    expect(new Set(vins).size).toBe(rows.length);
    expect(vins.every(isValidVin)).toBe(true);

    const perDay = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.plant}|${row.build_date}|${row.model}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    for (const [key, count] of perDay) {
      const [plant, , model] = key.split('|') as [keyof typeof CAPACITIES, string, string];
      expect(count).toBeLessThanOrEqual((CAPACITIES[plant] as Record<string, number>)[model] ?? 0);
    }

    const events = await database.db
      .selectFrom('order_events')
      .select(['order_id'])
      .where('type', '=', 'scheduled')
      .execute();
    expect(events).toHaveLength(rows.length);
    expect(new Set(events.map((event) => event.order_id)).size).toBe(rows.length);
    const messages = await database.db
      .selectFrom('outbox')
      .select(['order_id'])
      .where('template', '=', 'order_scheduled')
      .execute();
    expect(messages).toHaveLength(rows.length);

    // Serials run without a gap per plant and model year: every serial given out was used once.
    const serials = await database.db.selectFrom('vin_serials').selectAll().execute();
    for (const serial of serials) {
      const used = rows.filter(
        (row) => row.plant === serial.plant && row.build_date?.startsWith(String(serial.year)),
      ).length;
      expect(Number(serial.last_serial)).toBe(used);
    }
    expect(serials.reduce((sum, serial) => sum + Number(serial.last_serial), 0)).toBe(rows.length);
  });
});
