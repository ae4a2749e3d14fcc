import { z } from 'zod';
import { changePassword } from '../../../application/commands/change-password.js';
import { LoginLockedError, signIn, signOut } from '../../../application/commands/sign-in.js';
import type { Services } from '../../../application/services.js';
import { MAX_PASSWORD_LENGTH } from '../../../domain/account/password-policy.js';
import { originOf } from '../request-origin.js';
import { defineRoute, PUBLIC, SIGNED_IN, type RouteDefinition } from '../route-definition.js';
import { clearSessionCookies, credentialOf, csrfTokenOf, setSessionCookies } from '../session-cookie.js';

/**
 * Sign-ins (and password changes) one client address may try a minute, on top of the lock of each username: it
 * slows guessing across many usernames.
 */
export const LOGIN_REQUESTS_PER_MINUTE = 20;

const loginSchema = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  /** The web app asks for an HTTP-only session cookie instead of a token it would have to keep. */
  cookie: z.boolean().optional(),
});

/** A new password is bounded here loosely; the password policy answers a too-long one with its own code. */
export const NEW_PASSWORD = z.string().max(1_000);

const passwordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: NEW_PASSWORD,
});

export function authRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/login',
      access: PUBLIC,
      summary: 'Sign in: a bearer token, or with `cookie: true` a session cookie and its CSRF token',
      tags: ['auth'],
      body: loginSchema,
      rateLimitPerMinute: LOGIN_REQUESTS_PER_MINUTE,
      handler: async ({ body, request, reply }) => {
        const signedIn = await signIn(services, body.username, body.password, originOf(request)).catch(
          (error: unknown) => {
            if (error instanceof LoginLockedError) reply.header('retry-after', String(error.retryAfterSeconds));
            throw error;
          },
        );
        const { actor } = signedIn;
        const user = { id: actor.userId, username: actor.username, role: actor.role, dealerCode: actor.dealerCode };
        if (body.cookie === true) {
          const csrfToken = csrfTokenOf(services, signedIn.token);
          setSessionCookies(request, reply, signedIn.token, csrfToken, signedIn.expiresAt);
          // The token stays in its HTTP-only cookie: the page's scripts never hold it.
          return { expiresAt: signedIn.expiresAt, csrfToken, user };
        }
        return { token: signedIn.token, expiresAt: signedIn.expiresAt, user };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/logout',
      access: SIGNED_IN,
      summary: 'End the session of the token or cookie sent',
      tags: ['auth'],
      successStatus: 204,
      integrationScopes: [],
      handler: async ({ actor, request, reply }) => {
        const credential = credentialOf(request);
        if (credential !== null) await signOut(services, credential.token, actor, originOf(request));
        clearSessionCookies(request, reply);
        return reply.code(204).send();
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/auth/me',
      access: SIGNED_IN,
      summary: 'Who the token belongs to',
      tags: ['auth'],
      integrationScopes: ['dealer', 'plant'],
      handler: ({ actor }) => ({
        id: actor.userId,
        username: actor.username,
        role: actor.role,
        dealerCode: actor.dealerCode,
        ...(actor.scope ? { scope: actor.scope } : {}),
      }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/password',
      access: SIGNED_IN,
      summary: 'Change your password: every other session of yours ends',
      tags: ['auth'],
      body: passwordSchema,
      successStatus: 204,
      integrationScopes: [],
      rateLimitPerMinute: LOGIN_REQUESTS_PER_MINUTE,
      handler: async ({ body, actor, request, reply }) => {
        const credential = credentialOf(request);
        await changePassword(
          services,
          actor,
          credential === null ? null : services.hasher.secret(credential.token),
          body.currentPassword,
          body.newPassword,
          originOf(request),
        ).catch((error: unknown) => {
          if (error instanceof LoginLockedError) reply.header('retry-after', String(error.retryAfterSeconds));
          throw error;
        });
        return reply.code(204).send();
      },
    }),
  ];
}
