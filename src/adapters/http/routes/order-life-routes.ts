import { z } from 'zod';
import { OEM_ROLES } from '../../../application/actor.js';
import { cancelOrder } from '../../../application/commands/cancel-order.js';
import { reallocateOrder } from '../../../application/commands/reallocate-order.js';
import { recordMilestone } from '../../../application/commands/record-milestone.js';
import { reviewOrder } from '../../../application/commands/review-order.js';
import { reviewQueue } from '../../../application/queries/review-queue.js';
import type { Services } from '../../../application/services.js';
import { MILESTONES } from '../../../domain/order/milestone-rules.js';
import { MAX_REVIEW_REASON_LENGTH } from '../../../domain/order/review-rules.js';
import { presentOrder } from '../present-order.js';
import { defineRoute, ROLES, type RouteDefinition } from '../route-definition.js';
import { orderIdParams } from '../schemas/order-schemas.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month is YYYY-MM.');
const code = z.string().min(1).max(40);
const reason = z.string().trim().max(MAX_REVIEW_REASON_LENGTH);

/** The largest page of the review queue. */
const MAX_REVIEW_PAGE = 200;

const reviewQueueQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_REVIEW_PAGE).default(50),
  cursor: z.string().max(200).optional(),
});
const reviewBody = z.strictObject({ decision: z.enum(['approve', 'reject']), reason: reason.optional() });
const reallocateBody = z.strictObject({ month: month.optional(), region: code.optional() });
const cancelBody = z.strictObject({ reason: reason.min(1, 'Say why the order is cancelled.') });
const milestoneBody = z.strictObject({ status: z.enum(MILESTONES), at: z.iso.datetime({ offset: true }) });

/** Who reviews: the order desk, and administrators. */
const REVIEWERS = ROLES('oem_reviewer', 'oem_admin');
/** Who moves orders and reports production: allocation planners and administrators. */
const PLANNERS = ['oem_allocation', 'oem_admin'] as const;

/** Everything that happens to an order after its first verdict, but production scheduling. */
export function orderLifeRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/reviews',
      access: REVIEWERS,
      summary: 'The manual-review queue, oldest first, each order with the reasons it waits for a person',
      tags: ['reviews'],
      query: reviewQueueQuery,
      handler: async ({ query, actor }) => {
        const page = await reviewQueue(services.runner.read, query.limit, query.cursor ?? null);
        return {
          items: page.items.map(({ order, reasons }) => ({
            ...presentOrder(order, actor, services),
            reasons: reasons.map((line) => ({ code: line.code, message: line.message, path: line.path })),
          })),
          nextCursor: page.nextCursor,
        };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/orders/:id/review',
      access: REVIEWERS,
      summary: 'Decide an order in manual review: approve (quota and parts are checked then) or reject with a reason',
      tags: ['reviews'],
      params: orderIdParams,
      body: reviewBody,
      handler: async ({ params, body, actor }) =>
        presentOrder(
          await reviewOrder(services, actor, params.id, { decision: body.decision, reason: body.reason ?? null }),
          actor,
          services,
        ),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/orders/:id/reallocate',
      access: ROLES(...PLANNERS),
      summary: 'Move an order rejected for quota (or a postponed one) to another month or region and verify it again',
      tags: ['orders'],
      params: orderIdParams,
      body: reallocateBody,
      handler: async ({ params, body, actor }) =>
        presentOrder(await reallocateOrder(services, actor, params.id, body), actor, services),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/orders/:id/cancel',
      // Dealers their own orders before verification, the automaker any order before it ships: the rule decides.
      access: ROLES('dealer_sales', 'dealer_manager', 'integration', ...OEM_ROLES),
      summary: 'Cancel an order, giving back its quota and parts; only the automaker once it is verified',
      tags: ['orders'],
      params: orderIdParams,
      body: cancelBody,
      handler: async ({ params, body, actor }) =>
        presentOrder(await cancelOrder(services, actor, params.id, body.reason), actor, services),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/orders/:id/milestones',
      access: ROLES(...PLANNERS, 'integration'),
      integrationScopes: ['dealer', 'plant'],
      summary: 'Report that a scheduled order went into production, shipped or was delivered, in that order',
      tags: ['orders'],
      params: orderIdParams,
      body: milestoneBody,
      handler: async ({ params, body, actor }) =>
        presentOrder(await recordMilestone(services, actor, params.id, body.status, body.at), actor, services),
    }),
  ];
}
