import type { LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../../src/adapters/system/crypto-hasher.js';
import type { StoredOrder } from '../../src/application/ports/repositories.js';
import type { TestApp } from './test-app.js';
import { validOrder, type OrderBody } from './order-fixtures.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** Calls the API as a demo user (signed in once per app). */
export function apiOf(t: TestApp) {
  return async (method: Method, url: string, user: string, payload?: object): Promise<LightMyRequestResponse> =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await t.login(user)}` },
      ...(payload ? { payload } : {}),
    });
}

/** An E7 with the panoramic roof: the demo has no roof glass, so the order is postponed. */
export function panoramicOrder(n: number): OrderBody {
  return validOrder(n, {
    vehicle: { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-21', 'ROOF-PANO'] },
  });
}

/** A C3 for a Beijing dealer: the demo's NORTH C3 bucket of the current month holds two. */
export function northC3Order(n: number): OrderBody {
  return validOrder(n, {
    vehicle: { model: 'C3', trim: 'COMFORT', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-17'] },
  });
}

/** An order the demo sends to manual review: the dealer flags it. */
export function flaggedOrder(n: number): OrderBody {
  return { ...validOrder(n), special: { reason: 'Buyer asks for a factory visit at delivery' } };
}

/** Sequence numbers for the slots given out here: the database refuses two orders in one slot. */
let nextSequence = 1_000;

/** Gives an order a production slot as the scheduler does, so milestones can follow. */
export async function scheduleDirectly(t: TestApp, id: string, buildDate = '2026-12-07'): Promise<StoredOrder> {
  return t.services.runner.run(async (unit) => {
    const order = await unit.orders.findById(id);
    if (!order || order.status !== 'verified') throw new Error(`order ${id} is not verified`);
    const scheduled: StoredOrder = {
      ...order,
      status: 'scheduled',
      productionSlot: { plant: 'NB', buildDate, sequence: nextSequence++ },
      vin: null,
      eta: '2026-12-09',
      version: order.version + 1,
    };
    const at = t.clock.now().toISOString();
    if (!(await unit.orders.update(scheduled, order.version, [{ type: 'scheduled', at, actor: 'test', data: {} }]))) {
      throw new Error(`order ${id} changed meanwhile`);
    }
    return scheduled;
  });
}

/** A plant system's account: an integration bound to no dealer. */
export async function addPlantIntegration(t: TestApp, username = 'plant.nb'): Promise<string> {
  const passwordHash = await hashPassword('demo1234');
  await t.services.runner.run((unit) =>
    unit.users.insert({
      id: t.services.ids.id(),
      username,
      passwordHash,
      role: 'integration',
      dealerCode: null,
      displayName: 'Ningbo plant MES',
      disabled: false,
      createdAt: t.clock.now().toISOString(),
    }),
  );
  return username;
}

/** The order's event types, oldest first. */
export async function eventTypes(t: TestApp, id: string): Promise<string[]> {
  return (await t.services.runner.read.orders.events(id)).map((event) => event.type);
}
