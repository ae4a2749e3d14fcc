import { z } from 'zod';
import { createDealer, updateDealer } from '../../../application/commands/dealer-admin.js';
import {
  issueIntegrationToken,
  listIntegrationTokens,
  revokeIntegrationToken,
} from '../../../application/commands/integration-tokens.js';
import { createAccount, listAccounts, updateAccount } from '../../../application/commands/user-admin.js';
import type { UserAccount } from '../../../application/ports/repositories.js';
import type { IntegrationToken } from '../../../application/ports/security-repositories.js';
import type { Services } from '../../../application/services.js';
import { ACCOUNT_ROLES } from '../../../domain/account/account-roles.js';
import { originOf } from '../request-origin.js';
import { defineRoute, ROLES, type RouteDefinition } from '../route-definition.js';
import { NEW_PASSWORD } from './auth-routes.js';

const ADMIN = ROLES('oem_admin');
const code = z.string().min(1).max(40);
const username = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,49}$/,
    'A username is 3 to 50 lowercase letters, digits, dots, dashes or underscores.',
  );
const displayName = z.string().trim().min(1).max(100);
const role = z.enum(ACCOUNT_ROLES);

const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
const auditQuery = pageQuery.extend({ action: code.optional(), actor: z.string().min(1).max(120).optional() });
const idParams = z.strictObject({ id: z.string().min(1).max(64) });
const codeParams = z.strictObject({ code });

const newUserBody = z.strictObject({
  username,
  displayName,
  role,
  dealerCode: code.nullable().optional(),
  password: NEW_PASSWORD,
});
const userChangeBody = z.strictObject({
  displayName: displayName.optional(),
  role: role.optional(),
  dealerCode: code.nullable().optional(),
  disabled: z.boolean().optional(),
  password: NEW_PASSWORD.optional(),
});

const dealerFields = {
  name: z.string().trim().min(1).max(100),
  region: code,
  city: z.string().trim().min(1).max(60),
  phone: z.string().trim().min(1).max(32),
  models: z.array(code).max(50),
};
const newDealerBody = z.strictObject({
  code: z.string().regex(/^[A-Z0-9]{2,16}$/, 'A dealer code is 2 to 16 capital letters and digits.'),
  ...dealerFields,
});
const dealerChangeBody = z.strictObject(dealerFields).partial();

const tokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('dealer'), dealerCode: code }),
    z.strictObject({ kind: z.literal('plant'), plantCode: code }),
  ]),
});

/** An account as administrators see it: never its password hash. */
function presentUser(user: UserAccount) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    dealerCode: user.dealerCode,
    disabled: user.disabled,
    createdAt: user.createdAt,
  };
}

/** A token as administrators see it: never its secret, nor its hash. */
function presentToken(token: IntegrationToken) {
  return {
    id: token.id,
    name: token.name,
    scope: token.scope,
    createdAt: token.createdAt,
    createdBy: token.createdBy,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}

/** The administrators' routes: accounts, dealers, integration tokens and the audit trail. */
export function adminRoutes(services: Services): RouteDefinition[] {
  return [...accountRoutes(services), ...dealerRoutes(services), ...tokenRoutes(services), auditRoute(services)];
}

function accountRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/admin/users',
      access: ADMIN,
      summary: 'The accounts, by username',
      tags: ['admin'],
      query: pageQuery,
      handler: async ({ query }) => {
        const page = await listAccounts(services.runner.read, query.limit, query.cursor ?? null);
        return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/admin/users',
      access: ADMIN,
      summary: "Open an account (a dealer role names its dealer, an automaker's role none)",
      tags: ['admin'],
      body: newUserBody,
      successStatus: 201,
      handler: async ({ body, actor, request, reply }) => {
        const user = await createAccount(
          services,
          actor,
          { ...body, dealerCode: body.dealerCode ?? null },
          originOf(request),
        );
        reply.header('location', `/api/v1/admin/users/${user.id}`);
        return presentUser(user);
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/admin/users/:id',
      access: ADMIN,
      summary: "Change an account's role, dealer, name or state, or set a new password",
      tags: ['admin'],
      params: idParams,
      body: userChangeBody,
      handler: async ({ params, body, actor, request }) =>
        presentUser(await updateAccount(services, actor, params.id, body, originOf(request))),
    }),
  ];
}

function dealerRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/admin/dealers',
      access: ADMIN,
      summary: 'The dealers as stored',
      tags: ['admin'],
      handler: async () => ({ items: await services.runner.read.dealers.list(), nextCursor: null }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/admin/dealers',
      access: ADMIN,
      summary: 'Add a dealer to the network',
      tags: ['admin'],
      body: newDealerBody,
      successStatus: 201,
      handler: ({ body, actor, request }) => createDealer(services, actor, body, originOf(request)),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/admin/dealers/:code',
      access: ADMIN,
      summary: "Change a dealer's name, region, contact or franchised models",
      tags: ['admin'],
      params: codeParams,
      body: dealerChangeBody,
      handler: ({ params, body, actor, request }) =>
        updateDealer(services, actor, params.code, body, originOf(request)),
    }),
  ];
}

function tokenRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/admin/tokens',
      access: ADMIN,
      summary: 'The integration tokens, newest first (never their secrets)',
      tags: ['admin'],
      query: pageQuery,
      handler: async ({ query }) => {
        const page = await listIntegrationTokens(services, query.limit, query.cursor ?? null);
        return { items: page.items.map(presentToken), nextCursor: page.nextCursor };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/admin/tokens',
      access: ADMIN,
      summary: "Issue an integration token for one dealer's orders or one plant's milestones (shown once)",
      tags: ['admin'],
      body: tokenBody,
      successStatus: 201,
      handler: async ({ body, actor, request }) => {
        const issued = await issueIntegrationToken(services, actor, body.name, body.scope, originOf(request));
        return { ...presentToken(issued.token), token: issued.secret };
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/admin/tokens/:id',
      access: ADMIN,
      summary: 'Revoke an integration token',
      tags: ['admin'],
      params: idParams,
      successStatus: 204,
      handler: async ({ params, actor, request, reply }) => {
        await revokeIntegrationToken(services, actor, params.id, originOf(request));
        return reply.code(204).send();
      },
    }),
  ];
}

function auditRoute(services: Services): RouteDefinition {
  return defineRoute({
    method: 'GET',
    url: '/api/v1/admin/audit',
    access: ADMIN,
    summary: 'The audit trail, newest first: sign-ins, tokens, roles, passwords, dealers',
    tags: ['admin'],
    query: auditQuery,
    handler: async ({ query }) =>
      services.runner.read.audit.list(
        {
          ...(query.action ? { action: query.action } : {}),
          ...(query.actor ? { actor: query.actor } : {}),
        },
        query.limit,
        query.cursor ?? null,
      ),
  });
}
