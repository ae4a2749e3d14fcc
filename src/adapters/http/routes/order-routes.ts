import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../../application/actor.js';
import { ApplicationError } from '../../../application/application-error.js';
import { editOrder } from '../../../application/commands/edit-order.js';
import { submitOrder } from '../../../application/commands/submit-order.js';
import { findVisibleOrder, listVisibleOrders, visibleOrderEvents } from '../../../application/queries/order-queries.js';
import type { Services } from '../../../application/services.js';
import { presentEvent, presentOrder } from '../present-order.js';
import { defineRoute, ROLES, SIGNED_IN, type RouteDefinition } from '../route-definition.js';
import { listOrdersQuery, orderIdParams, patchOrderSchema, submitOrderSchema } from '../schemas/order-schemas.js';

const DEALER_ROLES = ['dealer_sales', 'dealer_manager', 'integration'] as const;
const IDEMPOTENCY_KEY = z.string().min(1).max(200);

/** A canonical form of the body: the same order sent twice with keys in another order is the same request. */
function requestHash(body: unknown): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value;
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('base64url');
}

function dealerForSubmission(actor: Actor, requested: string | undefined): string {
  if (actor.scope?.kind === 'plant') throw new ApplicationError('forbidden', 'A plant token submits no orders.');
  if (actor.dealerCode !== null) {
    if (requested !== undefined && requested !== actor.dealerCode) {
      throw new ApplicationError('forbidden', 'A dealer submits orders only for itself.');
    }
    return actor.dealerCode;
  }
  if (requested === undefined) {
    throw new ApplicationError('validation_failed', 'Name the dealer.', [
      { path: 'dealerCode', code: 'required', message: 'Name the dealer.' },
    ]);
  }
  return requested;
}

function parseIfMatch(header: string | undefined): number | null {
  if (header === undefined) return null;
  const version = Number(header.replace(/^W\//, '').replaceAll('"', ''));
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new ApplicationError('validation_failed', 'If-Match must be an order version.', [
      { path: 'headers.if-match', code: 'invalid_type', message: 'If-Match must be an order version.' },
    ]);
  }
  return version;
}

const HOUR_MS = 3_600_000;

/** Orders past their SLA were created more than the SLA's hours ago and are still undecided. */
function slaFilter(services: Services, breached: boolean) {
  const createdBefore = new Date(services.clock.now().getTime() - services.policies.slaHours * HOUR_MS).toISOString();
  return { breached, createdBefore };
}

export function orderRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/orders',
      access: ROLES(...DEALER_ROLES),
      summary: "Submit a customer's order; it is verified at once",
      tags: ['orders'],
      body: submitOrderSchema,
      successStatus: 201,
      handler: async ({ body, actor, request, reply }) => {
        const rawKey = request.headers['idempotency-key'];
        const key = rawKey === undefined ? null : IDEMPOTENCY_KEY.safeParse(rawKey);
        if (key !== null && !key.success) {
          throw new ApplicationError('validation_failed', 'Idempotency-Key must be 1 to 200 characters.', [
            {
              path: 'headers.idempotency-key',
              code: 'invalid_type',
              message: 'Idempotency-Key must be 1 to 200 characters.',
            },
          ]);
        }
        const dealerCode = dealerForSubmission(actor, body.dealerCode);
        const { order, created } = await submitOrder(
          services,
          actor,
          dealerCode,
          {
            customer: { ...body.customer, language: body.customer.language ?? 'zh-CN' },
            vehicle: body.vehicle,
            deposit: body.deposit,
            special: body.special ?? null,
          },
          key === null ? null : { key: key.data, requestHash: requestHash(body) },
        );
        reply.header('location', `/api/v1/orders/${order.id}`);
        if (!created) reply.header('idempotent-replayed', 'true');
        return presentOrder(order, actor, services);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/orders',
      access: SIGNED_IN,
      summary: 'Orders, newest first: a dealer sees its own, the automaker every one',
      tags: ['orders'],
      query: listOrdersQuery,
      handler: async ({ query, actor }) => {
        const page = await listVisibleOrders(
          services.runner.read,
          actor,
          {
            ...(query.status ? { status: query.status } : {}),
            ...(query.model ? { model: query.model } : {}),
            ...(query.dealer ? { dealerCode: query.dealer } : {}),
            ...(query.q ? { search: query.q } : {}),
            ...(query.slaBreached ? { sla: slaFilter(services, query.slaBreached === 'true') } : {}),
          },
          query.limit,
          query.cursor ?? null,
        );
        return { items: page.items.map((order) => presentOrder(order, actor, services)), nextCursor: page.nextCursor };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/orders/:id',
      access: SIGNED_IN,
      summary: 'One order, by id or order number',
      tags: ['orders'],
      params: orderIdParams,
      handler: async ({ params, actor, reply }) => {
        const order = await findVisibleOrder(services.runner.read, actor, params.id);
        reply.header('etag', `"${order.version}"`);
        return presentOrder(order, actor, services);
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/orders/:id',
      access: ROLES(...DEALER_ROLES),
      summary: 'Correct an order and verify it again (If-Match: <version>)',
      tags: ['orders'],
      params: orderIdParams,
      body: patchOrderSchema,
      handler: async ({ params, body, actor, request, reply }) => {
        const expected = parseIfMatch(request.headers['if-match']);
        const order = await editOrder(services, actor, params.id, body, expected);
        reply.header('etag', `"${order.version}"`);
        return presentOrder(order, actor, services);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/orders/:id/events',
      access: SIGNED_IN,
      summary: "The order's history, oldest first",
      tags: ['orders'],
      params: orderIdParams,
      handler: async ({ params, actor }) => {
        const events = await visibleOrderEvents(services.runner.read, actor, params.id);
        return { items: events.map(presentEvent), nextCursor: null };
      },
    }),
  ];
}
