import { ApplicationError } from '../../../application/application-error.js';
import {
  bookTestDrive,
  cancelTestDrive,
  giveTestDriveFeedback,
  registerDemoCar,
  rescheduleTestDrive,
  setDemoCarAvailability,
} from '../../../application/commands/test-drive-commands.js';
import { dealerScopeOf } from '../../../application/queries/order-queries.js';
import { findVisibleTestDrive, openSlotsFor } from '../../../application/queries/sales-queries.js';
import type { Services } from '../../../application/services.js';
import type { DemoCar } from '../../../domain/test-drive/demo-car.js';
import { presentDemoCar, presentTestDrive } from '../present-sales.js';
import { defineRoute, ROLES, type RouteDefinition } from '../route-definition.js';
import {
  bookTestDriveSchema,
  demoCarPatchSchema,
  demoCarSchema,
  feedbackSchema,
  idParams,
  listDemoCarsQuery,
  listTestDrivesQuery,
  rescheduleSchema,
  slotsQuery,
} from '../schemas/sales-schemas.js';
import { SALES_READERS, SELLING_ROLES, versionFromIfMatch } from './lead-routes.js';

/** More demo cars than any dealer keeps: a list needs no paging. */
const MAX_DEMO_CARS = 500;

export function testDriveRoutes(services: Services): RouteDefinition[] {
  const read = services.runner.read;
  const presentOne = async (drive: Parameters<typeof presentTestDrive>[0]) =>
    presentTestDrive(drive, await read.demoCars.findById(drive.carId));
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/demo-cars',
      access: ROLES(...SALES_READERS),
      summary: "Demo cars: a dealer's own, or every dealer's for the automaker",
      tags: ['test drives'],
      query: listDemoCarsQuery,
      handler: async ({ query, actor }) => {
        const cars = await read.demoCars.list(dealerScopeOf(actor) ?? query.dealer ?? null, MAX_DEMO_CARS);
        return { items: cars.map(presentDemoCar), nextCursor: null };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/demo-cars',
      access: ROLES('dealer_manager'),
      summary: 'Register a demo car of a model the dealer sells',
      tags: ['test drives'],
      body: demoCarSchema,
      successStatus: 201,
      handler: async ({ body, actor }) => presentDemoCar(await registerDemoCar(services, actor, body)),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/demo-cars/:id',
      access: ROLES('dealer_manager'),
      summary: 'Take a demo car out of the booking calendar or put it back',
      tags: ['test drives'],
      params: idParams,
      body: demoCarPatchSchema,
      handler: async ({ params, body, actor }) =>
        presentDemoCar(await setDemoCarAvailability(services, actor, params.id, body.available)),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/demo-cars/:id/slots',
      access: ROLES(...SELLING_ROLES),
      summary: 'The open test-drive starts of a demo car on a date (Asia/Shanghai)',
      tags: ['test drives'],
      params: idParams,
      query: slotsQuery,
      handler: ({ params, query, actor }) =>
        openSlotsFor(services, actor, params.id, query.date, query.salespersonId ?? null),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/test-drives',
      access: ROLES(...SALES_READERS),
      summary: 'Test drives, earliest first, by lead, car or period',
      tags: ['test drives'],
      query: listTestDrivesQuery,
      handler: async ({ query, actor }) => {
        const dealerCode = dealerScopeOf(actor) ?? query.dealer;
        const drives = await read.testDrives.list(
          {
            ...(dealerCode !== undefined ? { dealerCode } : {}),
            ...(query.leadId !== undefined ? { leadId: query.leadId } : {}),
            ...(query.carId !== undefined ? { carId: query.carId } : {}),
            ...(query.from !== undefined ? { from: new Date(query.from).toISOString() } : {}),
            ...(query.to !== undefined ? { to: new Date(query.to).toISOString() } : {}),
          },
          query.limit,
        );
        const cars = new Map<string, DemoCar>(
          (await read.demoCars.list(dealerCode ?? null, MAX_DEMO_CARS)).map((car) => [car.id, car]),
        );
        const items = await Promise.all(
          drives.map(async (drive) =>
            presentTestDrive(drive, cars.get(drive.carId) ?? (await read.demoCars.findById(drive.carId))),
          ),
        );
        return { items, nextCursor: null };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/test-drives',
      access: ROLES(...SELLING_ROLES),
      summary: 'Book a test drive; a car or salesperson already busy then is 409 slot_taken',
      tags: ['test drives'],
      body: bookTestDriveSchema,
      successStatus: 201,
      handler: async ({ body, actor, reply }) => {
        const drive = await bookTestDrive(services, actor, body);
        reply.header('location', `/api/v1/test-drives/${drive.id}`);
        return presentOne(drive);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/test-drives/:id',
      access: ROLES(...SALES_READERS),
      summary: 'One test drive',
      tags: ['test drives'],
      params: idParams,
      handler: async ({ params, actor }) => presentOne(await findVisibleTestDrive(read, actor, params.id)),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/test-drives/:id',
      access: ROLES(...SELLING_ROLES),
      summary: 'Move a booked test drive; the old time is freed (If-Match: <version>)',
      tags: ['test drives'],
      params: idParams,
      body: rescheduleSchema,
      handler: async ({ params, body, actor, request }) => {
        const expected = versionFromIfMatch(request.headers['if-match'], 'test drive');
        if (expected !== null) {
          const current = await findVisibleTestDrive(read, actor, params.id);
          if (current.version !== expected) {
            throw new ApplicationError('VERSION_MISMATCH', `The test drive is at version ${current.version}.`);
          }
        }
        return presentOne(await rescheduleTestDrive(services, actor, params.id, body.startsAt));
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/test-drives/:id/cancel',
      access: ROLES(...SELLING_ROLES),
      summary: 'Cancel a booked test drive; its time is freed and its reminder withdrawn',
      tags: ['test drives'],
      params: idParams,
      handler: async ({ params, actor }) => presentOne(await cancelTestDrive(services, actor, params.id)),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/test-drives/:id/feedback',
      access: ROLES(...SELLING_ROLES),
      summary: 'The short form after the drive: liked, concerns, next step (only once it has started)',
      tags: ['test drives'],
      params: idParams,
      body: feedbackSchema,
      handler: async ({ params, body, actor }) =>
        presentOne(await giveTestDriveFeedback(services, actor, params.id, body)),
    }),
  ];
}
