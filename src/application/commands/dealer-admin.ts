import type { Dealer } from '../../domain/dealer/dealer-types.js';
import { violation, type Violation } from '../../domain/shared/violation.js';
import type { Actor } from '../actor.js';
import { ApplicationError, notFound } from '../application-error.js';
import { recordAudit, type RequestOrigin } from '../audit.js';
import type { Services } from '../services.js';

export type DealerChange = Partial<Omit<Dealer, 'code'>>;

async function assertValidDealer(services: Services, dealer: Dealer): Promise<void> {
  const found: Violation[] = [];
  if (!(await services.reference.region(dealer.region))) {
    found.push(violation('region_unknown', `Region ${dealer.region} does not exist.`, 'region'));
  }
  const catalog = await services.reference.catalog();
  dealer.models.forEach((model, index) => {
    if (!catalog.models.some((known) => known.code === model)) {
      found.push(violation('model_unknown', `Model ${model} does not exist.`, `models.${index}`));
    }
  });
  if (found.length > 0) throw new ApplicationError(found[0]?.code ?? 'dealer_invalid', 'The dealer is invalid.', found);
}

/** An administrator adds a dealer to the network; requests see it at once. */
export async function createDealer(
  services: Services,
  actor: Actor,
  dealer: Dealer,
  origin: RequestOrigin,
): Promise<Dealer> {
  await assertValidDealer(services, dealer);
  const at = services.clock.now().toISOString();
  await services.runner.run(async (unit) => {
    if (!(await unit.dealers.insert(dealer))) {
      throw new ApplicationError('dealer_exists', `Dealer ${dealer.code} exists already.`, [
        violation('dealer_exists', 'Choose another code.', 'code'),
      ]);
    }
    await recordAudit(unit, services.ids, at, {
      actor,
      action: 'dealer_created',
      target: `dealer:${dealer.code}`,
      origin,
      detail: { region: dealer.region, models: dealer.models },
    });
  });
  await services.reference.reload();
  return dealer;
}

/** An administrator changes a dealer's name, region, contact or franchised models; requests see it at once. */
export async function updateDealer(
  services: Services,
  actor: Actor,
  code: string,
  change: DealerChange,
  origin: RequestOrigin,
): Promise<Dealer> {
  const current = await services.runner.read.dealers.find(code);
  if (!current) throw notFound(`Dealer ${code}`);
  const updated: Dealer = { ...current, ...change, code };
  await assertValidDealer(services, updated);
  const at = services.clock.now().toISOString();
  await services.runner.run(async (unit) => {
    await unit.dealers.update(updated);
    await recordAudit(unit, services.ids, at, {
      actor,
      action: 'dealer_updated',
      target: `dealer:${code}`,
      origin,
      detail: { changed: Object.keys(change).sort() },
    });
  });
  await services.reference.reload();
  return updated;
}
