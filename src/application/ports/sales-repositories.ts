import type { FeatureNeeds } from '../../domain/introduction/feature-needs.js';
import type { Lead } from '../../domain/lead/lead.js';
import type { FunnelLead } from '../../domain/reporting/funnel-report.js';
import type { InstantRange } from '../../domain/reporting/month-range.js';
import type { DemoCar } from '../../domain/test-drive/demo-car.js';
import type { TestDrive } from '../../domain/test-drive/test-drive.js';
import type { Page } from './repositories.js';

/** The repositories of the sales floor: leads, demo cars, test drives and the needs the catalog's features answer. */

export interface LeadListFilter {
  readonly dealerCode?: string;
  readonly salespersonId?: string;
  /** Matches the start of the customer's name. */
  readonly search?: string;
}

export interface LeadRepository {
  findById(id: string): Promise<Lead | null>;
  insert(lead: Lead): Promise<void>;
  /** Writes the lead when its stored version is still `expectedVersion`; false when someone changed it first. */
  update(lead: Lead, expectedVersion: number): Promise<boolean>;
  /** Links the order created from the lead; false when the lead already has one. */
  linkOrder(leadId: string, orderId: string, at: string): Promise<boolean>;
  /** Newest first. */
  list(filter: LeadListFilter, limit: number, cursor: string | null): Promise<Page<Lead>>;
  /** The funnel facts of the leads created in a range, of one dealer or (null) every dealer. */
  funnel(range: InstantRange, dealerCode: string | null): Promise<readonly FunnelLead[]>;
}

export interface DemoCarRepository {
  findById(id: string): Promise<DemoCar | null>;
  /** A dealer's cars, or every dealer's (null), oldest first. */
  list(dealerCode: string | null, limit: number): Promise<readonly DemoCar[]>;
  /** False when another car already has the plate. */
  insert(car: DemoCar): Promise<boolean>;
  setAvailable(id: string, available: boolean): Promise<DemoCar | null>;
}

/** Who a calendar block is held for: a demo car or a salesperson. */
export type SlotResource = 'car' | 'salesperson';

export interface TestDriveListFilter {
  readonly dealerCode?: string;
  readonly leadId?: string;
  readonly carId?: string;
  /** Drives starting at or after this instant. */
  readonly from?: string;
  /** Drives starting before this instant. */
  readonly to?: string;
}

export interface TestDriveRepository {
  findById(id: string): Promise<TestDrive | null>;
  insert(drive: TestDrive): Promise<void>;
  update(drive: TestDrive, expectedVersion: number): Promise<boolean>;
  /**
   * Holds calendar blocks of a car or salesperson for a drive, all or none: false when any block is held already
   * (the store's unique key decides, so two concurrent claims can never both succeed). On false the caller must
   * roll its transaction back.
   */
  claimBlocks(
    testDriveId: string,
    resource: SlotResource,
    resourceId: string,
    blocks: readonly string[],
  ): Promise<boolean>;
  /** Gives back every block a drive holds. */
  releaseBlocks(testDriveId: string): Promise<void>;
  /** Starts of the blocks of a car or salesperson held in a range. */
  heldBlocks(resource: SlotResource, resourceId: string, from: string, to: string): Promise<readonly string[]>;
  /** Earliest first. */
  list(filter: TestDriveListFilter, limit: number): Promise<readonly TestDrive[]>;
}

export interface FeatureNeedsRepository {
  all(): Promise<readonly FeatureNeeds[]>;
  /** Replaces the whole mapping (loaded with the catalog). */
  replaceAll(entries: readonly FeatureNeeds[]): Promise<void>;
}
