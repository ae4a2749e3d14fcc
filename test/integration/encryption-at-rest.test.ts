import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/adapters/db/migrate.js';
import { openDatabase } from '../../src/adapters/db/open-database.js';
import { sealIdentityNumbers, sealWebhookSecrets } from '../../src/adapters/db/seal-at-rest.js';
import { buildApp } from '../../src/adapters/http/build-app.js';
import { ManualClock } from '../../src/adapters/system/system-clock.js';
import { loadDemo } from '../../src/main/demo/load-demo.js';
import { DEFAULT_POLICIES, createServices, personalDataProtection } from '../../src/main/wiring.js';
import { creditCodeCheckCharacter } from '../../src/domain/identity/credit-code.js';
import { residentId, validOrder, type OrderBody } from '../support/order-fixtures.js';
import { mintSession } from '../support/security-fixtures.js';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

const DATA_KEY = Buffer.alloc(32, 11);

/** Orders with every kind of identity: resident IDs (good and bad), passports, company credit codes. */
function ordersToStore(count: number): OrderBody[] {
  return Array.from({ length: count }, (_unused, n) => {
    const body = validOrder(40_000 + n);
    if (n % 4 === 1) {
      body.customer.idType = 'passport';
      body.customer.idNumber = `G${String(50_000_000 + n)}`;
    }
    if (n % 4 === 2) {
      const first17 = `91310115MA1K${String(60_000 + n).padStart(5, '0')}`;
      body.customer.idType = 'company';
      body.customer.idNumber = first17 + creditCodeCheckCharacter(first17);
    }
    if (n % 4 === 3) body.customer.idNumber = `${body.customer.idNumber.slice(0, 17)}0`;
    return body;
  });
}

describe('the SQLite database file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ordergate-at-rest-'));
  const path = join(folder, 'ordergate.db');
  const numbers: string[] = [];

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('holds no identity number and no webhook secret in clear text after submissions and edits', async () => {
    const database = openDatabase({ dialect: 'sqlite', path });
    await migrateToLatest(database.db);
    const services = createServices({
      database,
      dataKey: DATA_KEY,
      clock: new ManualClock(TEST_NOW),
      policies: DEFAULT_POLICIES,
    });
    await loadDemo(database.db, services);
    const app = await buildApp(services);
    const headers = { authorization: `Bearer ${await mintSession(services, 'sh.sales')}` };
    const stored: { id: string; body: OrderBody }[] = [];
    for (const body of ordersToStore(40)) {
      numbers.push(body.customer.idNumber);
      const response = await app.inject({ method: 'POST', url: '/api/v1/orders', headers, payload: body });
      expect(response.statusCode).toBe(201);
      expect(response.json().customer.idNumber).not.toBe(body.customer.idNumber);
      stored.push({ id: response.json().id, body });
    }
    for (const [index, order] of stored.entries()) {
      if (index % 4 !== 3) continue;
      const fixed = residentId(45_000 + index);
      numbers.push(fixed);
      const response = await app.inject({
        method: 'PATCH',
        url: `/api/v1/orders/${order.id}`,
        headers,
        payload: { customer: { idNumber: fixed } },
      });
      expect(response.statusCode).toBe(200);
      const read = await services.runner.read.orders.findById(order.id);
      expect(read?.customer.idNumber).toBe(fixed);
    }
    const webhookSecret = 'the-dealers-own-signing-secret-0042';
    const registered = await app.inject({
      method: 'PUT',
      url: '/api/v1/webhooks',
      headers: { authorization: `Bearer ${await mintSession(services, 'sh.manager')}` },
      payload: { url: 'https://dms.example.com/ordergate', secret: webhookSecret },
    });
    expect(registered.statusCode).toBe(200);
    expect((await services.runner.read.webhooks.find('SH001'))?.secret).toBe(webhookSecret);
    await app.close();
    await database.close();

    const files = [path, `${path}-wal`, `${path}-journal`].filter((file) => existsSync(file));
    const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
    expect(bytes.includes(Buffer.from('SO-2026-'))).toBe(true);
    expect(bytes.includes(Buffer.from('v1:'))).toBe(true);
    const inClear = [...numbers, webhookSecret].filter((secret) => bytes.includes(Buffer.from(secret, 'utf8')));
    expect(inClear).toEqual([]);
  });
});

