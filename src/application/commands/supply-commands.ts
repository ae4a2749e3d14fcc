import type { QuotaKey } from '../../domain/order/order-types.js';
import type { Part } from '../../domain/materials/part-types.js';
import { validatePriceItems, type PriceItem } from '../../domain/pricing/price-list.js';
import type { QuotaBucket } from '../../domain/quota/quota-types.js';
import { violation } from '../../domain/shared/violation.js';
import type { Actor } from '../actor.js';
import { ApplicationError, notFound } from '../application-error.js';
import type { StoredPriceListVersion } from '../ports/repositories.js';
import type { Services } from '../services.js';

/** A planner sets a bucket's cap; a cap below what verified orders already use is refused. */
export async function setQuotaCap(services: Services, key: QuotaKey, cap: number): Promise<QuotaBucket> {
  const [regions, catalog] = await Promise.all([services.reference.regions(), services.reference.catalog()]);
  const unknown = [
    ...(regions.some((region) => region.code === key.region)
      ? []
      : [violation('region_unknown', `Region ${key.region} does not exist.`, 'region')]),
    ...(catalog.models.some((model) => model.code === key.model)
      ? []
      : [violation('model_unknown', `Model ${key.model} does not exist.`, 'model')]),
  ];
  if (unknown.length > 0) throw new ApplicationError(unknown[0]?.code ?? 'validation', 'Unknown bucket.', unknown);
  return services.runner.run(async (unit) => {
    const bucket = await unit.quotas.upsertCap(key, cap);
    if (bucket !== null) return bucket;
    const current = await unit.quotas.find(key);
    throw new ApplicationError(
      'cap_below_used',
      `The cap cannot go below the ${current?.used ?? 0} units already used.`,
      [violation('cap_below_used', `At least ${current?.used ?? 0}.`, 'cap')],
    );
  });
}

/** A planner records the supply of a part. */
export async function setPartSupply(
  services: Services,
  code: string,
  availableUnits: number,
  expectedAt: string | null,
): Promise<Part> {
  return services.runner.run(async (unit) => {
    const part = await unit.parts.setSupply(code, availableUnits, expectedAt);
    if (!part) throw notFound(`Part ${code}`);
    return part;
  });
}

/** An administrator publishes a new price-list version; it overrides the items it names and keeps the rest. */
export async function addPriceListVersion(
  services: Services,
  actor: Actor,
  effectiveAt: string,
  items: readonly PriceItem[],
): Promise<StoredPriceListVersion> {
  const violations = validatePriceItems(await services.reference.catalog(), items);
  if (violations.length > 0) {
    throw new ApplicationError('price_list_invalid', 'The price list names unknown items or bad prices.', violations);
  }
  const version = await services.runner.run((unit) =>
    unit.prices.addVersion(effectiveAt, items, actor.username, services.clock.now().toISOString()),
  );
  await services.reference.reload();
  return version;
}
