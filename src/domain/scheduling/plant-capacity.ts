import { assert } from '../shared/assert.js';
import { isWorkingDay } from './production-calendar.js';
import type { Plant } from './plant-types.js';

/** What a plant can build each day and where it can ship: the facts every schedule walk reads. */

/** How far ahead a schedule looks for free capacity, in days, when the caller does not say: a year and a day. */
export const DEFAULT_HORIZON_DAYS = 366;

/**
 * Why an order gets no production slot. Codes are stable: they are stored and shown to planners.
 * `model_not_built`: the plant has no capacity line for the model; `region_unknown`: the plant has no transit time
 * to the order's region; `no_capacity`: every working day within the horizon is full.
 */
export type UnscheduledReason = 'model_not_built' | 'region_unknown' | 'no_capacity';

/** Slots already taken, keyed by {@link bookingKey}. */
export type Bookings = ReadonlyMap<string, number>;

/** The key of the slots taken by one model on one build date. */
export function bookingKey(date: string, model: string): string {
  return `${date}|${model}`;
}

/** Vehicles of the model the plant builds per working day; null when it does not build the model. */
export function dailyCapacityOf(plant: Plant, model: string): number | null {
  // `hasOwn`, not `in`: a model code such as `toString` must not find the object's prototype.
  if (!Object.hasOwn(plant.dailyCapacity, model)) return null;
  const capacity = plant.dailyCapacity[model];
  assert(
    Number.isInteger(capacity) && capacity !== undefined && capacity >= 0,
    `plant ${plant.code} builds ${String(capacity)} of ${model} a day; a capacity is a whole number from 0`,
  );
  return capacity;
}

/** Days from the plant to the region's dealers; null when the plant does not ship there. */
export function transitDaysTo(plant: Plant, region: string): number | null {
  if (!Object.hasOwn(plant.transitDays, region)) return null;
  const days = plant.transitDays[region];
  assert(
    Number.isInteger(days) && days !== undefined && days >= 0,
    `plant ${plant.code} ships to ${region} in ${String(days)} days; a transit time is a whole number from 0`,
  );
  return days;
}

/** Why the plant cannot take an order of the model for the region at all, or null when it can. */
export function servingProblem(plant: Plant, model: string, region: string): UnscheduledReason | null {
  if (dailyCapacityOf(plant, model) === null) return 'model_not_built';
  if (transitDaysTo(plant, region) === null) return 'region_unknown';
  return null;
}

/** Slots of the model still free on a date: none on a day off, and none (not fewer) when it is already overbooked. */
export function freeSlotsOn(plant: Plant, model: string, bookings: Bookings, date: string): number {
  if (!isWorkingDay(plant, date)) return 0;
  const capacity = dailyCapacityOf(plant, model) ?? 0;
  const taken = bookings.get(bookingKey(date, model)) ?? 0;
  return Math.max(0, capacity - taken);
}

/** Booked counts are whole numbers from 0; anything else comes from a broken query. */
export function assertBookings(bookings: Bookings): void {
  for (const [key, taken] of bookings) {
    assert(Number.isInteger(taken) && taken >= 0, `${taken} slots booked for ${key}; a count is a whole number`);
  }
}

/** A horizon is a whole, positive number of days. */
export function assertHorizon(horizonDays: number): void {
  assert(
    Number.isInteger(horizonDays) && horizonDays > 0,
    `a scheduling horizon is a whole number of days from 1, got ${horizonDays}`,
  );
}
