import type { Catalog } from '../../domain/catalog/catalog-types.js';
import { findModel } from '../../domain/catalog/catalog-lookup.js';
import { assertTransition } from '../../domain/order/order-transition.js';
import { assert } from '../../domain/shared/assert.js';
import { addDays, dateInZone } from '../../domain/shared/clock.js';
import { DEFAULT_HORIZON_DAYS, type UnscheduledReason } from '../../domain/scheduling/plant-capacity.js';
import type { Plant } from '../../domain/scheduling/plant-types.js';
import { nextWorkingDay } from '../../domain/scheduling/production-calendar.js';
import { type Assignment, scheduleOrders } from '../../domain/scheduling/sequence-orders.js';
import { assignVin } from '../../domain/scheduling/vin-assignment.js';
import type { QueuePosition, StoredOrder, UnitOfWork } from '../ports/repositories.js';
import type { Services } from '../services.js';
import { queueCustomerMessage, queueDealerWebhook } from './record-order-change.js';

/**
 * Orders scheduled in one transaction: large enough that a run of thousands takes few commits, small enough that a
 * batch holds the plant's lock (and, on SQLite, the single writer) for a few milliseconds only.
 */
export const SCHEDULING_BATCH_SIZE = 100;

/** Batches one run gives each plant; what is left waits for the next run, a minute later. */
export const MAX_SCHEDULING_BATCHES_PER_PLANT = 200;

/** Orders a run lists as left unscheduled; the count of scheduled orders is always exact. */
export const MAX_UNSCHEDULED_LISTED = 1_000;

const HOUR_MS = 3_600_000;

/** Who a scheduling run is recorded as in the orders' history when nobody asked for it. */
export const SCHEDULER_ACTOR = 'system';

export interface ScheduleRunOptions {
  /** Every verified order, whatever the VIN lag (`POST /production/schedule`); otherwise only those past the lag. */
  readonly all: boolean;
  /** Recorded on the orders' `scheduled` events; {@link SCHEDULER_ACTOR} when left out. */
  readonly actor?: string;
  /** Orders per transaction, at most {@link SCHEDULING_BATCH_SIZE}. */
  readonly batchSize?: number;
}

export interface UnscheduledOrderReport {
  readonly orderId: string;
  readonly reason: UnscheduledReason;
}

export interface ScheduleRunResult {
  readonly scheduled: number;
  readonly unscheduled: readonly UnscheduledOrderReport[];
}

interface BatchContext {
  readonly services: Services;
  readonly catalog: Catalog;
  readonly plant: Plant;
  readonly models: readonly string[];
  readonly verifiedBy: string | null;
  readonly after: QueuePosition | null;
  readonly batchSize: number;
  readonly now: Date;
  readonly actor: string;
}

interface BatchOutcome {
  readonly scheduled: number;
  readonly unscheduled: readonly UnscheduledOrderReport[];
  /** The last order read, where the next batch resumes; null when the queue is empty. */
  readonly last: QueuePosition | null;
}

/**
 * Gives verified orders their production slot, VIN and delivery estimate (SPEC §4): plant by plant, oldest
 * verification first, into the earliest working day with free capacity from the day after today in the plant's time
 * zone. Each batch is one transaction that first locks the plant, so two schedulers in two processes take turns and
 * the second sees the slots and serials the first gave out.
 */
export async function scheduleVerifiedOrders(
  services: Services,
  options: ScheduleRunOptions,
): Promise<ScheduleRunResult> {
  const now = services.clock.now();
  const batchSize = Math.min(options.batchSize ?? SCHEDULING_BATCH_SIZE, SCHEDULING_BATCH_SIZE);
  assert(Number.isInteger(batchSize) && batchSize > 0, `a scheduling batch holds at least one order, got ${batchSize}`);
  const verifiedBy = options.all
    ? null
    : new Date(now.getTime() - services.policies.vinLagHours * HOUR_MS).toISOString();
  const [catalog, plants] = await Promise.all([services.reference.catalog(), services.reference.plants()]);
  let scheduled = 0;
  const unscheduled: UnscheduledOrderReport[] = [];
  for (const plant of plants) {
    const models = catalog.models.filter((model) => model.plant === plant.code).map((model) => model.code);
    let after: QueuePosition | null = null;
    for (let batch = 0; batch < MAX_SCHEDULING_BATCHES_PER_PLANT && models.length > 0; batch++) {
      const context: BatchContext = {
        services,
        catalog,
        plant,
        models,
        verifiedBy,
        after,
        batchSize,
        now,
        actor: options.actor ?? SCHEDULER_ACTOR,
      };
      const outcome = await services.runner.run((unit) => scheduleBatch(unit, context));
      scheduled += outcome.scheduled;
      unscheduled.push(...outcome.unscheduled);
      if (outcome.last === null) break;
      after = outcome.last;
    }
  }
  unscheduled.push(...(await ordersWithoutPlant(services, catalog, plants, verifiedBy)));
  return { scheduled, unscheduled: unscheduled.slice(0, MAX_UNSCHEDULED_LISTED) };
}