describe.each(DIALECTS)('identity numbers at rest (%s)', (dialect) => {
  let t: TestApp;
  let headers: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    headers = { authorization: `Bearer ${await mintSession(t.services, 'sh.sales')}` };
  });
  afterAll(() => t.close());

  const submit = async (body: OrderBody) =>
    (await t.app.inject({ method: 'POST', url: '/api/v1/orders', headers, payload: body })).json();

  it('stores sealed numbers and still finds the second active order of one buyer (anti-scalping)', async () => {
    const first = await submit(validOrder(70_001));
    const second = await submit({ ...validOrder(70_002), customer: validOrder(70_001).customer });
    expect(first.status).toBe('verified');
    expect(second.status).toBe('manual_review');
    const rows = await t.database.db
      .selectFrom('orders')
      .select(['customer_id_number', 'customer_id_hash'])
      .where('id', 'in', [first.id, second.id])
      .execute();
    expect(rows.every((row) => row.customer_id_number.startsWith('v1:'))).toBe(true);
    expect(rows[0]!.customer_id_number).not.toBe(rows[1]!.customer_id_number);
    expect(rows[0]!.customer_id_hash).toBe(rows[1]!.customer_id_hash);
  });

  it('seals the numbers of rows written in clear before, with the current hash key, once', async () => {
    const order = await submit(validOrder(70_003));
    const number = validOrder(70_003).customer.idNumber;
    const legacyHash = createHmac('sha256', DATA_KEY).update(number).digest('base64url');
    await t.database.db
      .updateTable('orders')
      .set({ customer_id_number: number, customer_id_hash: legacyHash })
      .where('id', '=', order.id)
      .execute();
    const { cipher, hasher } = personalDataProtection(Buffer.alloc(32, 7));
    expect(await sealIdentityNumbers(t.database.db, cipher, hasher)).toBe(1);
    const row = await t.database.db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(row.customer_id_number.startsWith('v1:')).toBe(true);
    expect(row.customer_id_hash).toBe(t.services.hasher.identity(number));
    expect((await t.services.runner.read.orders.findById(order.id))?.customer.idNumber).toBe(number);
    expect(await sealIdentityNumbers(t.database.db, cipher, hasher)).toBe(0);
  });
});

describe.each(DIALECTS)('dealers’ webhook secrets at rest (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const storedSecret = async () =>
    (
      await t.database.db
        .selectFrom('dealer_webhooks')
        .select('secret')
        .where('dealer_code', '=', 'SH001')
        .executeTakeFirstOrThrow()
    ).secret;

  it('stores the secret sealed, reads it back to sign with, and seals a secret written in clear before, once', async () => {
    const secret = 'v1:a-dealer-secret-that-looks-sealed';
    const registered = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/webhooks',
      headers: { authorization: `Bearer ${await mintSession(t.services, 'sh.manager')}` },
      payload: { url: 'https://dms.example.com/ordergate', secret },
    });
    expect(registered.statusCode).toBe(200);
    expect(await storedSecret()).not.toBe(secret);
    expect(await storedSecret()).toMatch(/^v1:/);
    expect((await t.services.runner.read.webhooks.find('SH001'))?.secret).toBe(secret);

    await t.database.db.updateTable('dealer_webhooks').set({ secret }).where('dealer_code', '=', 'SH001').execute();
    const { cipher } = personalDataProtection(Buffer.alloc(32, 7));
    expect(await sealWebhookSecrets(t.database.db, cipher)).toBe(1);
    expect(await storedSecret()).not.toBe(secret);
    expect((await t.services.runner.read.webhooks.find('SH001'))?.secret).toBe(secret);
    expect(await sealWebhookSecrets(t.database.db, cipher)).toBe(0);
  });
});
