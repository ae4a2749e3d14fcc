import type { Services } from '../../../application/services.js';
import type { RouteDefinition } from '../route-definition.js';
import { authRoutes } from './auth-routes.js';
import { orderRoutes } from './order-routes.js';
import { referenceRoutes } from './reference-routes.js';
import { supplyRoutes } from './supply-routes.js';
import { leadRoutes } from './lead-routes.js';
import { testDriveRoutes } from './test-drive-routes.js';
import { funnelRoutes } from './funnel-routes.js';

/** Every route of the API in one list: the router, the API document and the access tests all read it. */
export function allRoutes(services: Services): RouteDefinition[] {
  return [
    ...referenceRoutes(services),
    ...authRoutes(services),
    ...orderRoutes(services),
    ...supplyRoutes(services),
    ...leadRoutes(services),
    ...testDriveRoutes(services),
    ...funnelRoutes(services),
  ];
}