/** Verified orders of models whose plant is missing: no run can schedule them, and the planner should hear of it. */
async function ordersWithoutPlant(
  services: Services,
  catalog: Catalog,
  plants: readonly Plant[],
  verifiedBy: string | null,
): Promise<UnscheduledOrderReport[]> {
  const plantCodes = new Set(plants.map((plant) => plant.code));
  const models = catalog.models.filter((model) => !plantCodes.has(model.plant)).map((model) => model.code);
  const orders = await services.runner.read.production.waitingOrders({
    models,
    verifiedBy,
    after: null,
    limit: MAX_UNSCHEDULED_LISTED,
    lock: false,
  });
  return orders.map((order) => ({ orderId: order.id, reason: 'model_not_built' }));
}

async function scheduleBatch(unit: UnitOfWork, context: BatchContext): Promise<BatchOutcome> {
  const { plant, now } = context;
  // The lock comes before every read: a second scheduler waits here and then sees the first one's slots and serials.
  if (!(await unit.production.lockPlant(plant.code))) return { scheduled: 0, unscheduled: [], last: null };
  const orders = await unit.production.waitingOrders({
    models: context.models,
    verifiedBy: context.verifiedBy,
    after: context.after,
    limit: context.batchSize,
    lock: true,
  });
  const last = orders.at(-1);
  if (last === undefined) return { scheduled: 0, unscheduled: [], last: null };
  const earliestDate = nextWorkingDay(plant, addDays(dateInZone(now, plant.timeZone), 1));
  const lastDate = addDays(earliestDate, DEFAULT_HORIZON_DAYS - 1);
  const booked = await unit.production.bookings(plant.code, earliestDate, lastDate);
  const lastSequenceByDate = await unit.production.lastSequences(plant.code, earliestDate, lastDate);
  const lastSerialByYear = await unit.production.vinSerials(plant.code);
  const schedule = scheduleOrders({
    plant,
    earliestDate,
    booked,
    lastSequenceByDate,
    orders: orders.map((order) => ({
      id: order.id,
      model: order.vehicle.model,
      verifiedAt: order.decidedAt ?? order.updatedAt,
      region: order.region,
    })),
  });
  const byId = new Map(orders.map((order) => [order.id, order]));
  const startingSerials = new Map(lastSerialByYear);
  for (const assignment of schedule.assignments) {
    const order = byId.get(assignment.orderId);
    assert(order !== undefined, `the schedule assigned order ${assignment.orderId}, which was not in the batch`);
    await writeAssignment(unit, context, order, assignment, lastSerialByYear);
  }
  for (const [year, serial] of lastSerialByYear) {
    if (startingSerials.get(year) !== serial) await unit.production.saveVinSerial(plant.code, year, serial);
  }
  assert(last.decidedAt !== null, `verified order ${last.id} has no decision time`);
  return {
    scheduled: schedule.assignments.length,
    unscheduled: schedule.unscheduled,
    last: { decidedAt: last.decidedAt, id: last.id },
  };
}

/** Slot, VIN and estimate together, with the event and the customer's message, in the batch's transaction. */
async function writeAssignment(
  unit: UnitOfWork,
  context: BatchContext,
  order: StoredOrder,
  assignment: Assignment,
  lastSerialByYear: Map<number, number>,
): Promise<void> {
  const { catalog, plant, services, actor } = context;
  const at = context.now.toISOString();
  const model = findModel(catalog, order.vehicle.model);
  assert(model !== undefined, `order ${order.orderNo} is for model ${order.vehicle.model}, which the catalog lacks`);
  const { buildDate } = assignment.slot;
  const year = Number(buildDate.slice(0, 4));
  const { vin, serial } = assignVin({
    wmi: catalog.brand.wmi,
    model,
    plant,
    buildDate,
    lastSerial: lastSerialByYear.get(year) ?? 0,
  });
  lastSerialByYear.set(year, serial);
  assertTransition(order.status, 'scheduled');
  const scheduled: StoredOrder = {
    ...order,
    status: 'scheduled',
    productionSlot: assignment.slot,
    vin,
    eta: assignment.eta,
    updatedAt: at,
    version: order.version + 1,
  };
  const event = { type: 'scheduled', at, actor, data: { ...assignment.slot, vin, eta: assignment.eta } };
  // The row is locked since it was read (PostgreSQL) or the writer is single (SQLite): a lost update is a bug.
  const written = await unit.orders.update(scheduled, order.version, [event]);
  assert(written, `order ${order.orderNo} changed while it was being scheduled`);
  await queueCustomerMessage(unit, services.ids, scheduled, at);
  await queueDealerWebhook(unit, services, scheduled, [event]);
}
