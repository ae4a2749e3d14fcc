import { z } from 'zod';
import { signIn, signOut } from '../../../application/commands/sign-in.js';
import type { Services } from '../../../application/services.js';
import { defineRoute, PUBLIC, SIGNED_IN, type RouteDefinition } from '../route-definition.js';

const loginSchema = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});

export function authRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/login',
      access: PUBLIC,
      summary: 'Sign in: a bearer token for the API',
      tags: ['auth'],
      body: loginSchema,
      handler: async ({ body }) => {
        const signedIn = await signIn(services, body.username, body.password);
        const { actor } = signedIn;
        return {
          token: signedIn.token,
          expiresAt: signedIn.expiresAt,
          user: { id: actor.userId, username: actor.username, role: actor.role, dealerCode: actor.dealerCode },
        };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/logout',
      access: SIGNED_IN,
      summary: 'End the session of the token sent',
      tags: ['auth'],
      successStatus: 204,
      handler: async ({ request, reply }) => {
        await signOut(services, (request.headers.authorization ?? '').slice('Bearer '.length).trim());
        return reply.code(204).send();
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/auth/me',
      access: SIGNED_IN,
      summary: 'Who the token belongs to',
      tags: ['auth'],
      handler: ({ actor }) => ({
        id: actor.userId,
        username: actor.username,
        role: actor.role,
        dealerCode: actor.dealerCode,
      }),
    }),
  ];
}
