import { createHash } from 'node:crypto';
import { OEM_ROLES } from '../../../application/actor.js';
import { ApplicationError } from '../../../application/application-error.js';
import { createLead, updateLead } from '../../../application/commands/lead-commands.js';
import { orderFromLead } from '../../../application/commands/order-from-lead.js';
import { dealerScopeOf } from '../../../application/queries/order-queries.js';
import { findVisibleLead, recommendationsFor } from '../../../application/queries/sales-queries.js';
import type { Services } from '../../../application/services.js';
import type { LeadChange } from '../../../domain/lead/lead.js';
import { presentOrder } from '../present-order.js';
import { presentLead } from '../present-sales.js';
import { defineRoute, ROLES, type RouteDefinition } from '../route-definition.js';
import {
  createLeadSchema,
  idParams,
  leadOrderSchema,
  listLeadsQuery,
  patchLeadSchema,
  type LeadBody,
} from '../schemas/sales-schemas.js';

/** Salespeople and their managers work leads; the automaker's staff may read them. */
export const SELLING_ROLES = ['dealer_sales', 'dealer_manager'] as const;
export const SALES_READERS = [...SELLING_ROLES, ...OEM_ROLES] as const;

/** The body as a change: the profile's fields gathered, fields left out left out. */
function changeOf(body: LeadBody): LeadChange {
  const { name, phone, contactConsent, language, salespersonId, ...profile } = body;
  const defined = <T extends object>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
  return {
    ...defined({ name, phone, contactConsent, language, salespersonId }),
    profile: defined(profile),
  } as LeadChange;
}

/** `If-Match: <version>` (quotes and a weak prefix allowed), or null when absent. */
export function versionFromIfMatch(header: string | undefined, what: string): number | null {
  if (header === undefined) return null;
  const version = Number(header.replace(/^W\//, '').replaceAll('"', ''));
  if (!Number.isSafeInteger(version) || version < 1) {
    const message = `If-Match must be a ${what} version.`;
    throw new ApplicationError('validation_failed', message, [
      { path: 'headers.if-match', code: 'invalid_type', message },
    ]);
  }
  return version;
}

export function leadRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/leads',
      access: ROLES(...SELLING_ROLES),
      summary: 'Record a prospective buyer and their needs (a phone is kept only with consent to contact)',
      tags: ['leads'],
      body: createLeadSchema,
      successStatus: 201,
      handler: async ({ body, actor, reply }) => {
        const lead = await createLead(services, actor, changeOf(body));
        reply.header('location', `/api/v1/leads/${lead.id}`);
        reply.header('etag', `"${lead.version}"`);
        return presentLead(lead, actor, 'one');
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/leads',
      access: ROLES(...SALES_READERS),
      summary: "Leads, newest first: a dealer's own, or every dealer's for the automaker; phones masked",
      tags: ['leads'],
      query: listLeadsQuery,
      handler: async ({ query, actor }) => {
        const scope = dealerScopeOf(actor);
        const dealerCode = scope ?? query.dealer;
        const page = await services.runner.read.leads.list(
          {
            ...(dealerCode !== undefined ? { dealerCode } : {}),
            ...(query.salesperson !== undefined ? { salespersonId: query.salesperson } : {}),
            ...(query.q !== undefined ? { search: query.q } : {}),
          },
          query.limit,
          query.cursor ?? null,
        );
        return { items: page.items.map((lead) => presentLead(lead, actor, 'list')), nextCursor: page.nextCursor };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/leads/:id',
      access: ROLES(...SALES_READERS),
      summary: 'One lead with its needs profile',
      tags: ['leads'],
      params: idParams,
      handler: async ({ params, actor, reply }) => {
        const lead = await findVisibleLead(services.runner.read, actor, params.id);
        reply.header('etag', `"${lead.version}"`);
        return presentLead(lead, actor, 'one');
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/leads/:id',
      access: ROLES(...SELLING_ROLES),
      summary: 'Update a lead and its needs (If-Match: <version>); withdrawing consent removes the phone',
      tags: ['leads'],
      params: idParams,
      body: patchLeadSchema,
      handler: async ({ params, body, actor, request, reply }) => {
        const expected = versionFromIfMatch(request.headers['if-match'], 'lead');
        const lead = await updateLead(services, actor, params.id, changeOf(body), expected);
        reply.header('etag', `"${lead.version}"`);
        return presentLead(lead, actor, 'one');
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/leads/:id/recommendations',
      access: ROLES(...SALES_READERS),
      summary:
        "The tailored introduction: the dealer's trims and packages ranked for the lead, with why and what to say",
      tags: ['leads'],
      params: idParams,
      handler: async ({ params, actor }) => {
        const { lead, offers } = await recommendationsFor(services, actor, params.id);
        return { leadId: lead.id, leadVersion: lead.version, at: services.clock.now().toISOString(), offers };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/leads/:id/order',
      access: ROLES(...SELLING_ROLES),
      summary: "Create the lead's order, prefilled with its name, phone and language; verified at once",
      tags: ['leads', 'orders'],
      params: idParams,
      body: leadOrderSchema,
      successStatus: 201,
      handler: async ({ params, body, actor, reply }) => {
        // The parsed body lists its fields in the schema's order, so equal requests hash equally.
        const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('base64url');
        const order = await orderFromLead(
          services,
          actor,
          params.id,
          { vehicle: body.vehicle, customer: body.customer, deposit: body.deposit, special: body.special ?? null },
          requestHash,
        );
        reply.header('location', `/api/v1/orders/${order.id}`);
        return presentOrder(order, actor, services);
      },
    }),
  ];
}
