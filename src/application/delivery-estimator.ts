import { addDays, dateInZone } from '../domain/shared/clock.js';
import { estimateDelivery } from '../domain/scheduling/delivery-estimate.js';
import { nextWorkingDay } from '../domain/scheduling/production-calendar.js';
import type { StoredOrder, UnitOfWork } from './ports/repositories.js';
import type { ProductionOutlook } from './production-outlook.js';
import type { ReferenceData } from './reference-data.js';
import { scheduleOutlook } from './schedule-outlook.js';

/** Where an estimate's schedule comes from. */
export interface EstimateSources {
  readonly reference: ReferenceData;
  readonly outlook: ProductionOutlook;
}

const HOUR_MS = 3_600_000;

/** The VIN lag when a caller's policies do not say (SPEC §6: `ORDERGATE_VIN_LAG_HOURS`). */
export const DEFAULT_VIN_LAG_HOURS = 72;

/**
 * The delivery date a just-verified order can expect, so that the dealer and the buyer see one at once: the order
 * is scheduled when its VIN lag has passed, from the next working day on, behind every verified order of its model
 * still waiting for a slot. The scheduler later replaces it with its build date plus transit. Null when the plant
 * cannot build the model, ship to the region or find room within the horizon.
 */
export async function estimatedDeliveryDate(
  unit: UnitOfWork,
  sources: EstimateSources,
  order: StoredOrder,
  now: Date,
  vinLagHours = DEFAULT_VIN_LAG_HOURS,
  /** The order is stored as verified already, so the queue's count holds it: it is not ahead of itself. */
  storedAsVerified = false,
): Promise<string | null> {
  const model = order.vehicle.model;
  const outlook = await sources.outlook.of(model, now, () => scheduleOutlook(unit, sources.reference, model, now));
  if (outlook === null) return null;
  const { plant } = outlook;
  const schedulingDay = dateInZone(new Date(now.getTime() + vinLagHours * HOUR_MS), plant.timeZone);
  const fromDate = nextWorkingDay(plant, addDays(schedulingDay, 1));
  const queueAhead = Math.max(0, outlook.queueAhead - (storedAsVerified ? 1 : 0));
  if (!storedAsVerified) sources.outlook.joined(model);
  const estimate = estimateDelivery({
    plant,
    model,
    region: order.region,
    fromDate,
    booked: outlook.booked,
    queueAhead,
  });
  return estimate.kind === 'estimated' ? estimate.eta : null;
}
