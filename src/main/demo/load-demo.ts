import type { Kysely } from 'kysely';
import type { Services } from '../../application/services.js';
import { isEmptyDatabase, writeReferenceData } from '../../adapters/db/reference-writer.js';
import type { Database } from '../../adapters/db/schema.js';
import { hashPassword } from '../../adapters/system/crypto-hasher.js';
import { monthInZone } from '../../domain/shared/clock.js';
import { DEMO_CATALOG, demoPriceItems } from './demo-catalog.js';
import { DEMO_DEALERS, DEMO_PLANTS, DEMO_REGIONS, demoParts } from './demo-network.js';
import { demoQuotas } from './demo-quotas.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';

/** The instant the demo's first price list takes effect: before any order the demo can take. */
const FIRST_PRICE_LIST_AT = '2026-01-01T00:00:00.000Z';

/** Loads the demo into an empty database; answers false and changes nothing when the database has data. */
export async function loadDemo(db: Kysely<Database>, services: Services): Promise<boolean> {
  if (!(await isEmptyDatabase(db))) return false;
  const now = services.clock.now();
  await writeReferenceData(db, {
    catalog: DEMO_CATALOG,
    regions: DEMO_REGIONS,
    dealers: DEMO_DEALERS,
    plants: DEMO_PLANTS,
    parts: demoParts(now),
    quotas: demoQuotas(monthInZone(now, 'Asia/Shanghai')),
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await services.runner.run(async (unit) => {
    for (const user of DEMO_USERS) {
      await unit.users.insert({
        id: services.ids.id(),
        username: user.username,
        passwordHash,
        role: user.role,
        dealerCode: user.dealerCode,
        displayName: user.displayName,
        disabled: false,
        createdAt: now.toISOString(),
      });
    }
    await unit.prices.addVersion(FIRST_PRICE_LIST_AT, demoPriceItems(), 'demo', now.toISOString());
  });
  await services.reference.reload();
  return true;
}
