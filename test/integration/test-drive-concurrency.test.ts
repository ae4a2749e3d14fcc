import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/application/actor.js';
import { ApplicationError } from '../../src/application/application-error.js';
import { createLead } from '../../src/application/commands/lead-commands.js';
import { bookTestDrive, rescheduleTestDrive } from '../../src/application/commands/test-drive-commands.js';
import { slotBlocks } from '../../src/domain/test-drive/test-drive-slots.js';
import { mondayAt } from '../support/sales-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

const CONCURRENT_BOOKINGS = 50;

describe.each(DIALECTS)('test-drive bookings under concurrency (%s)', (dialect) => {
  let t: TestApp;
  let sales: Actor;
  let salespeople: string[];
  let cars: string[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const user = await t.services.runner.read.users.findByUsername('sh.sales');
    sales = { userId: user!.id, username: 'sh.sales', role: 'dealer_sales', dealerCode: 'SH001' };
    salespeople = Array.from({ length: CONCURRENT_BOOKINGS }, (_, i) => `sp-${dialect}-${i}`);
    await t.services.runner.run(async (unit) => {
      for (const id of salespeople) {
        await unit.users.insert({
          id,
          username: id,
          passwordHash: 'not-a-password',
          role: 'dealer_sales',
          dealerCode: 'SH001',
          displayName: id,
          disabled: false,
          createdAt: '2026-12-01T00:00:00.000Z',
        });
      }
    });
    cars = (await t.services.runner.read.demoCars.list('SH001', 10)).map((car) => car.id);
  });
  afterAll(() => t.close());

  const leads = (count: number) =>
    Promise.all(Array.from({ length: count }, (_, i) => createLead(t.services, sales, { name: `客户${i}` })));

  const slotTaken = (results: PromiseSettledResult<unknown>[]) =>
    results.filter(
      (result) =>
        result.status === 'rejected' &&
        result.reason instanceof ApplicationError &&
        result.reason.code === 'slot_taken',
    ).length;

  const bookedDrivesOf = (carId: string) =>
    t.database.db
      .selectFrom('test_drives')
      .selectAll()
      .where('car_id', '=', carId)
      .where('status', '=', 'booked')
      .execute();

  const blocksOf = async (carId: string) =>
    (
      await t.database.db
        .selectFrom('test_drive_slots')
        .select(['slot_start', 'test_drive_id'])
        .where('resource_kind', '=', 'car')
        .where('resource_id', '=', carId)
        .orderBy('slot_start')
        .execute()
    ).map((row) => ({ block: row.slot_start, drive: row.test_drive_id }));

  it('books exactly one of 50 simultaneous bookings of the same car and slot; the others are slot_taken', async () => {
    const customers = await leads(CONCURRENT_BOOKINGS);
    const results = await Promise.allSettled(
      customers.map((lead, i) =>
        bookTestDrive(t.services, sales, {
          leadId: lead.id,
          carId: cars[0]!,
          startsAt: mondayAt('10:00'),
          salespersonId: salespeople[i]!,
        }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(slotTaken(results)).toBe(CONCURRENT_BOOKINGS - 1);
    const [drive] = await bookedDrivesOf(cars[0]!);
    expect(await bookedDrivesOf(cars[0]!)).toHaveLength(1);
    expect(await blocksOf(cars[0]!)).toEqual(
      slotBlocks(mondayAt('10:00')).map((block) => ({ block, drive: drive!.id })),
    );
  });

  it('refuses overlapping slots too: of 50 bookings at 13:00 and 13:15, exactly one stands', async () => {
    const customers = await leads(CONCURRENT_BOOKINGS);
    const results = await Promise.allSettled(
      customers.map((lead, i) =>
        bookTestDrive(t.services, sales, {
          leadId: lead.id,
          carId: cars[1]!,
          startsAt: mondayAt(i % 2 === 0 ? '13:00' : '13:15'),
          salespersonId: salespeople[i]!,
        }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(slotTaken(results)).toBe(CONCURRENT_BOOKINGS - 1);
    expect(await bookedDrivesOf(cars[1]!)).toHaveLength(1);
    expect(await blocksOf(cars[1]!)).toHaveLength(4);
  });

  it('never gives one salesperson two drives at once, whichever cars they are in', async () => {
    const customers = await leads(CONCURRENT_BOOKINGS);
    const results = await Promise.allSettled(
      customers.map((lead, i) =>
        bookTestDrive(t.services, sales, {
          leadId: lead.id,
          carId: cars[i % cars.length]!,
          startsAt: mondayAt('16:00'),
          salespersonId: salespeople[0]!,
        }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(slotTaken(results)).toBe(CONCURRENT_BOOKINGS - 1);
  });

  it('keeps every held block matching a booked drive while a reschedule races new bookings for its new time', async () => {
    const [mover, ...others] = await leads(21);
    const drive = await bookTestDrive(t.services, sales, {
      leadId: mover!.id,
      carId: cars[2]!,
      startsAt: mondayAt('11:00'),
      salespersonId: salespeople[10]!,
    });
    await Promise.allSettled([
      rescheduleTestDrive(t.services, sales, drive.id, mondayAt('14:00')),
      ...others.map((lead, i) =>
        bookTestDrive(t.services, sales, {
          leadId: lead.id,
          carId: cars[2]!,
          startsAt: mondayAt('14:00'),
          salespersonId: salespeople[20 + i]!,
        }),
      ),
    ]);
    const booked = await bookedDrivesOf(cars[2]!);
    const expected = booked
      .flatMap((row) => slotBlocks(row.starts_at).map((block) => ({ block, drive: row.id })))
      .sort((a, b) => a.block.localeCompare(b.block));
    expect(await blocksOf(cars[2]!)).toEqual(expected);
    // The test of a busy salesperson may have left a drive in this car at 16:00: only the raced times count here.
    const raced = booked.filter((row) => [mondayAt('11:00'), mondayAt('14:00')].includes(row.starts_at));
    expect(raced.filter((row) => row.starts_at === mondayAt('14:00'))).toHaveLength(1);
    const moverStayed = raced.some((row) => row.id === drive.id && row.starts_at === mondayAt('11:00'));
    expect(raced).toHaveLength(moverStayed ? 2 : 1);
  });

  it('has the database itself refuse a second holder of a block', async () => {
    const [held] = await blocksOf(cars[0]!);
    const [other] = await bookedDrivesOf(cars[1]!);
    await expect(
      t.database.db
        .insertInto('test_drive_slots')
        .values({ resource_kind: 'car', resource_id: cars[0]!, slot_start: held!.block, test_drive_id: other!.id })
        .execute(),
    ).rejects.toThrow(/unique|duplicate/i);
  });
});
