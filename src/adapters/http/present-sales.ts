import { isOem, type Actor } from '../../application/actor.js';
import { maskPhone } from '../../domain/identity/mobile-phone.js';
import type { Lead } from '../../domain/lead/lead.js';
import type { DemoCar } from '../../domain/test-drive/demo-car.js';
import { BUFFER_MINUTES, driveEndsAt } from '../../domain/test-drive/test-drive-slots.js';
import type { TestDrive } from '../../domain/test-drive/test-drive.js';

/**
 * A lead as the API shows it. The phone is shown whole only to the dealer's own staff looking at one lead (to call
 * the customer); lists and the automaker's staff see it masked.
 */
export function presentLead(lead: Lead, actor: Actor, view: 'one' | 'list') {
  const showPhone = view === 'one' && !isOem(actor) && actor.dealerCode === lead.dealerCode;
  return {
    id: lead.id,
    dealerCode: lead.dealerCode,
    name: lead.name,
    phone: lead.phone === null ? null : showPhone ? lead.phone : maskPhone(lead.phone),
    contactConsent: lead.contactConsent,
    consentAt: lead.consentAt,
    language: lead.language,
    ...lead.profile,
    salespersonId: lead.salespersonId,
    orderId: lead.orderId,
    createdBy: lead.createdBy,
    createdAt: lead.createdAt,
    updatedAt: lead.updatedAt,
    version: lead.version,
  };
}

export function presentDemoCar(car: DemoCar) {
  return {
    id: car.id,
    dealerCode: car.dealerCode,
    model: car.model,
    trim: car.trim,
    plate: car.plate,
    available: car.available,
    createdAt: car.createdAt,
  };
}

export function presentTestDrive(drive: TestDrive, car: DemoCar | null) {
  const driveEnd = driveEndsAt(drive.startsAt);
  return {
    id: drive.id,
    dealerCode: drive.dealerCode,
    leadId: drive.leadId,
    carId: drive.carId,
    car: car === null ? null : { model: car.model, trim: car.trim, plate: car.plate },
    salespersonId: drive.salespersonId,
    startsAt: drive.startsAt,
    endsAt: driveEnd,
    /** The car and salesperson are busy until then: the drive plus the buffer. */
    busyUntil: new Date(Date.parse(driveEnd) + BUFFER_MINUTES * 60_000).toISOString(),
    status: drive.status,
    feedback: drive.feedback,
    createdBy: drive.createdBy,
    createdAt: drive.createdAt,
    updatedAt: drive.updatedAt,
    version: drive.version,
  };
}
