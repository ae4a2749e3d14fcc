import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/**
 * The page may load scripts, styles, images and data from this server only. Inline scripts are refused (the
 * usual vehicle of injected code); inline styles are allowed, which the web app's components use.
 */
export const CONTENT_SECURITY_POLICY = Object.freeze({
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // The demo runs on plain HTTP at 127.0.0.1: upgrading its requests to HTTPS would break it.
  upgradeInsecureRequests: null,
});

/**
 * Cookies, security headers on every answer, and the per-route request limits. Registered before the routes,
 * whose options the rate limiter reads as they are added.
 */
export async function registerSecurityPlugins(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: true, directives: { ...CONTENT_SECURITY_POLICY } },
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many requests: try again in ${context.after}.`), {
        statusCode: context.statusCode,
        code: 'rate_limited',
      }),
  });
}
