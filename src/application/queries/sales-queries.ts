import type { Catalog } from '../../domain/catalog/catalog-types.js';
import type { Lead } from '../../domain/lead/lead.js';
import { rankOffers, type Offer } from '../../domain/introduction/rank-offers.js';
import { funnelReport, type FunnelReport } from '../../domain/reporting/funnel-report.js';
import { monthRange, type InstantRange } from '../../domain/reporting/month-range.js';
import { monthInZone } from '../../domain/shared/clock.js';
import type { DemoCar } from '../../domain/test-drive/demo-car.js';
import { localDayRange, openSlotStarts, TEST_DRIVE_TIME_ZONE } from '../../domain/test-drive/test-drive-slots.js';
import type { TestDrive } from '../../domain/test-drive/test-drive.js';
import type { Actor } from '../actor.js';
import { notFound } from '../application-error.js';
import type { UnitOfWork } from '../ports/repositories.js';
import type { Services } from '../services.js';
import { dealerScopeOf } from './order-queries.js';

/** The zone a report's default month is read in: the showrooms' own. */
export const SALES_TIME_ZONE = 'Asia/Shanghai';

/** A lead the actor may see: a dealer's own, or any for the automaker's staff. Another dealer's lead is "not found". */
export async function findVisibleLead(unit: UnitOfWork, actor: Actor, id: string): Promise<Lead> {
  const lead = await unit.leads.findById(id);
  const scope = dealerScopeOf(actor);
  if (!lead || (scope !== null && lead.dealerCode !== scope)) throw notFound(`Lead ${id}`);
  return lead;
}

export async function findVisibleDemoCar(unit: UnitOfWork, actor: Actor, id: string): Promise<DemoCar> {
  const car = await unit.demoCars.findById(id);
  const scope = dealerScopeOf(actor);
  if (!car || (scope !== null && car.dealerCode !== scope)) throw notFound(`Demo car ${id}`);
  return car;
}

export async function findVisibleTestDrive(unit: UnitOfWork, actor: Actor, id: string): Promise<TestDrive> {
  const drive = await unit.testDrives.findById(id);
  const scope = dealerScopeOf(actor);
  if (!drive || (scope !== null && drive.dealerCode !== scope)) throw notFound(`Test drive ${id}`);
  return drive;
}

export interface Recommendation {
  readonly lead: Lead;
  readonly offers: readonly Offer[];
}

/** The tailored introduction for a lead: the dealer's franchised models ranked against the lead's needs. */
export async function recommendationsFor(services: Services, actor: Actor, leadId: string): Promise<Recommendation> {
  const lead = await findVisibleLead(services.runner.read, actor, leadId);
  const [catalog, versions, dealer, featureNeeds] = await Promise.all([
    services.reference.catalog(),
    services.reference.priceVersions(),
    services.reference.dealer(lead.dealerCode),
    services.runner.read.featureNeeds.all(),
  ]);
  const franchised: Catalog = {
    ...catalog,
    models: catalog.models.filter((model) => dealer === undefined || dealer.models.includes(model.code)),
  };
  const prices = { versions, at: services.clock.now().toISOString() };
  return { lead, offers: rankOffers(lead.profile, franchised, prices, featureNeeds) };
}

export interface SalespersonName {
  readonly username: string;
  readonly displayName: string;
}

export interface FunnelReportView extends FunnelReport {
  readonly from: string;
  readonly to: string;
  readonly salespeople: Readonly<Record<string, SalespersonName>>;
}

/**
 * The funnel of the leads created in a period (the current month in Shanghai unless `from`/`to` say otherwise):
 * a dealer manager sees their own dealer, the automaker every dealer or the one it names.
 */
export async function funnelFor(
  services: Services,
  actor: Actor,
  period: Partial<InstantRange>,
  dealerCode: string | null,
): Promise<FunnelReportView> {
  const scope = dealerScopeOf(actor) ?? dealerCode;
  const month = monthRange(monthInZone(services.clock.now(), SALES_TIME_ZONE), SALES_TIME_ZONE);
  const range = { from: period.from ?? month.from, to: period.to ?? month.to };
  const report = funnelReport(await services.runner.read.leads.funnel(range, scope));
  const salespeople: Record<string, SalespersonName> = {};
  for (const { salespersonId } of report.bySalesperson) {
    const user = await services.runner.read.users.findById(salespersonId);
    if (user) salespeople[salespersonId] = { username: user.username, displayName: user.displayName };
  }
  return { ...range, ...report, salespeople };
}

export interface OpenSlots {
  readonly carId: string;
  readonly date: string;
  readonly timeZone: string;
  /** Instants a drive of this car (and salesperson, if named) may start on the date. */
  readonly starts: readonly string[];
}

/** The free starts of a local date for a demo car, and for a salesperson too when one is named. */
export async function openSlotsFor(
  services: Services,
  actor: Actor,
  carId: string,
  date: string,
  salespersonId: string | null,
): Promise<OpenSlots> {
  const unit = services.runner.read;
  const car = await findVisibleDemoCar(unit, actor, carId);
  const day = localDayRange(date);
  const held = new Set(await unit.testDrives.heldBlocks('car', car.id, day.from, day.to));
  if (salespersonId !== null) {
    for (const block of await unit.testDrives.heldBlocks('salesperson', salespersonId, day.from, day.to)) {
      held.add(block);
    }
  }
  const starts = car.available ? openSlotStarts(date, held, services.clock.now()) : [];
  return { carId: car.id, date, timeZone: TEST_DRIVE_TIME_ZONE, starts };
}
