import { z } from 'zod';
import { OEM_ROLES } from '../../../application/actor.js';
import { scheduleVerifiedOrders } from '../../../application/commands/schedule-production.js';
import { productionSchedule } from '../../../application/queries/schedule-queries.js';
import type { Services } from '../../../application/services.js';
import { isIsoDate } from '../../../domain/identity/calendar-date.js';
import { validateVin } from '../../../domain/vin/vin.js';
import { defineRoute, ROLES, SIGNED_IN, type RouteDefinition } from '../route-definition.js';

/** Longer than any VIN, so that a VIN of the wrong length is answered `valid: false` with the reason, not refused. */
const MAX_VIN_INPUT_LENGTH = 64;

const buildDate = z.string().refine(isIsoDate, 'A build date is YYYY-MM-DD and exists.');
const scheduleQuery = z.strictObject({
  plant: z.string().min(1).max(40).optional(),
  from: buildDate.optional(),
  to: buildDate.optional(),
});
const vinParams = z.strictObject({ vin: z.string().min(1).max(MAX_VIN_INPUT_LENGTH) });

export function productionRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/production/schedule',
      access: ROLES('oem_allocation', 'oem_admin'),
      summary: 'Schedule every verified order now, whatever the VIN lag: production slot, VIN and delivery estimate',
      tags: ['production'],
      handler: ({ actor }) => scheduleVerifiedOrders(services, { all: true, actor: actor.username }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/production/schedule',
      access: ROLES(...OEM_ROLES),
      summary: 'The production schedule by plant and build date: capacity, slots taken and the orders in them',
      tags: ['production'],
      query: scheduleQuery,
      handler: ({ query }) => productionSchedule(services, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/vins/:vin/validate',
      access: SIGNED_IN,
      summary: 'Check a VIN: length, alphabet (no I, O, Q) and the check digit in position 9',
      tags: ['production'],
      params: vinParams,
      handler: ({ params }) => {
        const errors = validateVin(params.vin);
        return { vin: params.vin, valid: errors.length === 0, errors };
      },
    }),
  ];
}
