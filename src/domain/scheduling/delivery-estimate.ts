import { isIsoDate } from '../identity/calendar-date.js';
import { assert } from '../shared/assert.js';
import { addDays, isMonth } from '../shared/clock.js';
import {
  assertBookings,
  assertHorizon,
  bookingKey,
  type Bookings,
  dailyCapacityOf,
  DEFAULT_HORIZON_DAYS,
  servingProblem,
  transitDaysTo,
  type UnscheduledReason,
} from './plant-capacity.js';
import { calendarDaysBetween } from './production-calendar.js';
import type { Plant } from './plant-types.js';

/** What an order of a model for a region would get if it were scheduled now. */
export interface DeliveryEstimateInput {
  readonly plant: Plant;
  readonly model: string;
  readonly region: string;
  /** `YYYY-MM-DD`: the first build date that may be filled, as the scheduler's `earliestDate`. */
  readonly fromDate: string;
  /** Slots already taken, by `${date}|${model}`. */
  readonly booked: Bookings;
  /** Verified orders of the model still waiting for a slot: they are older, so they go first. */
  readonly queueAhead: number;
  /** Days from `fromDate` the walk looks ahead; {@link DEFAULT_HORIZON_DAYS} when left out. */
  readonly horizonDays?: number;
}

export type DeliveryEstimate =
  | { readonly kind: 'estimated'; readonly buildDate: string; readonly eta: string }
  | { readonly kind: 'unavailable'; readonly reason: UnscheduledReason };

interface CapacityWalk {
  readonly plant: Plant;
  readonly model: string;
  readonly booked: Bookings;
  readonly fromDate: string;
  readonly queueAhead: number;
  /** The order itself may not be built before this date (its bucket's month may start later). */
  readonly notBefore: string;
  readonly horizonDays: number;
}

const DAY_MS = 86_400_000;
const DAYS_PER_WEEK = 7;

/** Days since 1 January 1970 of a `YYYY-MM-DD` date: the walk below counts days as numbers, not as text. */
function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number: day 0, 1 January 1970, was a Thursday. */
function weekdayOfDayNumber(day: number): number {
  return ((((day + 3) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK) + 1;
}

/**
 * The build date the order would get behind the queue, walking the plant's free capacity day by day as
 * `scheduleOrders` does: the older orders take the first free slots, the order the next free one on or after
 * `notBefore`. Null when there is none within the horizon (counted from the later of `fromDate` and `notBefore`).
 * Every verified order is estimated and a launch-day queue is months long, so the days are numbers and a date is
 * spelt out only to look up its bookings.
 */
function buildDateBehindQueue(walk: CapacityWalk): string | null {
  const { plant, model, booked } = walk;
  const firstDay = dayNumber(walk.fromDate);
  const notBeforeDay = dayNumber(walk.notBefore);
  const lastDay = Math.max(firstDay, notBeforeDay) + walk.horizonDays - 1;
  const capacity = dailyCapacityOf(plant, model) ?? 0;
  const workingWeekdays = new Set(plant.workingWeekdays);
  let waiting = walk.queueAhead;
  for (let day = firstDay; day <= lastDay; day++) {
    if (!workingWeekdays.has(weekdayOfDayNumber(day))) continue;
    const taken = booked.size === 0 ? 0 : (booked.get(bookingKey(dateOfDayNumber(day), model)) ?? 0);
    const free = Math.max(0, capacity - taken);
    const takenByQueue = Math.min(free, waiting);
    waiting -= takenByQueue;
    if (waiting === 0 && free > takenByQueue && day >= notBeforeDay) return dateOfDayNumber(day);
  }
  return null;
}

function assertEstimateInput(input: DeliveryEstimateInput, horizonDays: number): void {
  assert(isIsoDate(input.fromDate), `an estimate starts on a YYYY-MM-DD date, got "${input.fromDate}"`);
  assert(
    Number.isInteger(input.queueAhead) && input.queueAhead >= 0,
    `the queue ahead is a whole number of orders, got ${input.queueAhead}`,
  );
  assertHorizon(horizonDays);
  assertBookings(input.booked);
}

/**
 * Build dates already walked, by the date before which the order may not be built. Valid for one plant, model,
 * bookings, queue and first date only: the alternatives of one rejected order share all of those and differ in
 * month and region, and the region changes only the transit, so each month's walk serves every region.
 */
export type BuildDateMemo = Map<string, string | null>;

function estimateFrom(input: DeliveryEstimateInput, notBefore: string, memo?: BuildDateMemo): DeliveryEstimate {
  const horizonDays = input.horizonDays ?? DEFAULT_HORIZON_DAYS;
  assertEstimateInput(input, horizonDays);
  const { plant, model, region } = input;
  const problem = servingProblem(plant, model, region);
  if (problem !== null) return { kind: 'unavailable', reason: problem };
  let buildDate = memo?.get(notBefore);
  if (buildDate === undefined) {
    buildDate = buildDateBehindQueue({ ...input, notBefore, horizonDays });
    memo?.set(notBefore, buildDate);
  }
  if (buildDate === null) return { kind: 'unavailable', reason: 'no_capacity' };
  const transitDays = transitDaysTo(plant, region);
  assert(transitDays !== null, `plant ${plant.code} lost its transit time to ${region}`);
  return { kind: 'estimated', buildDate, eta: addDays(buildDate, transitDays) };
}

/**
 * The build date and delivery estimate an order would get if it were scheduled now, behind `queueAhead` older
 * verified orders of the same model: the same answer `scheduleOrders` would give it, without building the queue.
 */
export function estimateDelivery(input: DeliveryEstimateInput): DeliveryEstimate {
  return estimateFrom(input, input.fromDate);
}

/** A move of an order from its quota bucket to another (SPEC §3, quota alternatives). */
export interface ReallocationDelayInput {
  readonly plant: Plant;
  readonly model: string;
  /** The order's region now. */
  readonly region: string;
  readonly targetRegion: string;
  /** `YYYY-MM`: the order's bucket month now. */
  readonly currentMonth: string;
  readonly targetMonth: string;
  readonly booked: Bookings;
  readonly queueAhead: number;
  /** `YYYY-MM-DD`: the first build date that may be filled now. */
  readonly today: string;
  readonly horizonDays?: number;
}

/**
 * How many days later the car would arrive after a move to another month or region, from the schedule: in each
 * bucket the order is built on the first day with free capacity (behind the queue) that is neither before `today`
 * nor before the bucket month's first day, then shipped to the bucket's region; the delay is the difference of the
 * two estimates. A move that brings the car earlier is no delay: the answer is never negative. Null when either
 * estimate is unavailable (model not built, region unknown, no capacity), so the caller can fall back to months.
 */
export function reallocationDelayDays(input: ReallocationDelayInput, memo?: BuildDateMemo): number | null {
  const { currentMonth, targetMonth, today } = input;
  assert(isMonth(currentMonth) && isMonth(targetMonth), `months are YYYY-MM, got ${currentMonth} and ${targetMonth}`);
  const common = { ...input, fromDate: today };
  const current = estimateFrom(common, laterDate(today, `${currentMonth}-01`), memo);
  const target = estimateFrom({ ...common, region: input.targetRegion }, laterDate(today, `${targetMonth}-01`), memo);
  if (current.kind === 'unavailable' || target.kind === 'unavailable') return null;
  return Math.max(0, calendarDaysBetween(current.eta, target.eta));
}

function laterDate(first: string, second: string): string {
  return first < second ? second : first;
}
