import { z } from 'zod';
import { OEM_ROLES } from '../../../application/actor.js';
import { addPriceListVersion, setPartSupply, setQuotaCap } from '../../../application/commands/supply-commands.js';
import type { Services } from '../../../application/services.js';
import { defineRoute, ROLES, SIGNED_IN, type RouteDefinition } from '../route-definition.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month is YYYY-MM.');
const code = z.string().min(1).max(40);

const quotaQuery = z.strictObject({ month: month.optional(), region: code.optional(), model: code.optional() });
const quotaBody = z.strictObject({ region: code, month, model: code, cap: z.number().int().min(0).max(10_000_000) });
const partParams = z.strictObject({ part: code });
const supplyBody = z.strictObject({
  availableUnits: z.number().int().min(0).max(10_000_000),
  expectedAt: z.iso.datetime({ offset: true }).nullable().optional(),
});
const priceBody = z.strictObject({
  effectiveAt: z.iso.datetime({ offset: true }),
  items: z
    .array(
      z.strictObject({
        model: code,
        trim: code.nullable().optional(),
        option: code.nullable().optional(),
        priceCents: z.number().int().min(0).max(100_000_000_000),
      }),
    )
    .min(1)
    .max(5_000),
});

export function supplyRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/quotas',
      access: ROLES(...OEM_ROLES),
      summary: 'Quota buckets with cap and use',
      tags: ['quotas'],
      query: quotaQuery,
      handler: async ({ query }) => ({ items: await services.runner.read.quotas.list(query), nextCursor: null }),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/quotas',
      access: ROLES('oem_allocation', 'oem_admin'),
      summary: "Set a bucket's cap (never below what is used)",
      tags: ['quotas'],
      body: quotaBody,
      handler: ({ body }) =>
        setQuotaCap(services, { region: body.region, month: body.month, model: body.model }, body.cap),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/materials',
      access: ROLES(...OEM_ROLES),
      summary: 'Parts with available and reserved units and the next supply date',
      tags: ['materials'],
      handler: async () => {
        const [parts, waiting] = await Promise.all([
          services.runner.read.parts.list(),
          services.runner.read.orderQueues.countWaitingByPart(),
        ]);
        return {
          items: parts.map((part) => ({ ...part, waitingOrders: waiting.get(part.code) ?? 0 })),
          nextCursor: null,
        };
      },
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/materials/:part',
      access: ROLES('oem_allocation', 'oem_admin'),
      summary: "Record a part's supply; the postponed orders waiting for it are verified again, oldest first",
      tags: ['materials'],
      params: partParams,
      body: supplyBody,
      handler: ({ params, body, actor }) =>
        setPartSupply(services, actor, params.part, body.availableUnits, body.expectedAt ?? null),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/prices',
      access: SIGNED_IN,
      summary: 'The price-list versions',
      tags: ['prices'],
      handler: async () => ({ items: await services.runner.read.prices.versions(), nextCursor: null }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/prices',
      access: ROLES('oem_admin'),
      summary: 'Publish a new price-list version',
      tags: ['prices'],
      body: priceBody,
      successStatus: 201,
      handler: ({ body, actor }) => addPriceListVersion(services, actor, body.effectiveAt, body.items),
    }),
  ];
}
