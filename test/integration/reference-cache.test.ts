import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/adapters/system/system-clock.js';
import type { PriceRepository, ReferenceRepository } from '../../src/application/ports/repositories.js';
import { ReferenceData } from '../../src/application/reference-data.js';
import { TEST_CATALOG } from '../../src/domain/catalog/test-catalog.js';
import { validOrder } from '../support/order-fixtures.js';
import { mintSession } from '../support/security-fixtures.js';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

/** A source whose loads the test lets finish one by one. */
class GatedSource implements ReferenceRepository {
  loads = 0;
  private gates: (() => void)[] = [];
  held = false;

  private async gate<T>(value: T): Promise<T> {
    if (this.held) await new Promise<void>((resolve) => this.gates.push(resolve));
    return value;
  }
  release(): void {
    for (const open of this.gates.splice(0)) open();
  }
  async catalog() {
    this.loads += 1;
    return this.gate({ ...TEST_CATALOG, brand: { ...TEST_CATALOG.brand, name: `load ${this.loads}` } });
  }
  regions = () => this.gate([]);
  dealers = () => this.gate([]);
  plants = () => this.gate([]);
}

const noPrices = { versions: async () => [] } as unknown as PriceRepository;

describe('the reference cache', () => {
  it('serves its last snapshot past its age while a fresh one loads, instead of making the reader wait', async () => {
    const source = new GatedSource();
    const clock = new ManualClock(TEST_NOW);
    const reference = new ReferenceData(source, noPrices, clock, 5_000);
    expect((await reference.catalog()).brand.name).toBe('load 1');
    source.held = true;
    clock.advance(60_000);
    expect((await reference.catalog()).brand.name).toBe('load 1');
    expect((await reference.catalog()).brand.name).toBe('load 1');
    expect(source.loads).toBe(2);
    source.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect((await reference.catalog()).brand.name).toBe('load 2');
  });

  it('waits for a fresh load after an invalidation', async () => {
    const source = new GatedSource();
    const reference = new ReferenceData(source, noPrices, new ManualClock(TEST_NOW));
    await reference.catalog();
    reference.invalidate();
    expect((await reference.catalog()).brand.name).toBe('load 2');
  });
});

describe.each(DIALECTS)('reference data read inside transactions (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('edits an order long after the catalog was loaded, and right after it was invalidated', async () => {
    const sales = await mintSession(t.services, 'sh.sales');
    const body = validOrder(61);
    body.deposit.amountCents = 100;
    const headers = { authorization: `Bearer ${sales}` };
    const order = (await t.app.inject({ method: 'POST', url: '/api/v1/orders', headers, payload: body })).json();
    expect(order.status).toBe('rejected');
    t.clock.advance(30 * 60_000);
    const edit = (amountCents: number) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/orders/${order.id}`,
        headers,
        payload: { deposit: { ...body.deposit, amountCents } },
      });
    expect((await edit(200)).statusCode).toBe(200);
    t.services.reference.invalidate();
    const fixed = await edit(600_000);
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json().status).toBe('verified');
  });
});
