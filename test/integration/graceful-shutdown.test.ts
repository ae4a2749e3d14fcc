import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { gracefulShutdown, type ShutdownLog } from '../../src/main/graceful-shutdown.js';
import { createTestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';

const quiet: ShutdownLog = { info: () => {}, error: () => {} };

function get(port: number, path: string, headers: http.OutgoingHttpHeaders = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
}

function post(port: number, path: string, token: string, body: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function exitCode(): { exit: (code: number) => void; code: Promise<number> } {
  let exit: (code: number) => void = () => {};
  const code = new Promise<number>((resolve) => (exit = resolve));
  return { exit, code };
}

describe('shutting down on SIGTERM', () => {
  it('answers the slow request in flight, then stops the jobs and closes the database, then exits 0', async () => {
    const t = await createTestApp('sqlite');
    const happened: string[] = [];
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    t.app.get('/slow', async () => {
      entered();
      await released;
      happened.push('slow request answered');
      return { slow: 'done' };
    });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const port = (t.app.server.address() as AddressInfo).port;
    const { exit, code } = exitCode();
    const shutDown = gracefulShutdown({
      closeServer: () => t.app.close(),
      steps: [
        { name: 'stop the jobs', run: async () => void happened.push('jobs stopped') },
        { name: 'close the database', run: async () => (await t.database.destroy(), void happened.push('closed')) },
      ],
      log: quiet,
      exit,
    });

    const slow = get(port, '/slow');
    await inside;
    const stopping = shutDown('SIGTERM');
    await expect(get(port, '/healthz')).rejects.toThrow();
    release();
    expect(await slow).toEqual({ status: 200, body: JSON.stringify({ slow: 'done' }) });
    await stopping;
    expect(await code).toBe(0);
    expect(happened).toEqual(['slow request answered', 'jobs stopped', 'closed']);
  });

  it('commits the orders in flight before it closes the database', async () => {
    const t = await createTestApp('sqlite');
    const ORDERS = 20;
    let arrived = 0;
    let allArrived: () => void = () => {};
    const everyoneIn = new Promise<void>((resolve) => (allArrived = resolve));
    t.app.addHook('onRequest', async (request) => {
      if (request.url === '/api/v1/orders' && ++arrived === ORDERS) allArrived();
    });
    const token = await t.login('sh.sales');
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const port = (t.app.server.address() as AddressInfo).port;
    // A transaction that holds the group commit: the submissions queue behind it until it ends.
    let release: () => void = () => {};
    const held = t.services.runner.run(() => new Promise<void>((resolve) => (release = resolve)));
    const { exit, code } = exitCode();
    let committedBeforeClose = -1;
    const shutDown = gracefulShutdown({
      closeServer: () => t.app.close(),
      steps: [
        {
          name: 'close the database',
          run: async () => {
            committedBeforeClose = (await t.services.runner.read.orders.list({}, 100, null)).items.length;
            await t.database.destroy();
          },
        },
      ],
      log: quiet,
      exit,
    });
    const submissions = Array.from({ length: ORDERS }, (_, index) =>
      post(port, '/api/v1/orders', token, JSON.stringify(validOrder(index + 1))),
    );
    await everyoneIn;
    const stopping = shutDown('SIGTERM');
    release();
    await held;
    const answers = await Promise.all(submissions);
    await stopping;
    expect(await code).toBe(0);
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: ORDERS }, () => 201));
    expect(committedBeforeClose).toBe(ORDERS);
  });

  it('exits 1 at the deadline when a step never finishes, and once whatever the number of signals', async () => {
    const exits: number[] = [];
    let exited: () => void = () => {};
    const done = new Promise<void>((resolve) => (exited = resolve));
    const shutDown = gracefulShutdown({
      closeServer: async () => {},
      steps: [{ name: 'a job that never stops', run: () => new Promise<void>(() => {}) }],
      log: quiet,
      exit: (code) => {
        exits.push(code);
        exited();
      },
      deadlineMs: 50,
    });
    void shutDown('SIGTERM');
    void shutDown('SIGINT');
    await done;
    expect(exits).toEqual([1]);
  });

  it('still runs the later steps when one fails, and exits 1', async () => {
    const { exit, code } = exitCode();
    const ran: string[] = [];
    await gracefulShutdown({
      closeServer: async () => {},
      steps: [
        { name: 'stop the jobs', run: () => Promise.reject(new Error('the job would not stop')) },
        { name: 'close the database', run: async () => void ran.push('closed') },
      ],
      log: quiet,
      exit,
    })('SIGTERM');
    expect(await code).toBe(1);
    expect(ran).toEqual(['closed']);
  });
});
