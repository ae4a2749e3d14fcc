import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderChange } from '../../src/application/ports/change-feed.js';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';

describe.each(DIALECTS)('publishing committed order changes (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('publishes the events of a committed submission, in order', async () => {
    const seen: OrderChange[] = [];
    const stop = t.services.changes.subscribe((change) => seen.push(change));
    const token = await t.login('sh.sales');
    const order = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${token}` },
        payload: validOrder(1),
      })
    ).json();
    stop();
    expect(seen.map((change) => [change.orderId, change.seq, change.type])).toEqual([
      [order.id, 1, 'submitted'],
      [order.id, 2, 'verified'],
    ]);
    expect(seen.every((change) => change.dealerCode === 'SH001' && change.status === 'verified')).toBe(true);
  });

  it('publishes nothing for a transaction that rolled back', async () => {
    const seen: OrderChange[] = [];
    const stop = t.services.changes.subscribe((change) => seen.push(change));
    const existing = (await t.services.runner.read.orders.list({}, 1, null)).items[0]!;
    await expect(
      t.services.runner.run(async (unit) => {
        await unit.orders.update({ ...existing, version: existing.version + 1 }, existing.version, [
          { type: 'edited', at: existing.updatedAt, actor: 'test', data: {} },
        ]);
        throw new Error('abandon the change');
      }),
    ).rejects.toThrow('abandon the change');
    stop();
    expect(seen).toEqual([]);
    expect((await t.services.runner.read.orders.findById(existing.id))?.version).toBe(existing.version);
  });
});
