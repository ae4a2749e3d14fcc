import type { Kysely } from 'kysely';
import type { OrderChange } from '../../application/ports/change-feed.js';
import type { PersonalDataCipher } from '../../application/ports/personal-data-cipher.js';
import type { UnitOfWork } from '../../application/ports/repositories.js';
import { KyselySessionRepository, KyselyUserRepository } from './account-repositories.js';
import { KyselyIdempotencyRepository } from './idempotency-repository.js';
import type { DialectName } from './open-database.js';
import { KyselyOrderQueueRepository } from './order-queue-repository.js';
import { KyselyOrderRepository } from './order-repository.js';
import type { PostgresOrderSerials } from './order-serial-blocks.js';
import { KyselyOutboxRepository } from './outbox-repository.js';
import { KyselyPartRepository } from './part-repository.js';
import { KyselyPriceRepository } from './price-repository.js';
import { KyselyProductionRepository } from './production-repository.js';
import { KyselyQuotaRepository } from './quota-repository.js';
import { KyselyReportRepository } from './report-repository.js';
import { KyselyQuotaTransferRepository } from './quota-transfer-repository.js';
import { KyselyDemoCarRepository } from './demo-car-repository.js';
import { KyselyFeatureNeedsRepository } from './feature-needs-repository.js';
import { KyselyLeadRepository } from './lead-repository.js';
import { KyselyTestDriveRepository } from './test-drive-repository.js';
import type { Database } from './schema.js';
import { KyselyTrackingLinkRepository } from './tracking-link-repository.js';
import { KyselyWebhookRepository } from './webhook-repository.js';
import { securityRepositories } from './security-repositories.js';
import { NO_CIPHER } from '../system/aes-gcm-cipher.js';

/** The repositories bound to one connection or transaction. */
export function unitOfWork(
  db: Kysely<Database>,
  dialect: DialectName,
  onWritten: (changes: readonly OrderChange[]) => void = () => {},
  cipher: PersonalDataCipher = NO_CIPHER,
  serials?: PostgresOrderSerials,
): UnitOfWork {
  return {
    ...securityRepositories(db),
    orders: new KyselyOrderRepository(db, dialect, onWritten, cipher, serials),
    quotas: new KyselyQuotaRepository(db),
    parts: new KyselyPartRepository(db),
    outbox: new KyselyOutboxRepository(db),
    idempotency: new KyselyIdempotencyRepository(db),
    prices: new KyselyPriceRepository(db),
    users: new KyselyUserRepository(db),
    sessions: new KyselySessionRepository(db),
    production: new KyselyProductionRepository(db, dialect, cipher),
    reports: new KyselyReportRepository(db),
    trackingLinks: new KyselyTrackingLinkRepository(db),
    webhooks: new KyselyWebhookRepository(db),
    orderQueues: new KyselyOrderQueueRepository(db, dialect, cipher),
    quotaTransfers: new KyselyQuotaTransferRepository(db),
    leads: new KyselyLeadRepository(db),
    demoCars: new KyselyDemoCarRepository(db),
    testDrives: new KyselyTestDriveRepository(db),
    featureNeeds: new KyselyFeatureNeedsRepository(db),
  };
}
