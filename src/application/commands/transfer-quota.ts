import {
  checkQuotaTransfer,
  type QuotaTransfer,
  type QuotaTransferRequest,
} from '../../domain/quota/quota-transfer.js';
import type { QuotaBucket } from '../../domain/quota/quota-types.js';
import type { QuotaKey } from '../../domain/order/order-types.js';
import { assert } from '../../domain/shared/assert.js';
import { violation, type Violation } from '../../domain/shared/violation.js';
import type { Actor } from '../actor.js';
import type { UnitOfWork } from '../ports/repositories.js';
import type { Services } from '../services.js';
import { refusalOf } from './save-order-change.js';

export interface QuotaTransferResult {
  readonly transfer: QuotaTransfer;
  readonly from: QuotaBucket;
  readonly to: QuotaBucket;
}

/** Unknown regions or model, each at its field. */
async function unknownNames(services: Services, request: QuotaTransferRequest): Promise<Violation[]> {
  const [regions, catalog] = await Promise.all([services.reference.regions(), services.reference.catalog()]);
  const found: Violation[] = [];
  for (const field of ['fromRegion', 'toRegion'] as const) {
    if (!regions.some((region) => region.code === request[field])) {
      found.push(violation('region_unknown', `Region ${request[field]} does not exist.`, field));
    }
  }
  if (!catalog.models.some((model) => model.code === request.model)) {
    found.push(violation('model_unknown', `Model ${request.model} does not exist.`, 'model'));
  }
  return found;
}

/** Takes the units off the source, refusing (and so rolling back the whole transfer) when it lacks them. */
async function takeFromSource(unit: UnitOfWork, request: QuotaTransferRequest, source: QuotaKey): Promise<void> {
  if (await unit.quotaTransfers.shrinkCap(source, request.units)) return;
  // Someone verified an order of the source since it was read: say how much is unused now.
  const refused = checkQuotaTransfer(request, await unit.quotas.find(source));
  throw refusalOf(
    refused.length > 0 ? refused : [violation('transfer_exceeds_unused', 'Too few unused units.', 'units')],
  );
}

/**
 * A planner moves unused quota of one month and model from one region to another, atomically: the source never
 * falls below what its verified orders use, the target bucket is created when missing, and the move is recorded
 * with who made it and when.
 */
export async function transferQuota(
  services: Services,
  actor: Actor,
  request: QuotaTransferRequest,
): Promise<QuotaTransferResult> {
  const unknown = await unknownNames(services, request);
  if (unknown.length > 0) throw refusalOf(unknown);
  const at = services.clock.now().toISOString();
  const source: QuotaKey = { region: request.fromRegion, month: request.month, model: request.model };
  const target: QuotaKey = { region: request.toRegion, month: request.month, model: request.model };
  return services.runner.run(async (unit) => {
    const refused = checkQuotaTransfer(request, await unit.quotas.find(source));
    if (refused.length > 0) throw refusalOf(refused);
    // Both buckets are written in the order of their region codes, so two opposite transfers never deadlock.
    if (source.region < target.region) {
      await takeFromSource(unit, request, source);
      await unit.quotaTransfers.growCap(target, request.units);
    } else {
      await unit.quotaTransfers.growCap(target, request.units);
      await takeFromSource(unit, request, source);
    }
    const transfer: QuotaTransfer = {
      ...request,
      id: services.ids.id(),
      transferredBy: actor.username,
      transferredAt: at,
    };
    await unit.quotaTransfers.record(transfer);
    const [from, to] = await Promise.all([unit.quotas.find(source), unit.quotas.find(target)]);
    assert(from !== null && to !== null, 'a transfer left a bucket missing');
    return { transfer, from, to };
  });
}
