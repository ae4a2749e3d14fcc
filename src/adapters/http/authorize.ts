import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, IntegrationScopeKind } from '../../application/actor.js';
import { authenticate } from '../../application/commands/sign-in.js';
import type { Services } from '../../application/services.js';
import { problem, sendProblem } from './problem.js';
import type { RouteDefinition } from './route-definition.js';
import { credentialOf, csrfHolds } from './session-cookie.js';

/** Integration tokens reach routes for dealer tokens unless a route names the scopes it takes. */
export const DEFAULT_INTEGRATION_SCOPES: readonly IntegrationScopeKind[] = ['dealer'];

/** The integration scopes a route admits. */
export function integrationScopesOf(route: RouteDefinition): readonly IntegrationScopeKind[] {
  return route.integrationScopes ?? DEFAULT_INTEGRATION_SCOPES;
}

function refuse(reply: FastifyReply, status: 401 | 403, code: string, detail: string): undefined {
  if (status === 401) reply.header('www-authenticate', 'Bearer');
  void sendProblem(reply, problem(status, code, detail));
  return undefined;
}

/**
 * The actor of a request, `null` for a public route, or `undefined` when a refusal was sent: 401 without a valid
 * credential, 403 for a cookie-authenticated change without its CSRF token, for a role the route does not list,
 * or for an integration token whose scope the route does not take.
 */
export async function authorize(
  services: Services,
  route: RouteDefinition,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Actor | null | undefined> {
  if (route.access.kind === 'public') return null;
  const credential = credentialOf(request);
  const actor = credential === null ? null : await authenticate(services, credential.token);
  if (credential === null || actor === null) {
    return refuse(reply, 401, 'unauthenticated', 'Sign in first: send Authorization: Bearer <token>.');
  }
  if (!csrfHolds(services, request, credential)) {
    return refuse(reply, 403, 'csrf_failed', 'Send the og_csrf cookie value in the X-CSRF-Token header.');
  }
  if (route.access.kind === 'roles' && !route.access.roles.includes(actor.role)) {
    return refuse(reply, 403, 'forbidden', `The ${actor.role} role may not do this.`);
  }
  if (actor.scope !== undefined && !integrationScopesOf(route).includes(actor.scope.kind)) {
    return refuse(reply, 403, 'forbidden', `A ${actor.scope.kind}-scoped token may not do this.`);
  }
  return actor;
}
