import { addDays, dateInZone } from '../../domain/shared/clock.js';
import { bookingKey, dailyCapacityOf } from '../../domain/scheduling/plant-capacity.js';
import { calendarDaysBetween, isWorkingDay } from '../../domain/scheduling/production-calendar.js';
import { violation } from '../../domain/shared/violation.js';
import { ApplicationError, notFound } from '../application-error.js';
import type { ScheduledSlot } from '../ports/repositories.js';
import type { Services } from '../services.js';

/** The longest span of build dates one look at the schedule covers. */
export const MAX_SCHEDULE_RANGE_DAYS = 31;

/** Build dates shown when the caller names no end: two weeks. */
export const DEFAULT_SCHEDULE_RANGE_DAYS = 14;

/** Slots listed order by order in one answer; the counts per day and model are always complete. */
export const MAX_SCHEDULE_SLOTS_LISTED = 5_000;

/** The zone whose "today" starts the schedule when the caller names no start: the plants' and regions'. */
export const SCHEDULE_TIME_ZONE = 'Asia/Shanghai';

export interface ScheduleRequest {
  readonly plant?: string;
  /** `YYYY-MM-DD`, both included. */
  readonly from?: string;
  readonly to?: string;
}

export interface ScheduleDay {
  readonly date: string;
  readonly working: boolean;
  readonly models: readonly { readonly model: string; readonly capacity: number; readonly booked: number }[];
  readonly slots: readonly Omit<ScheduledSlot, 'plant' | 'buildDate'>[];
}

export interface ProductionScheduleView {
  readonly from: string;
  readonly to: string;
  /** True when more slots exist than {@link MAX_SCHEDULE_SLOTS_LISTED}: the days' counts still hold them all. */
  readonly truncated: boolean;
  readonly plants: readonly { readonly code: string; readonly name: string; readonly days: readonly ScheduleDay[] }[];
}

function scheduleRange(request: ScheduleRequest, today: string): { from: string; to: string } {
  const from = request.from ?? today;
  const to = request.to ?? addDays(from, DEFAULT_SCHEDULE_RANGE_DAYS - 1);
  const days = calendarDaysBetween(from, to) + 1;
  if (days < 1 || days > MAX_SCHEDULE_RANGE_DAYS) {
    throw new ApplicationError('validation_failed', `Show 1 to ${MAX_SCHEDULE_RANGE_DAYS} build dates.`, [
      violation('range_invalid', `From ${from}, the end is on or after it and within the limit.`, 'query.to'),
    ]);
  }
  return { from, to };
}

/** The production schedule by plant and build date: each model's capacity and slots taken, and the orders in them. */
export async function productionSchedule(
  services: Services,
  request: ScheduleRequest,
): Promise<ProductionScheduleView> {
  const allPlants = await services.reference.plants();
  const plants = request.plant === undefined ? allPlants : allPlants.filter((plant) => plant.code === request.plant);
  if (plants.length === 0 && request.plant !== undefined) throw notFound(`Plant ${request.plant}`);
  const { from, to } = scheduleRange(request, dateInZone(services.clock.now(), SCHEDULE_TIME_ZONE));
  const read = services.runner.read.production;
  const slots = await read.slots({
    plant: request.plant ?? null,
    fromDate: from,
    toDate: to,
    limit: MAX_SCHEDULE_SLOTS_LISTED + 1,
  });
  const slotsByDay = new Map<string, ScheduleDay['slots'][number][]>();
  for (const { plant, buildDate, ...slot } of slots.slice(0, MAX_SCHEDULE_SLOTS_LISTED)) {
    const key = `${plant}|${buildDate}`;
    const day = slotsByDay.get(key);
    if (day === undefined) slotsByDay.set(key, [slot]);
    else day.push(slot);
  }
  const views = [];
  for (const plant of plants) {
    const booked = await read.bookings(plant.code, from, to);
    const days: ScheduleDay[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const working = isWorkingDay(plant, date);
      days.push({
        date,
        working,
        models: Object.keys(plant.dailyCapacity).map((model) => ({
          model,
          capacity: working ? (dailyCapacityOf(plant, model) ?? 0) : 0,
          booked: booked.get(bookingKey(date, model)) ?? 0,
        })),
        slots: slotsByDay.get(`${plant.code}|${date}`) ?? [],
      });
    }
    views.push({ code: plant.code, name: plant.name, days });
  }
  return { from, to, truncated: slots.length > MAX_SCHEDULE_SLOTS_LISTED, plants: views };
}
