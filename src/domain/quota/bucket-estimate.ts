import type { QuotaKey } from '../order/order-types.js';
import { estimateDelivery } from '../scheduling/delivery-estimate.js';
import type { ScheduleOutlook } from './quota-alternatives.js';

/**
 * The estimated delivery (`YYYY-MM-DD`) of an order of a bucket scheduled now: built behind the queue on the first
 * day with room that is neither before today nor before the bucket month's first day, then shipped to the bucket's
 * region. Null when the plant cannot place it (model not built there, region not served, no capacity in the horizon).
 */
export function bucketDeliveryEstimate(outlook: ScheduleOutlook, key: QuotaKey): string | null {
  const monthStart = `${key.month}-01`;
  const estimate = estimateDelivery({
    plant: outlook.plant,
    model: key.model,
    region: key.region,
    fromDate: outlook.today < monthStart ? monthStart : outlook.today,
    booked: outlook.booked,
    queueAhead: outlook.queueAhead,
  });
  return estimate.kind === 'estimated' ? estimate.eta : null;
}
