import { findModel } from '../../domain/catalog/catalog-lookup.js';
import { maskName } from '../../domain/identity/mask.js';
import type { Lead } from '../../domain/lead/lead.js';
import { violation, type Violation } from '../../domain/shared/violation.js';
import { normalizePlate, validatePlate, type DemoCar } from '../../domain/test-drive/demo-car.js';
import { checkSlotStart, slotBlocks, TEST_DRIVE_TIME_ZONE } from '../../domain/test-drive/test-drive-slots.js';
import {
  checkChangeable,
  checkFeedback,
  reminderDueAt,
  reminderKey,
  type NextStep,
  type TestDrive,
} from '../../domain/test-drive/test-drive.js';
import type { Actor } from '../actor.js';
import { ApplicationError, notFound } from '../application-error.js';
import type { UnitOfWork } from '../ports/repositories.js';
import { findVisibleDemoCar, findVisibleLead, findVisibleTestDrive } from '../queries/sales-queries.js';
import type { Services } from '../services.js';
import { assertSalesperson, ownDealerOf } from './lead-commands.js';

/** What a reminder names: the model and the showroom, read before the transaction (never inside it). */
interface ReminderContext {
  readonly modelNames: ReadonlyMap<string, string>;
  readonly dealerName: string;
}

async function reminderContext(services: Services, dealerCode: string): Promise<ReminderContext> {
  const [catalog, dealer] = await Promise.all([services.reference.catalog(), services.reference.dealer(dealerCode)]);
  return {
    modelNames: new Map(catalog.models.map((model) => [model.code, model.name])),
    dealerName: dealer?.name ?? dealerCode,
  };
}

function refuse(code: string, message: string, violations: readonly Violation[]): never {
  throw new ApplicationError(code, message, violations);
}

function checkedStart(startsAt: string, now: Date): string {
  const problems = checkSlotStart(startsAt, now);
  if (problems.length > 0) refuse('slot_invalid', 'A test drive cannot start then.', problems);
  return new Date(startsAt).toISOString();
}

/** Holds the drive's blocks for its car and its salesperson; the first block someone else holds refuses it all. */
async function claimSlot(unit: UnitOfWork, drive: TestDrive): Promise<void> {
  const blocks = slotBlocks(drive.startsAt);
  if (!(await unit.testDrives.claimBlocks(drive.id, 'car', drive.carId, blocks))) {
    const message = 'The demo car is already booked for part of that time.';
    refuse('slot_taken', message, [violation('slot_taken', message, 'carId')]);
  }
  if (!(await unit.testDrives.claimBlocks(drive.id, 'salesperson', drive.salespersonId, blocks))) {
    const message = 'The salesperson already has a test drive during part of that time.';
    refuse('slot_taken', message, [violation('slot_taken', message, 'salespersonId')]);
  }
}

/**
 * Queues the customer's reminder in the same transaction as the booking (a day ahead, or at once for short notice),
 * when the customer consented to be contacted. The key holds the booking's version: a moved drive gets a new one.
 */
async function queueReminder(
  services: Services,
  unit: UnitOfWork,
  drive: TestDrive,
  lead: Lead,
  car: DemoCar,
  context: ReminderContext,
): Promise<void> {
  if (!lead.contactConsent || lead.phone === null) return;
  const now = services.clock.now();
  await unit.outbox.enqueue({
    id: services.ids.id(),
    dedupKey: reminderKey(drive.id, drive.version),
    orderId: null,
    channel: 'sms',
    recipient: lead.phone,
    template: 'test_drive_reminder',
    language: lead.language,
    payload: {
      testDriveId: drive.id,
      modelName: context.modelNames.get(car.model) ?? car.model,
      customerName: maskName(lead.name),
      dealerName: context.dealerName,
      place: context.dealerName,
      at: drive.startsAt,
      timeZone: TEST_DRIVE_TIME_ZONE,
    },
    createdAt: now.toISOString(),
    notBefore: reminderDueAt(drive.startsAt, now),
  });
}

export interface BookingRequest {
  readonly leadId: string;
  readonly carId: string;
  readonly startsAt: string;
  /** Who rides along; the lead's salesperson when absent. */
  readonly salespersonId?: string;
}

/**
 * Books a test drive. The car and the salesperson are each held for every block of the drive and its buffer by rows
 * the database keeps unique, in the same transaction as the booking: two bookings can never overlap, however many
 * arrive at once.
 */
