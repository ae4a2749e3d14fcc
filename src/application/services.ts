import type { ActorCache } from './actor-cache.js';
import type { ChangeFeed } from './ports/change-feed.js';
import type { TransactionRunner } from './ports/repositories.js';
import type { Clock, Hasher, IdGenerator } from './ports/services.js';
import type { ProductionOutlook } from './production-outlook.js';
import type { ReferenceData } from './reference-data.js';
import type { WebhookDirectory } from './webhook-directory.js';

/** The policies a deployment chooses (read from the environment in `main/`, never below it). */
export interface Policies {
  /** A lower price in force before delivery is passed on to the customer. */
  readonly priceDropPolicy: boolean;
  readonly sessionHours: number;
  /** Hours an order may stay undecided before it is flagged. */
  readonly slaHours: number;
  /** Hours between verification and the scheduling run that assigns slot and VIN. */
  readonly vinLagHours: number;
  /** Origin of the links in QR codes and messages, e.g. `https://track.example.com`. */
  readonly publicUrl: string;
  /**
   * Where dealers' webhooks may point: `public` hosts only (a dealer must not make ordergate call this host or the
   * automaker's internal network), or `any` host (a DMS on the same network, development, tests).
   */
  readonly webhookHosts: 'public' | 'any';
}

/** Everything the use cases need, built once by the wiring in `main/`. */
export interface Services {
  readonly runner: TransactionRunner;
  /** Committed order changes, for live updates. */
  readonly changes: ChangeFeed;
  readonly reference: ReferenceData;
  /** The production schedule as the delivery estimates see it, read at most once a second per model. */
  readonly outlook: ProductionOutlook;
  /** The dealers' webhook registrations, read at most once a second per dealer. */
  readonly webhooks: WebhookDirectory;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly hasher: Hasher;
  readonly verifyPassword: (password: string, stored: string) => Promise<boolean>;
  /** A slow, salted hash of a new password, for storage. */
  readonly hashPassword: (password: string) => Promise<string>;
  readonly policies: Policies;
  /** Keys the tracking links' tokens (HMAC of order id and link generation); derived from the data key. */
  readonly trackingKey: Buffer;
  /** Recently authenticated sessions; absent, every request reads its session. */
  readonly actorCache?: ActorCache;
}
