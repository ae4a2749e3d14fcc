import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LIVE_STREAMS_PER_TOPIC } from '../../src/adapters/http/live-streams.js';
import { EventStreamClient, type ReceivedEvent } from '../support/event-stream-client.js';
import { moveOrder, testVin } from '../support/order-changes.js';
import { validOrder } from '../support/order-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

interface StreamedChange {
  seq: number;
  type: string;
  at: string;
}

/** Polls a condition the server reaches on its own shortly (a closed socket noticed), failing after a while. */
async function waitUntil(condition: () => boolean, waitMs = 5_000): Promise<void> {
  const deadline = Date.now() + waitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const changeOf = (event: ReceivedEvent): StreamedChange => JSON.parse(event.data) as StreamedChange;

describe.each(DIALECTS)('live updates of the tracking page (%s)', (dialect) => {
  let t: TestApp;
  let origin: string;
  let sales: string;
  let n = 7_000;
  const streams: EventStreamClient[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    sales = await t.login('sh.sales');
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await t.close();
  });

  /** An order held for review (a special request), so that its verification is still to come. */
  async function orderInReview(): Promise<{ id: string; token: string }> {
    const body = { ...validOrder(++n), special: { reason: 'Wants the launch edition badge' } };
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { authorization: `Bearer ${sales}` },
      payload: body,
    });
    const order = response.json() as { id: string; status: string; trackingUrl: string };
    expect(order.status).toBe('manual_review');
    return { id: order.id, token: new URL(order.trackingUrl).pathname.slice('/t/'.length) };
  }

  async function follow(
    token: string,
    headers: Record<string, string> = {},
    path = '/track',
    query = '',
  ): Promise<EventStreamClient> {
    const stream = await EventStreamClient.open(`${origin}${path}/${token}/events${query}`, headers);
    streams.push(stream);
    return stream;
  }

  it('streams the history, then each change as it is committed: verified, scheduled, shipped, in order', async () => {
    const { id, token } = await orderInReview();
    const stream = await follow(token);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers['cache-control']).toBe('private, no-store');
    expect([changeOf(await stream.next()), changeOf(await stream.next())].map((change) => change.type)).toEqual([
      'submitted',
      'manual_review',
    ]);

    await moveOrder(t.services, id, 'verified');
    const verified = await stream.next();
    await moveOrder(t.services, id, 'scheduled', { vin: testVin(n), eta: '2027-01-20' });
    const scheduled = await stream.next();
    await moveOrder(t.services, id, 'in_production');
    await moveOrder(t.services, id, 'shipped');
    const rest = [await stream.next(), await stream.next()];

    const received = [verified, scheduled, ...rest];
    expect(received.map((event) => changeOf(event).type)).toEqual([
      'verified',
      'scheduled',
      'in_production',
      'shipped',
    ]);
    expect(received.map((event) => event.id)).toEqual(['3', '4', '5', '6']);
    expect(received.map((event) => changeOf(event).seq)).toEqual([3, 4, 5, 6]);
    expect(stream.comments).toContain('open');
  });

  it('resumes after Last-Event-ID: the events missed while away first, then live ones, none twice', async () => {
    const { id, token } = await orderInReview();
    const first = await follow(token);
    await first.next();
    await first.next();
    await moveOrder(t.services, id, 'verified');
    const lastSeen = await first.next();
    first.close();

    // While the buyer's phone is offline the car is scheduled and built.
    await moveOrder(t.services, id, 'scheduled', { vin: testVin(n), eta: '2027-01-22' });
    await moveOrder(t.services, id, 'in_production');

    const resumed = await follow(token, { 'last-event-id': lastSeen.id ?? '' });
    const missed = [changeOf(await resumed.next()), changeOf(await resumed.next())];
    await moveOrder(t.services, id, 'shipped');
    const live = changeOf(await resumed.next());
    expect([...missed, live].map((change) => [change.seq, change.type])).toEqual([
      [4, 'scheduled'],
      [5, 'in_production'],
      [6, 'shipped'],
    ]);
    await moveOrder(t.services, id, 'delivered');
    expect(changeOf(await resumed.next()).seq).toBe(7);
    expect(resumed.events.map((event) => event.id)).toEqual(['4', '5', '6', '7']);
  });

  it('misses nothing and repeats nothing when changes land while a stream is catching up', async () => {
    const { id, token } = await orderInReview();
    const connecting = follow(token, {}, '/api/v1/track');
    const writing = (async () => {
      await moveOrder(t.services, id, 'verified');
      await moveOrder(t.services, id, 'scheduled', { vin: testVin(n), eta: '2027-01-25' });
      await moveOrder(t.services, id, 'in_production');
    })();
    const stream = await connecting;
    await writing;
    const seqs: number[] = [];
    for (let index = 0; index < 5; index++) seqs.push(changeOf(await stream.next()).seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    await moveOrder(t.services, id, 'shipped');
    expect(changeOf(await stream.next()).seq).toBe(6);
    expect(stream.events).toHaveLength(6);
  });

  it('takes the Last-Event-ID from the query when the header is absent (the page passes what it showed)', async () => {
    const { id, token } = await orderInReview();
    const stream = await follow(token, {}, '/track', '?lastEventId=2&from=singlemessage');
    await moveOrder(t.services, id, 'verified');
    expect(changeOf(await stream.next())).toMatchObject({ seq: 3, type: 'verified' });
  });

  it('ends the streams of a link the dealer replaced, and refuses to open them again', async () => {
    const { id, token } = await orderInReview();
    const stream = await follow(token);
    await stream.next();
    const reissued = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${id}/tracking-link`,
      headers: { authorization: `Bearer ${sales}` },
    });
    expect(reissued.statusCode).toBe(200);
    await stream.closedByServer();
    const again = await follow(token);
    expect(again.status).toBe(404);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers 404 as problem+json for a stream of an unknown token, and 400 for a Last-Event-ID that is no number', async () => {
    const unknown = await follow('AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
    await unknown.closedByServer();
    expect(JSON.parse(unknown.body.text)).toMatchObject({ status: 404, code: 'not_found' });
    const { token } = await orderInReview();
    const garbled = await follow(token, { 'last-event-id': 'yesterday' });
    expect(garbled.status).toBe(400);
  });

  it(`refuses more than ${MAX_LIVE_STREAMS_PER_TOPIC} live views of one order with 503, and makes room as they close`, async () => {
    const { token } = await orderInReview();
    const elsewhere = t.app.liveStreams.size;
    const open = await Promise.all(Array.from({ length: MAX_LIVE_STREAMS_PER_TOPIC }, () => follow(token)));
    expect(open.every((stream) => stream.status === 200)).toBe(true);
    const refused = await follow(token);
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('30');
    await refused.closedByServer();
    expect(JSON.parse(refused.body.text)).toMatchObject({ code: 'too_many_streams' });
    open[0]!.close();
    await waitUntil(() => t.app.liveStreams.size < elsewhere + MAX_LIVE_STREAMS_PER_TOPIC);
    expect((await follow(token)).status).toBe(200);
    for (const stream of open) stream.close();
  });

  it('ends every open stream when the server shuts down, so shutting down never waits on a buyer', async () => {
    const other = await createTestApp(dialect);
    try {
      await other.app.listen({ port: 0, host: '127.0.0.1' });
      const port = (other.app.server.address() as AddressInfo).port;
      const token = await other.login('sh.sales');
      const order = (
        await other.app.inject({
          method: 'POST',
          url: '/api/v1/orders',
          headers: { authorization: `Bearer ${token}` },
          payload: validOrder(1),
        })
      ).json() as { trackingUrl: string };
      const stream = await EventStreamClient.open(
        `http://127.0.0.1:${port}${new URL(order.trackingUrl).pathname.replace('/t/', '/track/')}/events`,
      );
      await stream.next();
      expect(other.app.liveStreams.size).toBe(1);
      await other.app.close();
      await stream.closedByServer();
      expect(other.app.liveStreams.size).toBe(0);
    } finally {
      await other.database.destroy();
    }
  });
});
