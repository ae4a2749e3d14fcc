import type { Kysely } from 'kysely';
import type { OrderChange } from '../../application/ports/change-feed.js';
import type { UnitOfWork } from '../../application/ports/repositories.js';
import { KyselySessionRepository, KyselyUserRepository } from './account-repositories.js';
import { KyselyIdempotencyRepository } from './idempotency-repository.js';
import type { DialectName } from './open-database.js';
import { KyselyOrderRepository } from './order-repository.js';
import { KyselyOutboxRepository } from './outbox-repository.js';
import { KyselyPartRepository } from './part-repository.js';
import { KyselyPriceRepository } from './price-repository.js';
import { KyselyQuotaRepository } from './quota-repository.js';
import { KyselyDemoCarRepository } from './demo-car-repository.js';
import { KyselyFeatureNeedsRepository } from './feature-needs-repository.js';
import { KyselyLeadRepository } from './lead-repository.js';
import { KyselyTestDriveRepository } from './test-drive-repository.js';
import type { Database } from './schema.js';

/** The repositories bound to one connection or transaction. */
export function unitOfWork(
  db: Kysely<Database>,
  dialect: DialectName,
  onWritten: (changes: readonly OrderChange[]) => void = () => {},
): UnitOfWork {
  return {
    orders: new KyselyOrderRepository(db, dialect, onWritten),
    quotas: new KyselyQuotaRepository(db),
    parts: new KyselyPartRepository(db),
    outbox: new KyselyOutboxRepository(db),
    idempotency: new KyselyIdempotencyRepository(db),
    prices: new KyselyPriceRepository(db),
    users: new KyselyUserRepository(db),
    sessions: new KyselySessionRepository(db),
    leads: new KyselyLeadRepository(db),
    demoCars: new KyselyDemoCarRepository(db),
    testDrives: new KyselyTestDriveRepository(db),
    featureNeeds: new KyselyFeatureNeedsRepository(db),
  };
}
