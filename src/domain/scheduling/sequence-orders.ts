import type { ProductionSlot } from '../order/order-types.js';
import { isIsoDate } from '../identity/calendar-date.js';
import { assert } from '../shared/assert.js';
import { addDays } from '../shared/clock.js';
import {
  assertBookings,
  assertHorizon,
  bookingKey,
  type Bookings,
  DEFAULT_HORIZON_DAYS,
  freeSlotsOn,
  servingProblem,
  transitDaysTo,
  type UnscheduledReason,
} from './plant-capacity.js';
import type { Plant } from './plant-types.js';

/** A verified order waiting for its production slot. */
export interface OrderToSchedule {
  readonly id: string;
  readonly model: string;
  /** ISO instant of verification: the queue runs oldest first. */
  readonly verifiedAt: string;
  /** The dealer's region, where the car is shipped. */
  readonly region: string;
}

/** Everything one scheduling run of one plant needs; the caller loads it. */
export interface ScheduleInput {
  readonly plant: Plant;
  /** `YYYY-MM-DD`: the first build date that may be filled (tomorrow in the plant's zone, say). */
  readonly earliestDate: string;
  /** Slots already taken, by `${date}|${model}` ({@link bookingKey}). */
  readonly booked: Bookings;
  /** The last sequence number given out on each build date of this plant. */
  readonly lastSequenceByDate: ReadonlyMap<string, number>;
  readonly orders: readonly OrderToSchedule[];
  /** Days from `earliestDate` (counted) the run may fill; {@link DEFAULT_HORIZON_DAYS} when left out. */
  readonly horizonDays?: number;
}

export interface Assignment {
  readonly orderId: string;
  readonly slot: ProductionSlot;
  /** `YYYY-MM-DD`: build date plus transit to the order's region. */
  readonly eta: string;
}

export interface UnscheduledOrder {
  readonly orderId: string;
  readonly reason: UnscheduledReason;
}

/** The outcome of a run: assignments in sequence order (oldest order first), then the orders left waiting. */
export interface Schedule {
  readonly assignments: readonly Assignment[];
  readonly unscheduled: readonly UnscheduledOrder[];
}

/** Oldest verification first; the id breaks ties so that a run never depends on the order rows were read in. */
function oldestFirst(orders: readonly OrderToSchedule[]): OrderToSchedule[] {
  const instants = new Map(orders.map((order) => [order.id, Date.parse(order.verifiedAt)]));
  const instantOf = (order: OrderToSchedule): number => instants.get(order.id) ?? Number.NaN;
  return [...orders].sort((a, b) => instantOf(a) - instantOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function assertScheduleInput(input: ScheduleInput, horizonDays: number): void {
  assert(isIsoDate(input.earliestDate), `the earliest build date is YYYY-MM-DD, got "${input.earliestDate}"`);
  assertHorizon(horizonDays);
  assertBookings(input.booked);
  for (const [date, sequence] of input.lastSequenceByDate) {
    assert(Number.isInteger(sequence) && sequence >= 0, `last sequence ${sequence} on ${date} is not a whole number`);
  }
  const ids = new Set<string>();
  for (const order of input.orders) {
    assert(!ids.has(order.id), `order ${order.id} is listed twice for scheduling`);
    assert(Number.isFinite(Date.parse(order.verifiedAt)), `order ${order.id} has no verification instant`);
    ids.add(order.id);
  }
}

/**
 * Sequences verified orders into a plant's production (SPEC §4): oldest verification first (ties by id), each into
 * the earliest working day at or after `earliestDate` with free capacity for its model, counting the slots already
 * booked. Sequence numbers run per build date, after the last one given out. The estimated delivery is the build date
 * plus transit to the order's region. An order the plant cannot build or ship, or that finds no room within the
 * horizon, is left unscheduled with the reason; the orders after it still go ahead.
 */
export function scheduleOrders(input: ScheduleInput): Schedule {
  const { plant, earliestDate } = input;
  const horizonDays = input.horizonDays ?? DEFAULT_HORIZON_DAYS;
  assertScheduleInput(input, horizonDays);
  const taken = new Map(input.booked);
  const lastSequence = new Map(input.lastSequenceByDate);
  // Capacity is only ever used up, so the first day with room for a model never moves back: each model's walk
  // resumes where the last one stopped, which keeps a long queue linear in the horizon instead of quadratic.
  const firstOpenDayByModel = new Map<string, number>();
  const assignments: Assignment[] = [];
  const unscheduled: UnscheduledOrder[] = [];

  for (const order of oldestFirst(input.orders)) {
    const problem = servingProblem(plant, order.model, order.region);
    if (problem !== null) {
      unscheduled.push({ orderId: order.id, reason: problem });
      continue;
    }
    let dayIndex = firstOpenDayByModel.get(order.model) ?? 0;
    while (dayIndex < horizonDays && freeSlotsOn(plant, order.model, taken, addDays(earliestDate, dayIndex)) === 0) {
      dayIndex += 1;
    }
    firstOpenDayByModel.set(order.model, dayIndex);
    if (dayIndex === horizonDays) {
      unscheduled.push({ orderId: order.id, reason: 'no_capacity' });
      continue;
    }
    const buildDate = addDays(earliestDate, dayIndex);
    const key = bookingKey(buildDate, order.model);
    taken.set(key, (taken.get(key) ?? 0) + 1);
    const sequence = (lastSequence.get(buildDate) ?? 0) + 1;
    lastSequence.set(buildDate, sequence);
    const transitDays = transitDaysTo(plant, order.region);
    assert(transitDays !== null, `plant ${plant.code} lost its transit time to ${order.region} mid-run`);
    const eta = addDays(buildDate, transitDays);
    assignments.push({ orderId: order.id, slot: { plant: plant.code, buildDate, sequence }, eta });
  }
  return { assignments, unscheduled };
}
