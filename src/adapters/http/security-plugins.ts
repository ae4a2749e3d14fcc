import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

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
 * The headers helmet sets with our policy, worked out once: they are the same for every answer, and building them
 * anew for each request (as helmet's Fastify plugin does) cost as much as routing the request.
 */
export function securityHeaders(): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = value;
    },
    removeHeader: () => {},
  };
  let failure: unknown;
  helmet({ contentSecurityPolicy: { useDefaults: true, directives: { ...CONTENT_SECURITY_POLICY } } })(
    {} as IncomingMessage,
    collector as unknown as ServerResponse,
    (error?: unknown) => {
      failure = error;
    },
  );
  if (failure !== undefined) throw failure;
  return Object.freeze(headers);
}

/** Cookies, and security headers on every answer (errors and 404s included). */
export async function registerSecurityPlugins(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
  const headers = securityHeaders();
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
