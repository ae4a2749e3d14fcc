import type { Kysely } from 'kysely';
import type {
  SlotResource,
  TestDriveListFilter,
  TestDriveRepository,
} from '../../application/ports/sales-repositories.js';
import type { TestDrive, TestDriveFeedback, TestDriveStatus } from '../../domain/test-drive/test-drive.js';
import type { Database, TestDriveRow } from './schema.js';

function driveFromRow(row: TestDriveRow): TestDrive {
  return {
    id: row.id,
    dealerCode: row.dealer_code,
    leadId: row.lead_id,
    carId: row.car_id,
    salespersonId: row.salesperson_id,
    startsAt: row.starts_at,
    status: row.status as TestDriveStatus,
    feedback: row.feedback === null ? null : (JSON.parse(row.feedback) as TestDriveFeedback),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

function rowFromDrive(drive: TestDrive): TestDriveRow {
  return {
    id: drive.id,
    dealer_code: drive.dealerCode,
    lead_id: drive.leadId,
    car_id: drive.carId,
    salesperson_id: drive.salespersonId,
    starts_at: drive.startsAt,
    status: drive.status,
    feedback: drive.feedback === null ? null : JSON.stringify(drive.feedback),
    created_by: drive.createdBy,
    created_at: drive.createdAt,
    updated_at: drive.updatedAt,
    version: drive.version,
  };
}

export class KyselyTestDriveRepository implements TestDriveRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: string): Promise<TestDrive | null> {
    const row = await this.db.selectFrom('test_drives').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? driveFromRow(row) : null;
  }

  async insert(drive: TestDrive): Promise<void> {
    await this.db.insertInto('test_drives').values(rowFromDrive(drive)).execute();
  }

  async update(drive: TestDrive, expectedVersion: number): Promise<boolean> {
    const result = await this.db
      .updateTable('test_drives')
      .set(rowFromDrive(drive))
      .where('id', '=', drive.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async claimBlocks(
    testDriveId: string,
    resource: SlotResource,
    resourceId: string,
    blocks: readonly string[],
  ): Promise<boolean> {
    if (blocks.length === 0) return true;
    // The primary key (resource, block) is the guard: a block someone holds is skipped, never doubled, and the
    // count of rows written tells whether every block was free. A concurrent claim waits for the holder's commit.
    const result = await this.db
      .insertInto('test_drive_slots')
      .values(
        blocks.map((block) => ({
          resource_kind: resource,
          resource_id: resourceId,
          slot_start: block,
          test_drive_id: testDriveId,
        })),
      )
      .onConflict((oc) => oc.columns(['resource_kind', 'resource_id', 'slot_start']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === blocks.length;
  }

  async releaseBlocks(testDriveId: string): Promise<void> {
    await this.db.deleteFrom('test_drive_slots').where('test_drive_id', '=', testDriveId).execute();
  }

  async heldBlocks(resource: SlotResource, resourceId: string, from: string, to: string): Promise<readonly string[]> {
    const rows = await this.db
      .selectFrom('test_drive_slots')
      .select('slot_start')
      .where('resource_kind', '=', resource)
      .where('resource_id', '=', resourceId)
      .where('slot_start', '>=', from)
      .where('slot_start', '<', to)
      .orderBy('slot_start')
      .execute();
    return rows.map((row) => row.slot_start);
  }

  async list(filter: TestDriveListFilter, limit: number): Promise<readonly TestDrive[]> {
    let query = this.db.selectFrom('test_drives').selectAll();
    if (filter.dealerCode !== undefined) query = query.where('dealer_code', '=', filter.dealerCode);
    if (filter.leadId !== undefined) query = query.where('lead_id', '=', filter.leadId);
    if (filter.carId !== undefined) query = query.where('car_id', '=', filter.carId);
    if (filter.from !== undefined) query = query.where('starts_at', '>=', filter.from);
    if (filter.to !== undefined) query = query.where('starts_at', '<', filter.to);
    const rows = await query.orderBy('starts_at').orderBy('id').limit(limit).execute();
    return rows.map(driveFromRow);
  }
}
