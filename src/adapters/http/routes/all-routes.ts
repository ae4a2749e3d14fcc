import type { Services } from '../../../application/services.js';
import type { RouteDefinition } from '../route-definition.js';
import { authRoutes } from './auth-routes.js';
import { orderLifeRoutes } from './order-life-routes.js';
import { orderRoutes } from './order-routes.js';
import { productionRoutes } from './production-routes.js';
import { quotaTransferRoutes } from './quota-transfer-routes.js';
import { referenceRoutes } from './reference-routes.js';
import { reportRoutes } from './report-routes.js';
import { supplyRoutes } from './supply-routes.js';
import { notificationRoutes } from './notification-routes.js';
import { trackingLinkRoutes } from './tracking-link-routes.js';
import { trackingRoutes } from './tracking-routes.js';
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
    ...productionRoutes(services),
    ...reportRoutes(services),
    ...trackingRoutes(services),
    ...trackingLinkRoutes(services),
    ...notificationRoutes(services),
    ...orderLifeRoutes(services),
    ...quotaTransferRoutes(services),
    ...leadRoutes(services),
    ...testDriveRoutes(services),
    ...funnelRoutes(services),
  ];
}
