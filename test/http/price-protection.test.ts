import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPriceProtectionJob } from '../../src/main/price-protection-job.js';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';
import { addPlantIntegration, apiOf, panoramicOrder, scheduleDirectly } from '../support/order-life.js';

/** The demo prices the E7 Long Range at ¥259,800; the test order adds only free options. */
const E7_LR_CENTS = 25_980_000;
const HOUR_MS = 3_600_000;
/** The 21-inch wheels and the panoramic roof the roof needs, at the demo's prices. */
const PANORAMIC_EXTRAS_CENTS = 1_200_000 + 900_000;

describe.each(DIALECTS)('price protection (%s)', (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof apiOf>;
  let n = 1_500;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    api = apiOf(t);
  });
  afterAll(() => t.close());

  const submit = async (body: object) => (await api('POST', '/api/v1/orders', 'sh.sales', body)).json();
  const order = async (id: string) => (await api('GET', `/api/v1/orders/${id}`, 'sh.sales')).json();
  const publish = async (priceCents: number, effectiveAt = t.clock.now().toISOString()) => {
    const response = await api('POST', '/api/v1/prices', 'admin', {
      effectiveAt,
      items: [{ model: 'E7', trim: 'LR', priceCents }],
    });
    expect(response.statusCode).toBe(201);
  };

  it('passes a price drop on to a verified order at once, keeping list and locked prices', async () => {
    const verified = await submit(validOrder(++n));
    const waiting = await submit(panoramicOrder(++n));
    expect([verified.priceCents, verified.lockedPriceCents]).toEqual([E7_LR_CENTS, E7_LR_CENTS]);
    await publish(25_000_000);
    expect(await order(verified.id)).toMatchObject({
      listPriceCents: E7_LR_CENTS,
      lockedPriceCents: E7_LR_CENTS,
      priceCents: 25_000_000,
      version: verified.version + 1,
    });
    const events = await t.services.runner.read.orders.events(verified.id);
    expect(events.at(-1)).toMatchObject({
      type: 'price_protected',
      actor: 'system',
      data: { oldPriceCents: E7_LR_CENTS, newPriceCents: 25_000_000, priceInForceCents: 25_000_000 },
    });
    // An order not verified yet keeps the price of its submission: nothing is locked to protect.
    expect((await order(waiting.id)).priceCents).toBe(waiting.priceCents);
  });

  it('never raises a locked price when a dearer version is published', async () => {
    const verified = await submit(validOrder(++n));
    const dropped = (await order(verified.id)).priceCents;
    await publish(27_000_000);
    expect(await order(verified.id)).toMatchObject({ priceCents: dropped, version: verified.version });
    const newcomer = await submit(validOrder(++n));
    expect(newcomer).toMatchObject({ listPriceCents: 27_000_000, priceCents: 27_000_000 });
  });

  it('passes on a drop published for later once it comes into force, by the job', async () => {
    const verified = await submit(validOrder(++n));
    const job = startPriceProtectionJob(t.services, (error) => {
      throw error;
    });
    try {
      await job.tick();
      const later = new Date(t.clock.now().getTime() + 2 * HOUR_MS).toISOString();
      await publish(24_000_000, later);
      expect((await order(verified.id)).priceCents).toBe(verified.priceCents);
      expect(await job.tick()).toBeNull();
      t.clock.advance(2 * HOUR_MS);
      const run = await job.tick();
      expect(run?.repriced).toBeGreaterThanOrEqual(1);
      expect((await order(verified.id)).priceCents).toBe(24_000_000);
      expect(await job.tick()).toBeNull();
    } finally {
      await job.stop();
    }
  });

  it('gives an order verified after a drop the lower price from the moment its price is locked', async () => {
    const waiting = await submit(panoramicOrder(++n));
    expect(waiting.status).toBe('postponed');
    const dearer = waiting.listPriceCents;
    await publish(20_000_000);
    await api('PUT', '/api/v1/materials/GLASS-PANO-E7', 'allocator', { availableUnits: 1_000 });
    const verified = await order(waiting.id);
    expect(verified).toMatchObject({ status: 'verified', listPriceCents: dearer, lockedPriceCents: dearer });
    expect(verified.priceCents).toBe(20_000_000 + PANORAMIC_EXTRAS_CENTS);
    expect(verified.priceCents).toBeLessThan(dearer);
  });

  it('settles the price at delivery: a later drop no longer changes it', async () => {
    const plant = await addPlantIntegration(t, `plant.${dialect}`);
    const verified = await submit(validOrder(++n));
    await scheduleDirectly(t, verified.id);
    t.clock.advance(HOUR_MS);
    const at = t.clock.now().toISOString();
    for (const status of ['in_production', 'shipped', 'delivered']) {
      const response = await api('POST', `/api/v1/orders/${verified.id}/milestones`, plant, { status, at });
      expect(response.statusCode).toBe(200);
    }
    const delivered = await order(verified.id);
    await publish(20_000_000);
    expect(await order(verified.id)).toMatchObject({ status: 'delivered', priceCents: delivered.priceCents });
  });
});