export async function bookTestDrive(services: Services, actor: Actor, request: BookingRequest): Promise<TestDrive> {
  const dealerCode = ownDealerOf(actor);
  const now = services.clock.now();
  const startsAt = checkedStart(request.startsAt, now);
  const context = await reminderContext(services, dealerCode);
  return services.runner.run(async (unit) => {
    const lead = await findVisibleLead(unit, actor, request.leadId);
    const car = await findVisibleDemoCar(unit, actor, request.carId);
    if (!car.available) {
      const message = `Demo car ${car.plate} is not available for test drives.`;
      refuse('demo_car_unavailable', message, [violation('demo_car_unavailable', message, 'carId')]);
    }
    const salespersonId = request.salespersonId ?? lead.salespersonId;
    await assertSalesperson(unit, dealerCode, salespersonId);
    const at = now.toISOString();
    const drive: TestDrive = {
      id: services.ids.id(),
      dealerCode,
      leadId: lead.id,
      carId: car.id,
      salespersonId,
      startsAt,
      status: 'booked',
      feedback: null,
      createdBy: actor.username,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await unit.testDrives.insert(drive);
    await claimSlot(unit, drive);
    await queueReminder(services, unit, drive, lead, car, context);
    return drive;
  });
}

async function changeableDrive(unit: UnitOfWork, actor: Actor, id: string): Promise<TestDrive> {
  const drive = await findVisibleTestDrive(unit, actor, id);
  const closed = checkChangeable(drive);
  if (closed.length > 0) refuse('test_drive_closed', closed[0]?.message ?? 'Closed.', closed);
  return drive;
}

async function saved(unit: UnitOfWork, next: TestDrive, expectedVersion: number): Promise<TestDrive> {
  if (!(await unit.testDrives.update(next, expectedVersion))) {
    throw new ApplicationError('VERSION_MISMATCH', 'The test drive changed meanwhile; load it again.');
  }
  return next;
}

/** Moves a booked drive: its old blocks are given back and the new ones claimed, all in one transaction. */
export async function rescheduleTestDrive(
  services: Services,
  actor: Actor,
  id: string,
  requestedStart: string,
): Promise<TestDrive> {
  const now = services.clock.now();
  const startsAt = checkedStart(requestedStart, now);
  const context = await reminderContext(services, ownDealerOf(actor));
  return services.runner.run(async (unit) => {
    const drive = await changeableDrive(unit, actor, id);
    const next: TestDrive = { ...drive, startsAt, updatedAt: now.toISOString(), version: drive.version + 1 };
    await unit.testDrives.releaseBlocks(drive.id);
    await claimSlot(unit, next);
    await unit.outbox.withdraw(reminderKey(drive.id, drive.version));
    const [lead, car] = await Promise.all([unit.leads.findById(drive.leadId), unit.demoCars.findById(drive.carId)]);
    if (lead === null || car === null) throw notFound(`The lead or car of test drive ${id}`);
    await queueReminder(services, unit, next, lead, car, context);
    return saved(unit, next, drive.version);
  });
}

/** Cancels a booked drive: its blocks are free again and its reminder, if not yet sent, is withdrawn. */
export async function cancelTestDrive(services: Services, actor: Actor, id: string): Promise<TestDrive> {
  ownDealerOf(actor);
  const at = services.clock.now().toISOString();
  return services.runner.run(async (unit) => {
    const drive = await changeableDrive(unit, actor, id);
    await unit.testDrives.releaseBlocks(drive.id);
    await unit.outbox.withdraw(reminderKey(drive.id, drive.version));
    return saved(unit, { ...drive, status: 'cancelled', updatedAt: at, version: drive.version + 1 }, drive.version);
  });
}

export interface FeedbackForm {
  readonly liked: readonly string[];
  readonly concerns: readonly string[];
  readonly nextStep: NextStep;
}

/** The short form after the drive: what the customer liked, what worries them, and what happens next. */
export async function giveTestDriveFeedback(
  services: Services,
  actor: Actor,
  id: string,
  form: FeedbackForm,
): Promise<TestDrive> {
  ownDealerOf(actor);
  const now = services.clock.now();
  const at = now.toISOString();
  return services.runner.run(async (unit) => {
    const drive = await findVisibleTestDrive(unit, actor, id);
    const problems = checkFeedback(drive, now);
    if (problems.length > 0) refuse(problems[0]?.code ?? 'test_drive_closed', 'No feedback now.', problems);
    const feedback = { ...form, givenAt: at, givenBy: actor.username };
    const next: TestDrive = { ...drive, status: 'completed', feedback, updatedAt: at, version: drive.version + 1 };
    return saved(unit, next, drive.version);
  });
}

export interface DemoCarRequest {
  readonly model: string;
  readonly trim: string;
  readonly plate: string;
  readonly available?: boolean;
}

/** A dealer manager registers a demo car of a model the dealer sells. */
export async function registerDemoCar(services: Services, actor: Actor, request: DemoCarRequest): Promise<DemoCar> {
  const dealerCode = ownDealerOf(actor);
  const [catalog, dealer] = await Promise.all([services.reference.catalog(), services.reference.dealer(dealerCode)]);
  const model = findModel(catalog, request.model);
  const problems: Violation[] = [...validatePlate(request.plate)];
  if (model === undefined || !(dealer?.models.includes(model.code) ?? false)) {
    problems.push(violation('model_unknown', `Dealer ${dealerCode} sells no model "${request.model}".`, 'model'));
  } else if (!model.trims.some((trim) => trim.code === request.trim)) {
    problems.push(violation('trim_unknown', `Model ${model.code} has no trim "${request.trim}".`, 'trim'));
  }
  if (problems.length > 0) refuse('demo_car_invalid', 'The demo car has values that break the rules.', problems);
  const car: DemoCar = {
    id: services.ids.id(),
    dealerCode,
    model: request.model,
    trim: request.trim,
    plate: normalizePlate(request.plate),
    available: request.available ?? true,
    createdAt: services.clock.now().toISOString(),
  };
  const inserted = await services.runner.run((unit) => unit.demoCars.insert(car));
  if (!inserted) {
    const message = `Plate ${car.plate} is already registered.`;
    refuse('plate_taken', message, [violation('plate_taken', message, 'plate')]);
  }
  return car;
}

/** A dealer manager takes a demo car out of the booking calendar (service, an event) or puts it back. */
export async function setDemoCarAvailability(
  services: Services,
  actor: Actor,
  id: string,
  available: boolean,
): Promise<DemoCar> {
  ownDealerOf(actor);
  return services.runner.run(async (unit) => {
    const car = await findVisibleDemoCar(unit, actor, id);
    const updated = await unit.demoCars.setAvailable(car.id, available);
    if (updated === null) throw notFound(`Demo car ${id}`);
    return updated;
  });
}
