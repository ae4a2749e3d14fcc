import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/adapters/http/build-app.js';
import { LOG_REDACT_PATHS, loggerOptions } from '../../src/adapters/http/logging.js';
import { creditCodeCheckCharacter } from '../../src/domain/identity/credit-code.js';
import { residentId, validOrder, type OrderBody } from '../support/order-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

const HOUR_MS = 3_600_000;

/** A log sink in memory: every line the logger writes. */
class MemoryLog {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  /**
   * What the lines say, without pino's own clock and timing numbers: their digits could spell anything, a phone
   * number included, and are not what the test looks for.
   */
  get text(): string {
    return this.lines
      .map((line) => {
        const { time: _time, responseTime: _responseTime, ...rest } = JSON.parse(line) as Record<string, unknown>;
        return JSON.stringify(rest);
      })
      .join('\n');
  }
}

/** Everything personal or secret the day's traffic sent, to be looked for in the log afterwards. */
class Secrets {
  readonly values = new Set<string>();
  add(...values: string[]): void {
    for (const value of values) if (value.length >= 6) this.values.add(value);
  }
  addOrder(body: OrderBody): void {
    this.add(body.customer.idNumber, body.customer.phone, body.customer.phone.replace(/\D/g, '').slice(-11));
  }
}

describe.each(DIALECTS)('a day of demo traffic with logging on (%s)', (dialect) => {
  let t: TestApp;
  let app: FastifyInstance;
  const log = new MemoryLog();
  const secrets = new Secrets();
  let requests = 0;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    app = await buildApp(t.services, { logger: loggerOptions('trace', log) });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  async function send(
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    token: string | null,
    payload?: unknown,
    headers = {},
  ) {
    requests += 1;
    return app.inject({
      method,
      url,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  async function login(username: string, password = 'demo1234'): Promise<string> {
    const response = await send('POST', '/api/v1/auth/login', null, { username, password });
    if (response.statusCode !== 200) return '';
    const token = (response.json() as { token: string }).token;
    secrets.add(token);
    return token;
  }

  /** Varied orders: valid ones, broken identity numbers, passports, companies, bad phones, low deposits. */
  function orderOfTheDay(n: number): OrderBody {
    const body = validOrder(20_000 + n);
    body.customer.phone =
      ['1390021', '+86 137 00', '1500031'][n % 3] + String(1000 + n).slice(-4) + (n % 3 === 1 ? '22' : '');
    if (n % 3 === 1) body.customer.phone = `+86 137 0022 ${String(1000 + n).slice(-4)}`;
    switch (n % 6) {
      case 1:
        body.customer.idNumber =
          residentId(20_000 + n).slice(0, 17) + (residentId(20_000 + n).endsWith('1') ? '2' : '1');
        break;
      case 2:
        body.customer.idType = 'passport';
        body.customer.idNumber = `E${String(70_000_000 + n)}`;
        break;
      case 3: {
        const first17 = `91310115MA1K${String(40_000 + n).padStart(5, '0')}`;
        body.customer.idType = 'company';
        body.customer.idNumber = first17 + creditCodeCheckCharacter(first17);
        break;
      }
      case 4:
        body.customer.phone = `2${String(1_000_000_000 + n)}`;
        break;
      case 5:
        body.deposit.amountCents = 100;
        break;
    }
    return body;
  }

  it('finds no phone number, identity number, password or token in the log', async () => {
    const sales = { sh: await login('sh.sales'), bj: await login('bj.sales'), manager: await login('sh.manager') };
    const reviewer = await login('reviewer');
    const admin = await login('admin');
    await login('sh.sales', 'wrong password 12345');
    await login('ghost.user', 'another secret 67890');
    secrets.add('wrong password 12345', 'another secret 67890', 'demo1234');
    const cookie = await send('POST', '/api/v1/auth/login', null, {
      username: 'gz.sales',
      password: 'demo1234',
      cookie: true,
    });
    const csrf = (cookie.json() as { csrfToken: string }).csrfToken;
    secrets.add(csrf, String(cookie.headers['set-cookie']).split(';')[0]!.split('=')[1]!);

    const submitted: { id: string; orderNo: string; token: string; body: OrderBody }[] = [];
    for (let n = 0; n < 60; n++) {
      t.clock.advance(HOUR_MS / 10);
      const body = orderOfTheDay(n);
      secrets.addOrder(body);
      const token = n % 2 === 0 ? sales.sh : sales.bj;
      const response = await send('POST', '/api/v1/orders', token, body, { 'idempotency-key': `day-${n}` });
      expect(response.statusCode).toBe(201);
      const order = response.json() as { id: string; orderNo: string };
      submitted.push({ ...order, token, body });
      // Schema refusals carry the same personal data in their bodies.
      const malformed = { ...body, customer: { ...body.customer, extra: body.customer.phone } };
      expect((await send('POST', '/api/v1/orders', token, malformed)).statusCode).toBe(400);
      await send('POST', '/api/v1/orders', token, `{"customer":{"idNumber":"${body.customer.idNumber}"`, {
        'content-type': 'application/json',
      });
    }

    for (const [index, order] of submitted.entries()) {
      t.clock.advance(HOUR_MS / 20);
      const phone = `1860000${String(index).padStart(4, '0')}`;
      secrets.add(phone);
      await send('PATCH', `/api/v1/orders/${order.id}`, order.token, { customer: { phone } });
      if (index % 6 === 1) {
        const fixed = residentId(30_000 + index);
        secrets.add(fixed);
        await send('PATCH', `/api/v1/orders/${order.id}`, order.token, { customer: { idNumber: fixed } });
      }
      await send('GET', `/api/v1/orders/${order.orderNo}`, order.token);
      await send('GET', `/api/v1/orders/${order.id}/events`, reviewer);
      await send('GET', `/api/v1/orders?q=${encodeURIComponent(order.body.customer.phone)}`, order.token);
      await send('GET', `/api/v1/orders?q=${order.body.customer.idNumber}`, sales.manager);
    }
    await send('GET', '/api/v1/orders?limit=200', reviewer);
    await send('GET', '/api/v1/orders?limit=200', sales.manager);
    await send('POST', '/api/v1/admin/users', admin, {
      username: 'day.new',
      displayName: 'New Hire',
      role: 'dealer_sales',
      dealerCode: 'SH001',
      password: 'first day password',
    });
    secrets.add('first day password');
    const newcomer = await login('day.new', 'first day password');
    await send('POST', '/api/v1/auth/password', newcomer, {
      currentPassword: 'first day password',
      newPassword: 'second day password',
    });
    secrets.add('second day password');

    const text = log.text;
    expect(log.lines.filter((line) => line.includes('"incoming request"')).length).toBe(requests);
    expect(log.lines.filter((line) => line.includes('"request completed"')).length).toBe(requests);
    const found = [...secrets.values].filter((secret) => text.includes(secret));
    expect(found).toEqual([]);
    // Nothing that looks like a mainland mobile number or a resident ID number, whoever sent it.
    expect(text.match(/(?<!\d)1[3-9]\d{9}(?!\d)/g) ?? []).toEqual([]);
    expect(text.match(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g) ?? []).toEqual([]);
  });
});

describe('the redaction of logged objects', () => {
  it('hides phones, identity numbers, customers, passwords and credentials wherever the paths reach', () => {
    const log = new MemoryLog();
    const logger = pino({ redact: { paths: [...LOG_REDACT_PATHS], censor: '[redacted]' } }, log);
    const phone = '13800138000';
    const id = residentId(7);
    logger.info({ phone, idNumber: id, password: 'top secret pw' }, 'flat');
    logger.info({ customer: { name: '张三', phone, idNumber: id } }, 'customer');
    logger.info({ order: { customer: { phone, idNumber: id } } }, 'order');
    logger.info({ message: { to: { phone, idNumber: id }, recipient: phone } }, 'message');
    logger.info({ req: { headers: { authorization: 'Bearer abcdefghij', cookie: 'og_session=abcdefghij' } } }, 'req');
    expect(log.text).not.toContain(phone);
    expect(log.text).not.toContain(id);
    expect(log.text).not.toContain('top secret pw');
    expect(log.text).not.toContain('abcdefghij');
    expect(log.text.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(9);
  });
});
