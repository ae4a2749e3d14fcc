import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Actor, IntegrationScopeKind, Role } from '../../application/actor.js';

/** Who may call a route: anyone, anyone signed in, or the listed roles. Every route says which. */
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed_in' }
  | { readonly kind: 'roles'; readonly roles: readonly Role[] };

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signed_in' };
export const ROLES = (...roles: Role[]): Access => ({ kind: 'roles', roles });

export interface HandlerContext<Body, Query, Params> {
  readonly body: Body;
  readonly query: Query;
  readonly params: Params;
  /** Present for every route that is not public. */
  readonly actor: Actor;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

export interface RouteDefinition<
  Body extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Params extends z.ZodType = z.ZodType,
> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify path, e.g. `/api/v1/orders/:id`. */
  readonly url: string;
  readonly access: Access;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly body?: Body;
  readonly query?: Query;
  readonly params?: Params;
  /** The success status, for the API document. */
  readonly successStatus?: number;
  /** Requests a minute one client address may make to this route (public lookups); unlimited when absent. */
  readonly rateLimitPerMinute?: number;
  /**
   * Which integration tokens may call the route when its roles include `integration`: dealer-scoped ones only,
   * unless it says otherwise (a plant token may call only routes that list `plant`).
   */
  readonly integrationScopes?: readonly IntegrationScopeKind[];
  /**
   * The route reaches one order, so another dealer's order must answer 404. When left out, a route under
   * `/api/v1/orders/:id` is dealer-scoped and no other is.
   */
  readonly dealerScoped?: boolean;
  /**
   * The route ignores query parameters it does not know instead of refusing them: links shared through chat apps
   * come back with parameters of their own (`from=singlemessage`).
   */
  readonly ignoresUnknownQuery?: boolean;
  /** The route serves a page for people: a refusal it decides itself is an HTML page, not problem+json. */
  readonly servesPage?: boolean;
  readonly handler: (
    context: HandlerContext<z.infer<Body>, z.infer<Query>, z.infer<Params>>,
  ) => Promise<unknown> | unknown;
}

/** Keeps each route's schemas and handler types tied together. */
export function defineRoute<Body extends z.ZodType, Query extends z.ZodType, Params extends z.ZodType>(
  route: RouteDefinition<Body, Query, Params>,
): RouteDefinition {
  return route as unknown as RouteDefinition;
}
