import { blankLead, changeLead, type Lead, type LeadChange } from '../../domain/lead/lead.js';
import { violation } from '../../domain/shared/violation.js';
import type { Actor } from '../actor.js';
import { ApplicationError } from '../application-error.js';
import type { UnitOfWork } from '../ports/repositories.js';
import { findVisibleLead } from '../queries/sales-queries.js';
import type { Services } from '../services.js';

/** The roles that sell: a lead's salesperson and a test drive's companion are one of them, at the lead's dealer. */
const SELLING_ROLES = new Set(['dealer_sales', 'dealer_manager']);

/** The dealer a dealer's user works for; the automaker's staff read leads but never create them. */
export function ownDealerOf(actor: Actor): string {
  if (actor.dealerCode === null) throw new ApplicationError('forbidden', 'Only a dealer works with leads.');
  return actor.dealerCode;
}

/** A user who can look after a lead or ride along on a test drive at this dealer. */
export async function assertSalesperson(unit: UnitOfWork, dealerCode: string, userId: string): Promise<void> {
  const user = await unit.users.findById(userId);
  if (!user || user.disabled || user.dealerCode !== dealerCode || !SELLING_ROLES.has(user.role)) {
    const message = `User ${userId} is not a salesperson of dealer ${dealerCode}.`;
    throw new ApplicationError('salesperson_unknown', message, [
      violation('salesperson_unknown', message, 'salespersonId'),
    ]);
  }
}

function applied(lead: Lead, change: LeadChange, at: string): Lead {
  const outcome = changeLead(lead, change, at);
  if ('violations' in outcome) {
    throw new ApplicationError('lead_invalid', 'The lead has values that break the rules.', outcome.violations);
  }
  return outcome.lead;
}

/** A salesperson records a prospective buyer and what they need; the lead is theirs unless they name a colleague. */
export async function createLead(services: Services, actor: Actor, change: LeadChange): Promise<Lead> {
  const dealerCode = ownDealerOf(actor);
  const at = services.clock.now().toISOString();
  const salespersonId = change.salespersonId ?? actor.userId;
  const lead = applied(blankLead(services.ids.id(), dealerCode, salespersonId, actor.username, at), change, at);
  return services.runner.run(async (unit) => {
    await assertSalesperson(unit, dealerCode, lead.salespersonId);
    await unit.leads.insert(lead);
    return lead;
  });
}

/** A salesperson updates a lead of their dealer as the conversation goes on (`If-Match` guards a stale form). */
export async function updateLead(
  services: Services,
  actor: Actor,
  id: string,
  change: LeadChange,
  expectedVersion: number | null,
): Promise<Lead> {
  const at = services.clock.now().toISOString();
  return services.runner.run(async (unit) => {
    const lead = await findVisibleLead(unit, actor, id);
    if (expectedVersion !== null && expectedVersion !== lead.version) {
      throw new ApplicationError('VERSION_MISMATCH', `The lead is at version ${lead.version}, not ${expectedVersion}.`);
    }
    const next = { ...applied(lead, change, at), version: lead.version + 1 };
    if (change.salespersonId !== undefined) await assertSalesperson(unit, lead.dealerCode, next.salespersonId);
    if (!(await unit.leads.update(next, lead.version))) {
      throw new ApplicationError('VERSION_MISMATCH', 'The lead changed meanwhile; load it again.');
    }
    return next;
  });
}
