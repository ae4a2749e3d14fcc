import { type Violation, violation } from '../shared/violation.js';
import type { QuotaBucket } from './quota-types.js';

/** A planner's move of unused quota from one region's bucket to another's, same month and model. */
export interface QuotaTransferRequest {
  readonly month: string;
  readonly model: string;
  readonly fromRegion: string;
  readonly toRegion: string;
  readonly units: number;
}

/** A transfer as recorded: who moved how much, and when. */
export interface QuotaTransfer extends QuotaTransferRequest {
  readonly id: string;
  readonly transferredBy: string;
  /** ISO instant. */
  readonly transferredAt: string;
}

/** Units of a bucket no verified order holds: what a transfer may take. A missing bucket has none. */
export function unusedUnits(bucket: QuotaBucket | null): number {
  return bucket === null ? 0 : bucket.cap - bucket.used;
}

/**
 * Whether a transfer may happen: between two different regions, taking no more than the source's unused units, so
 * the source never falls below what its verified orders use.
 */
export function checkQuotaTransfer(request: QuotaTransferRequest, source: QuotaBucket | null): Violation[] {
  if (request.fromRegion === request.toRegion) {
    return [violation('transfer_same_region', 'A transfer moves quota to another region.', 'toRegion')];
  }
  const unused = unusedUnits(source);
  if (request.units > unused) {
    const message = `${request.fromRegion} has ${unused} unused unit(s) of ${request.model} in ${request.month}; ${request.units} cannot move.`;
    return [violation('transfer_exceeds_unused', message, 'units')];
  }
  return [];
}
