import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../src/adapters/db/open-database.js';
import { chunkPayloads, PostgresChangeFeed } from '../../src/adapters/notify/postgres-change-feed.js';
import { ManualClock } from '../../src/adapters/system/system-clock.js';
import type { OrderChange } from '../../src/application/ports/change-feed.js';
import { submitOrder, type OrderDraft } from '../../src/application/commands/submit-order.js';
import type { Services } from '../../src/application/services.js';
import { loadDemo } from '../../src/main/demo/load-demo.js';
import { DEFAULT_POLICIES, createServices } from '../../src/main/wiring.js';
import { validOrder } from '../support/order-fixtures.js';
import { TEST_NOW } from '../support/test-app.js';
import { createTestDatabase, DIALECTS, POSTGRES_URL, type TestDatabase } from '../support/test-database.js';

const SALES = { userId: 'sales', username: 'sh.sales', role: 'dealer_sales', dealerCode: 'SH001' } as const;

function draft(n: number): OrderDraft {
  const body = validOrder(n);
  return {
    customer: { ...body.customer, language: 'zh-CN' } as OrderDraft['customer'],
    vehicle: body.vehicle,
    deposit: body.deposit,
    special: null,
  };
}

function change(seq: number, orderId = 'order-1'): OrderChange {
  return { orderId, dealerCode: 'SH001', seq, type: 'verified', at: '2026-12-04T04:00:00.000Z', status: 'verified' };
}

/** Resolves once `listener` has seen `count` changes; the test's timeout ends a wait for changes that never come. */
function collect(feed: PostgresChangeFeed, count: number): { seen: OrderChange[]; done: Promise<void> } {
  const seen: OrderChange[] = [];
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  feed.subscribe((received) => {
    seen.push(received);
    if (seen.length === count) finish();
  });
  return { seen, done };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('splitting changes into NOTIFY payloads', () => {
  it('keeps every change once, in order, each payload below the 8,000-byte limit', () => {
    const changes = Array.from({ length: 500 }, (_, index) =>
      change(index + 1, `order-${index}-${'x'.repeat(index % 40)}`),
    );
    const payloads = chunkPayloads(changes);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8_000);
    expect(payloads.flatMap((payload) => JSON.parse(payload) as OrderChange[])).toEqual(changes);
  });

  it('sends nothing for no changes', () => {
    expect(chunkPayloads([])).toEqual([]);
  });
});

describe.each(DIALECTS.filter((dialect) => dialect === 'postgres'))('changes shared by LISTEN/NOTIFY (%s)', () => {
  const channel = `ordergate_test_${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let second: OpenDatabase;
  let feeds: [PostgresChangeFeed, PostgresChangeFeed];
  let services: [Services, Services];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    // A second process: its own pool on the same schema, its own listening connection.
    const schema = (
      await database.db.selectNoFrom((eb) => eb.fn<string>('current_schema').as('schema')).executeTakeFirstOrThrow()
    ).schema;
    second = openDatabase({ dialect: 'postgres', url: POSTGRES_URL, schema });
    feeds = [
      new PostgresChangeFeed({ connectionString: POSTGRES_URL, channel, applicationName: `${channel}_first` }),
      new PostgresChangeFeed({ connectionString: POSTGRES_URL, channel, applicationName: `${channel}_second` }),
    ];
    await Promise.all(feeds.map((feed) => feed.start()));
    const wire = (open: OpenDatabase, feed: PostgresChangeFeed) =>
      createServices({
        database: open,
        clock: new ManualClock(TEST_NOW),
        dataKey: Buffer.alloc(32, 9),
        policies: DEFAULT_POLICIES,
        changes: feed,
      });
    services = [wire(database, feeds[0]), wire(second, feeds[1])];
    await loadDemo(database.db, services[0]);
  });
  afterAll(async () => {
    await Promise.all(feeds.map((feed) => feed.close()));
    await second.close();
    await database.destroy();
  });

  it("delivers a change committed by one process to the other process's listeners, and to its own once", async () => {
    const there = collect(feeds[1], 4);
    const here = collect(feeds[0], 4);
    const { order } = await submitOrder(services[0], SALES, 'SH001', draft(1), null);
    // Notifications arrive in commit order: had the first order's come twice, they would precede the next order's.
    const next = await submitOrder(services[1], SALES, 'SH001', draft(4), null);
    await Promise.all([there.done, here.done]);
    expect(there.seen.slice(0, 2).map((seen) => [seen.orderId, seen.seq, seen.type, seen.status])).toEqual([
      [order.id, 1, 'submitted', 'verified'],
      [order.id, 2, 'verified', 'verified'],
    ]);
    expect(there.seen).toEqual(here.seen);
    expect(here.seen.map((seen) => [seen.orderId, seen.seq])).toEqual([
      [order.id, 1],
      [order.id, 2],
      [next.order.id, 1],
      [next.order.id, 2],
    ]);
  });

  it('delivers nothing of a transaction that rolled back', async () => {
    const there = collect(feeds[1], 1);
    const existing = (await services[0].runner.read.orders.list({}, 1, null)).items[0]!;
    await expect(
      services[0].runner.run(async (unit) => {
        await unit.orders.update({ ...existing, version: existing.version + 1 }, existing.version, [
          { type: 'edited', at: existing.updatedAt, actor: 'test', data: {} },
        ]);
        throw new Error('abandon the change');
      }),
    ).rejects.toThrow('abandon the change');
    // A later committed change arrives first and alone: the rolled-back one was never sent.
    const { order } = await submitOrder(services[1], SALES, 'SH001', draft(2), null);
    await there.done;
    expect(there.seen[0]).toMatchObject({ orderId: order.id, seq: 1, type: 'submitted' });
  });

  it('listens again after its connection is cut, and then receives the changes committed elsewhere', async () => {
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    try {
      const cut = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
        [`${channel}_second`],
      );
      expect(cut.rowCount).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.end();
    }
    await until(() => !feeds[1].listening);
    await until(() => feeds[1].listening);
    const there = collect(feeds[1], 2);
    const { order } = await submitOrder(services[0], SALES, 'SH001', draft(3), null);
    await there.done;
    expect(there.seen.map((seen) => [seen.orderId, seen.seq])).toEqual([
      [order.id, 1],
      [order.id, 2],
    ]);
  });
});
