import type { Kysely } from 'kysely';
import type { Page } from '../../application/ports/repositories.js';
import type { LeadListFilter, LeadRepository } from '../../application/ports/sales-repositories.js';
import type { Motivation, Priority, Usage } from '../../domain/introduction/needs-profile.js';
import type { Lead } from '../../domain/lead/lead.js';
import type { OrderStatus } from '../../domain/order/order-status.js';
import type { Language } from '../../domain/order/order-types.js';
import type { FunnelLead } from '../../domain/reporting/funnel-report.js';
import type { InstantRange } from '../../domain/reporting/month-range.js';
import { decodeTimeIdCursor, encodeTimeIdCursor } from './page-cursor.js';
import type { Database, LeadRow } from './schema.js';

const flag = (value: boolean): number => (value ? 1 : 0);
const numberOrNull = (value: number | string | null): number | null => (value === null ? null : Number(value));

function leadFromRow(row: LeadRow): Lead {
  return {
    id: row.id,
    dealerCode: row.dealer_code,
    name: row.name,
    phone: row.phone,
    contactConsent: Number(row.contact_consent) === 1,
    consentAt: row.consent_at,
    language: row.language as Language,
    profile: {
      budgetCents: numberOrNull(row.budget_cents),
      householdSize: numberOrNull(row.household_size),
      dailyDistanceKm: numberOrNull(row.daily_distance_km),
      homeCharging: row.home_charging === null ? null : Number(row.home_charging) === 1,
      usage: JSON.parse(row.usage) as Usage[],
      priorities: JSON.parse(row.priorities) as Priority[],
      motivation: row.motivation as Motivation | null,
    },
    salespersonId: row.salesperson_id,
    orderId: row.order_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

function rowFromLead(lead: Lead): LeadRow {
  return {
    id: lead.id,
    dealer_code: lead.dealerCode,
    name: lead.name,
    phone: lead.phone,
    contact_consent: flag(lead.contactConsent),
    consent_at: lead.consentAt,
    language: lead.language,
    budget_cents: lead.profile.budgetCents,
    household_size: lead.profile.householdSize,
    daily_distance_km: lead.profile.dailyDistanceKm,
    home_charging: lead.profile.homeCharging === null ? null : flag(lead.profile.homeCharging),
    usage: JSON.stringify(lead.profile.usage),
    priorities: JSON.stringify(lead.profile.priorities),
    motivation: lead.profile.motivation,
    salesperson_id: lead.salespersonId,
    order_id: lead.orderId,
    created_by: lead.createdBy,
    created_at: lead.createdAt,
    updated_at: lead.updatedAt,
    version: lead.version,
  };
}

export class KyselyLeadRepository implements LeadRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: string): Promise<Lead | null> {
    const row = await this.db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? leadFromRow(row) : null;
  }

  async insert(lead: Lead): Promise<void> {
    await this.db.insertInto('leads').values(rowFromLead(lead)).execute();
  }

  async update(lead: Lead, expectedVersion: number): Promise<boolean> {
    const result = await this.db
      .updateTable('leads')
      .set(rowFromLead(lead))
      .where('id', '=', lead.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async linkOrder(leadId: string, orderId: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('leads')
      .set((eb) => ({ order_id: orderId, updated_at: at, version: eb('version', '+', 1) }))
      .where('id', '=', leadId)
      .where('order_id', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async list(filter: LeadListFilter, limit: number, cursor: string | null): Promise<Page<Lead>> {
    let query = this.db.selectFrom('leads').selectAll();
    if (filter.dealerCode !== undefined) query = query.where('dealer_code', '=', filter.dealerCode);
    if (filter.salespersonId !== undefined) query = query.where('salesperson_id', '=', filter.salespersonId);
    if (filter.search !== undefined && filter.search !== '') {
      query = query.where('name', 'like', `${filter.search.replace(/[%_\\]/g, '')}%`);
    }
    if (cursor !== null) {
      const [createdAt, id] = decodeTimeIdCursor(cursor);
      query = query.where((eb) =>
        eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]),
      );
    }
    const rows = await query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map(leadFromRow);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeTimeIdCursor(last.createdAt, last.id) : null };
  }

  async funnel(range: InstantRange, dealerCode: string | null): Promise<readonly FunnelLead[]> {
    let query = this.db
      .selectFrom('leads')
      .leftJoin('orders', 'orders.id', 'leads.order_id')
      .select((eb) => [
        'leads.dealer_code as dealerCode',
        'leads.salesperson_id as salespersonId',
        'orders.status as orderStatus',
        eb
          .selectFrom('test_drives')
          .select((inner) => inner.fn.countAll<number>().as('count'))
          .whereRef('test_drives.lead_id', '=', 'leads.id')
          .where('test_drives.status', '!=', 'cancelled')
          .as('testDrives'),
      ])
      .where('leads.created_at', '>=', range.from)
      .where('leads.created_at', '<', range.to);
    if (dealerCode !== null) query = query.where('leads.dealer_code', '=', dealerCode);
    const rows = await query.execute();
    return rows.map((row) => ({
      dealerCode: row.dealerCode,
      salespersonId: row.salespersonId,
      testDrives: Number(row.testDrives ?? 0),
      orderStatus: (row.orderStatus ?? null) as OrderStatus | null,
    }));
  }
}
