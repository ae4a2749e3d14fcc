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
import {
  KyselyAuditRepository,
  KyselyDealerRepository,
  KyselyIntegrationTokenRepository,
  KyselyLoginFailureRepository,
} from './security-repositories.js';
import { NO_CIPHER } from '../system/aes-gcm-cipher.js';

/**
 * The repositories bound to one connection or transaction, each made when first used: a submission touches five of
 * the twenty-two, and making them all for every transaction showed in the surge's profile.
 */
class KyselyUnitOfWork implements UnitOfWork {
  #loginFailures?: KyselyLoginFailureRepository;
  #audit?: KyselyAuditRepository;
  #integrationTokens?: KyselyIntegrationTokenRepository;
  #dealers?: KyselyDealerRepository;
  #orders?: KyselyOrderRepository;
  #quotas?: KyselyQuotaRepository;
  #parts?: KyselyPartRepository;
  #outbox?: KyselyOutboxRepository;
  #idempotency?: KyselyIdempotencyRepository;
  #prices?: KyselyPriceRepository;
  #users?: KyselyUserRepository;
  #sessions?: KyselySessionRepository;
  #production?: KyselyProductionRepository;
  #reports?: KyselyReportRepository;
  #trackingLinks?: KyselyTrackingLinkRepository;
  #webhooks?: KyselyWebhookRepository;
  #orderQueues?: KyselyOrderQueueRepository;
  #quotaTransfers?: KyselyQuotaTransferRepository;
  #leads?: KyselyLeadRepository;
  #demoCars?: KyselyDemoCarRepository;
  #testDrives?: KyselyTestDriveRepository;
  #featureNeeds?: KyselyFeatureNeedsRepository;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    private readonly onWritten: (changes: readonly OrderChange[]) => void,
    private readonly cipher: PersonalDataCipher,
    private readonly serials: PostgresOrderSerials | undefined,
  ) {}

  get loginFailures(): KyselyLoginFailureRepository {
    return (this.#loginFailures ??= new KyselyLoginFailureRepository(this.db));
  }

  get audit(): KyselyAuditRepository {
    return (this.#audit ??= new KyselyAuditRepository(this.db));
  }

  get integrationTokens(): KyselyIntegrationTokenRepository {
    return (this.#integrationTokens ??= new KyselyIntegrationTokenRepository(this.db));
  }

  get dealers(): KyselyDealerRepository {
    return (this.#dealers ??= new KyselyDealerRepository(this.db));
  }

  get orders(): KyselyOrderRepository {
    return (this.#orders ??= new KyselyOrderRepository(
      this.db,
      this.dialect,
      this.onWritten,
      this.cipher,
      this.serials,
    ));
  }

  get quotas(): KyselyQuotaRepository {
    return (this.#quotas ??= new KyselyQuotaRepository(this.db));
  }

  get parts(): KyselyPartRepository {
    return (this.#parts ??= new KyselyPartRepository(this.db));
  }

  get outbox(): KyselyOutboxRepository {
    return (this.#outbox ??= new KyselyOutboxRepository(this.db));
  }

  get idempotency(): KyselyIdempotencyRepository {
    return (this.#idempotency ??= new KyselyIdempotencyRepository(this.db));
  }

  get prices(): KyselyPriceRepository {
    return (this.#prices ??= new KyselyPriceRepository(this.db));
  }

  get users(): KyselyUserRepository {
    return (this.#users ??= new KyselyUserRepository(this.db));
  }

  get sessions(): KyselySessionRepository {
    return (this.#sessions ??= new KyselySessionRepository(this.db));
  }

  get production(): KyselyProductionRepository {
    return (this.#production ??= new KyselyProductionRepository(this.db, this.dialect, this.cipher));
  }

  get reports(): KyselyReportRepository {
    return (this.#reports ??= new KyselyReportRepository(this.db));
  }

  get trackingLinks(): KyselyTrackingLinkRepository {
    return (this.#trackingLinks ??= new KyselyTrackingLinkRepository(this.db));
  }

  get webhooks(): KyselyWebhookRepository {
    return (this.#webhooks ??= new KyselyWebhookRepository(this.db, this.cipher));
  }

  get orderQueues(): KyselyOrderQueueRepository {
    return (this.#orderQueues ??= new KyselyOrderQueueRepository(this.db, this.dialect, this.cipher));
  }

  get quotaTransfers(): KyselyQuotaTransferRepository {
    return (this.#quotaTransfers ??= new KyselyQuotaTransferRepository(this.db));
  }

  get leads(): KyselyLeadRepository {
    return (this.#leads ??= new KyselyLeadRepository(this.db));
  }

  get demoCars(): KyselyDemoCarRepository {
    return (this.#demoCars ??= new KyselyDemoCarRepository(this.db));
  }

  get testDrives(): KyselyTestDriveRepository {
    return (this.#testDrives ??= new KyselyTestDriveRepository(this.db));
  }

  get featureNeeds(): KyselyFeatureNeedsRepository {
    return (this.#featureNeeds ??= new KyselyFeatureNeedsRepository(this.db));
  }
}

/** The repositories bound to one connection or transaction. */
export function unitOfWork(
  db: Kysely<Database>,
  dialect: DialectName,
  onWritten: (changes: readonly OrderChange[]) => void = () => {},
  cipher: PersonalDataCipher = NO_CIPHER,
  serials?: PostgresOrderSerials,
): UnitOfWork {
  return new KyselyUnitOfWork(db, dialect, onWritten, cipher, serials);
}
