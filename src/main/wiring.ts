import { hkdfSync } from 'node:crypto';
import { ActorCache } from '../application/actor-cache.js';
import type { ChangeFeed } from '../application/ports/change-feed.js';
import type { Clock, IdGenerator } from '../application/ports/services.js';
import { InProcessChangeFeed } from '../adapters/notify/in-process-change-feed.js';
import { ProductionOutlook } from '../application/production-outlook.js';
import { ReferenceData } from '../application/reference-data.js';
import { WebhookDirectory } from '../application/webhook-directory.js';
import type { Policies, Services } from '../application/services.js';
import { GroupCommitRunner } from '../adapters/db/group-commit-runner.js';
import type { OpenDatabase } from '../adapters/db/open-database.js';
import { PooledTransactionRunner } from '../adapters/db/pooled-transaction-runner.js';
import { KyselyPriceRepository } from '../adapters/db/price-repository.js';
import { KyselyReferenceRepository } from '../adapters/db/reference-repository.js';
import { cryptoHasher, hashPassword, verifyPassword } from '../adapters/system/crypto-hasher.js';
import { aesGcmCipher } from '../adapters/system/aes-gcm-cipher.js';
import { deriveDataKeys } from '../adapters/system/data-keys.js';
import type { PersonalDataCipher } from '../application/ports/personal-data-cipher.js';
import type { Hasher } from '../application/ports/services.js';
import { randomIds } from '../adapters/system/random-ids.js';
import { systemClock } from '../adapters/system/system-clock.js';

export interface WiringOptions {
  readonly database: OpenDatabase;
  readonly policies: Policies;
  /** 32 bytes: the master key of identity-number encryption and hash (each gets its own derived key). */
  readonly dataKey: Buffer;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  /** Where committed order changes are published; in-process unless the deployment shares them. */
  readonly changes?: ChangeFeed;
  /** Told the size of every SQLite group commit (for the metrics). */
  readonly onBatch?: (size: number) => void;
  /** How long an authenticated session is trusted without reading it again; 0 or absent reads it every time. */
  readonly actorCacheMs?: number;
}

export const DEFAULT_POLICIES: Policies = Object.freeze({
  priceDropPolicy: true,
  sessionHours: 12,
  slaHours: 48,
  vinLagHours: 72,
  publicUrl: 'http://127.0.0.1:8080',
  webhookHosts: 'public',
});

/** The cipher that seals identity numbers and the keyed hash that finds equal ones, from the master data key. */
export function personalDataProtection(dataKey: Buffer): { cipher: PersonalDataCipher; hasher: Hasher } {
  const keys = deriveDataKeys(dataKey);
  return { cipher: aesGcmCipher(keys.encryption), hasher: cryptoHasher(keys.identityHash) };
}

/** The one place that picks the adapters: SQLite gets group commit, PostgreSQL a pooled runner. */
export function createServices(options: WiringOptions): Services {
  const { database } = options;
  const clock = options.clock ?? systemClock;
  const changes = options.changes ?? new InProcessChangeFeed();
  const { cipher, hasher } = personalDataProtection(options.dataKey);
  const runner =
    database.dialect === 'sqlite'
      ? new GroupCommitRunner(database.db, changes, undefined, options.onBatch, cipher)
      : new PooledTransactionRunner(database.db, changes, cipher);
  const outlook = new ProductionOutlook(() => performance.now());
  changes.subscribe((change) => outlook.noticed(change));
  return {
    runner,
    reference: new ReferenceData(
      // Reference data is refreshed from inside transactions' work: it must not wait for their connections.
      new KyselyReferenceRepository(database.reader ?? database.db),
      new KyselyPriceRepository(database.reader ?? database.db),
      clock,
    ),
    outlook,
    webhooks: new WebhookDirectory(() => performance.now()),
    changes,
    clock,
    ids: options.ids ?? randomIds,
    hasher,
    verifyPassword,
    hashPassword,
    policies: options.policies,
    trackingKey: trackingKeyOf(options.dataKey),
    ...(options.actorCacheMs ? { actorCache: new ActorCache(options.actorCacheMs, () => performance.now()) } : {}),
  };
}

/** A key of its own for tracking tokens, so that no token or hash made with it says anything about the other uses. */
export function trackingKeyOf(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'ordergate tracking links v1', 32));
}
