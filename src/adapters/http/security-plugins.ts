import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
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

/** Cookies, and security headers on every answer (errors and 404s included). */
export async function registerSecurityPlugins(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: true, directives: { ...CONTENT_SECURITY_POLICY } },
  });
}
