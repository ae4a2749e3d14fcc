import { z } from 'zod';
import { OEM_ROLES } from '../../../application/actor.js';
import { transferQuota } from '../../../application/commands/transfer-quota.js';
import type { Services } from '../../../application/services.js';
import { defineRoute, ROLES, type RouteDefinition } from '../route-definition.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month is YYYY-MM.');
const code = z.string().min(1).max(40);

/** The most units one transfer moves: a region's monthly cap is far below it. */
const MAX_TRANSFER_UNITS = 10_000_000;
const MAX_TRANSFER_PAGE = 200;

const transferBody = z.strictObject({
  month,
  model: code,
  fromRegion: code,
  toRegion: code,
  units: z.number().int().min(1).max(MAX_TRANSFER_UNITS),
});
const transferQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_TRANSFER_PAGE).default(50),
  cursor: z.string().max(200).optional(),
});

export function quotaTransferRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/quotas/transfers',
      access: ROLES('oem_allocation', 'oem_admin'),
      summary: "Move unused quota between two regions' buckets of one month and model (never below what is used)",
      tags: ['quotas'],
      body: transferBody,
      successStatus: 201,
      handler: ({ body, actor }) => transferQuota(services, actor, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/quotas/transfers',
      access: ROLES(...OEM_ROLES),
      summary: 'The quota transfers, newest first, with who made them and when',
      tags: ['quotas'],
      query: transferQuery,
      handler: ({ query }) => services.runner.read.quotaTransfers.list(query.limit, query.cursor ?? null),
    }),
  ];
}
