import type { Services } from '../../../application/services.js';
import { priceOf } from '../../../domain/pricing/price-list.js';
import { defineRoute, PUBLIC, SIGNED_IN, type RouteDefinition } from '../route-definition.js';

export function referenceRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/healthz',
      access: PUBLIC,
      summary: 'Liveness',
      tags: ['operations'],
      handler: () => ({ status: 'ok' }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/dealers',
      access: SIGNED_IN,
      summary: 'The dealers, their regions and franchised models',
      tags: ['catalog'],
      handler: async () => ({
        items: (await services.reference.dealers()).map((dealer) => ({
          code: dealer.code,
          name: dealer.name,
          region: dealer.region,
          city: dealer.city,
          phone: dealer.phone,
          models: dealer.models,
        })),
      }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/catalog',
      access: SIGNED_IN,
      summary: 'Models, trims and options with the prices in force now',
      tags: ['catalog'],
      handler: async () => {
        const catalog = await services.reference.catalog();
        const versions = await services.reference.priceVersions();
        const at = services.clock.now().toISOString();
        return {
          brand: catalog.brand,
          models: catalog.models.map((model) => ({
            code: model.code,
            name: model.name,
            powertrain: model.powertrain,
            plant: model.plant,
            minDepositCents: model.minDepositCents,
            trims: model.trims.map((trim) => ({
              ...trim,
              basePriceCents: priceOf(versions, model, { kind: 'trim', code: trim.code }, at) ?? trim.basePriceCents,
            })),
            options: model.options.map((option) => ({
              ...option,
              priceCents: priceOf(versions, model, { kind: 'option', code: option.code }, at) ?? option.priceCents,
            })),
          })),
        };
      },
    }),
  ];
}
