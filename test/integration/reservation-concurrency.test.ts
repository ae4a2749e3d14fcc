import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/application/actor.js';
import { submitOrder } from '../../src/application/commands/submit-order.js';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';

const SALES: Actor = { userId: 'u-test', username: 'sh.sales', role: 'dealer_sales', dealerCode: 'SH001' };

describe.each(DIALECTS)('reservations under concurrency (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const draftOf = (n: number, options: string[], model = 'E7', trim = 'LR') => {
    const body = validOrder(n, { vehicle: { model, trim, options } });
    body.deposit.amountCents = 2_000_000;
    return {
      ...body,
      customer: { ...body.customer, language: 'zh-CN' as const, idType: 'resident_id' as const },
      special: null,
    };
  };

  it('verifies exactly 50 of 200 simultaneous orders against a bucket with room for 50', async () => {
    await t.database.db
      .updateTable('quota_buckets')
      .set({ cap: 50, used: 0 })
      .where('region', '=', 'EAST')
      .where('month', '=', '2026-12')
      .where('model', '=', 'X9')
      .execute();
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        submitOrder(t.services, SALES, 'SH001', draftOf(10_000 + i, ['PAINT-WHITE', 'INT-BLACK'], 'X9', 'PRO'), null),
      ),
    );
    const failures = results.filter((result) => result.status === 'rejected');
    expect(failures).toEqual([]);
    const orders = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value.order] : []));
    const verified = orders.filter((order) => order.status === 'verified');
    const rejected = orders.filter((order) => order.status === 'rejected');
    expect(verified).toHaveLength(50);
    expect(rejected).toHaveLength(150);
    for (const order of rejected) {
      expect(order.verification?.checks.map((line) => line.code)).toContain('quota_exhausted');
    }
    const bucket = await t.services.runner.read.quotas.find({ region: 'EAST', month: '2026-12', model: 'X9' });
    expect(bucket).toMatchObject({ cap: 50, used: 50 });
    expect(
      await t.services.runner.read.orders.countHoldingQuota({ region: 'EAST', month: '2026-12', model: 'X9' }),
    ).toBe(50);
  });

  it('reserves a part with 3 units for exactly 3 of 40 simultaneous orders and postpones the rest', async () => {
    await t.database.db
      .updateTable('parts')
      .set({ available_units: 3, reserved_units: 0 })
      .where('code', '=', 'GLASS-PANO-E7')
      .execute();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        submitOrder(
          t.services,
          SALES,
          'SH001',
          draftOf(20_000 + i, ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-21', 'ROOF-PANO']),
          null,
        ),
      ),
    );
    const statuses = results.map((result) => result.order.status);
    expect(statuses.filter((status) => status === 'verified')).toHaveLength(3);
    expect(statuses.filter((status) => status === 'postponed')).toHaveLength(37);
    const [part] = await t.services.runner.read.parts.findMany(['GLASS-PANO-E7']);
    expect(part).toMatchObject({ availableUnits: 0, reservedUnits: 3 });
  });

  it('never lets the database itself hold a bucket over its cap', async () => {
    await expect(
      sql`UPDATE quota_buckets SET used = cap + 1 WHERE region = 'EAST' AND month = '2026-12' AND model = 'E7'`.execute(
        t.database.db,
      ),
    ).rejects.toThrow();
  });
});
