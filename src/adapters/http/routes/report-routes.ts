import { z } from 'zod';
import { OEM_ROLES } from '../../../application/actor.js';
import { verificationReportFor } from '../../../application/queries/report-queries.js';
import type { Services } from '../../../application/services.js';
import { defineRoute, ROLES, type RouteDefinition } from '../route-definition.js';

const reportQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** The automaker's staff may narrow the report to one dealer; a dealer manager's is always its own. */
  dealer: z.string().min(1).max(40).optional(),
});

export function reportRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/reports/verification',
      access: ROLES('dealer_manager', ...OEM_ROLES),
      summary:
        'Verification report over the orders created in the range (the current month by default): automatic rate, ' +
        'time to verdict, failures by check, SLA breaches, deposits at risk',
      tags: ['reports'],
      query: reportQuery,
      handler: ({ query, actor }) => verificationReportFor(services, actor, query),
    }),
  ];
}
