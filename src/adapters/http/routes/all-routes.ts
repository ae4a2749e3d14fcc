import type { IntegrationScopeKind } from '../../../application/actor.js';
import type { Services } from '../../../application/services.js';
import { integrationScopesOf } from '../authorize.js';
import type { Access, RouteDefinition } from '../route-definition.js';
import { adminRoutes } from './admin-routes.js';
import { authRoutes } from './auth-routes.js';
import { orderLifeRoutes } from './order-life-routes.js';
import { docsRoutes } from './docs-routes.js';
import { webAppRoute } from '../web-routes.js';
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
    ...adminRoutes(services),
  ];
}

/** Every route the server registers: the API's and the document describing them. */
export function registeredRoutes(services: Services): RouteDefinition[] {
  const api = allRoutes(services);
  return [...api, ...docsRoutes(api), webAppRoute];
}

/** One line of the access table: who may call a route, and whether it keeps dealers to their own orders. */
export interface RouteAccess {
  readonly method: RouteDefinition['method'];
  readonly url: string;
  readonly access: Access;
  /** Another dealer's order answers 404 here. */
  readonly dealerScoped: boolean;
  /** The integration tokens the route admits, when its roles include `integration`. */
  readonly integrationScopes: readonly IntegrationScopeKind[];
  /** Requests a minute one client address may make, or null for none. */
  readonly rateLimitPerMinute: number | null;
  readonly route: RouteDefinition;
}

/** A route under `/api/v1/orders/:id` reaches one order, so it is dealer-scoped unless it says otherwise. */
const ONE_ORDER_URL = /^\/api\/v1\/orders\/:id(\/|$)/;

/** Who may call what, for every registered route: the router enforces it, the authorization matrix test checks it. */
export function routeAccessTable(services: Services): RouteAccess[] {
  return registeredRoutes(services).map((route) => ({
    method: route.method,
    url: route.url,
    access: route.access,
    dealerScoped: route.dealerScoped ?? ONE_ORDER_URL.test(route.url),
    integrationScopes: integrationScopesOf(route),
    rateLimitPerMinute: route.rateLimitPerMinute ?? null,
    route,
  }));
}
