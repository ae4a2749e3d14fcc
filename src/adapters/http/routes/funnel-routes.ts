import { OEM_ROLES } from '../../../application/actor.js';
import { funnelFor } from '../../../application/queries/sales-queries.js';
import type { Services } from '../../../application/services.js';
import { defineRoute, ROLES, type RouteDefinition } from '../route-definition.js';
import { funnelQuery } from '../schemas/sales-schemas.js';

export function funnelRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/reports/funnel',
      access: ROLES('dealer_manager', ...OEM_ROLES),
      summary: 'Leads → test drives → orders → verified, per dealer and salesperson, for leads created in the period',
      tags: ['reports'],
      query: funnelQuery,
      handler: async ({ query, actor }) => {
        const report = await funnelFor(
          services,
          actor,
          {
            ...(query.from !== undefined ? { from: new Date(query.from).toISOString() } : {}),
            ...(query.to !== undefined ? { to: new Date(query.to).toISOString() } : {}),
          },
          query.dealer ?? null,
        );
        return {
          from: report.from,
          to: report.to,
          totals: report.totals,
          byDealer: report.byDealer,
          bySalesperson: report.bySalesperson.map((row) => ({
            ...row,
            username: report.salespeople[row.salespersonId]?.username ?? null,
            displayName: report.salespeople[row.salespersonId]?.displayName ?? null,
          })),
        };
      },
    }),
  ];
}
