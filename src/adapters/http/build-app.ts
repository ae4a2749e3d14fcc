import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { RouteOptions } from 'fastify';
import type { Actor } from '../../application/actor.js';
import { ApplicationError } from '../../application/application-error.js';
import type { Services } from '../../application/services.js';
import { InvalidCursorError } from '../db/page-cursor.js';
import { statusOfCode } from './error-statuses.js';
import { problem, sendProblem } from './problem.js';
import type { RouteDefinition } from './route-definition.js';
import { LiveStreams } from './live-streams.js';
import { defaultWebRoot, registerWebApp } from './web-routes.js';
import { registeredRoutes } from './routes/all-routes.js';
import { fieldErrorsOf, nulCharacterErrors, unexpectedBodyErrors } from './validation.js';
import { authorize } from './authorize.js';
import { parseJsonBody, UnsafeJsonError } from './json-body.js';
import { registerSecurityPlugins } from './security-plugins.js';
import { OneLineRequestLog } from './one-line-request-log.js';
import { registerOperations, type OperationsOptions } from './operations-routes.js';

/** Bodies above this are refused with 413 before they are parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  readonly logger?: boolean | object;
  /** The built web app served at `/` (default `web/dist` of the package); null serves none. */
  readonly webRoot?: string | null;
  /** Told of every route Fastify registers (the route-table test checks that none is missing from the table). */
  readonly onRoute?: (route: RouteOptions) => void;
  /** `/readyz`, `/metrics` and request latency; a server always has them, most tests do without. */
  readonly operations?: OperationsOptions;
  /** Log each request once, when answered (method, URL, status, time), instead of on arrival and on answer. */
  readonly oneLineRequestLog?: boolean;
}

/** The HTTP application without a listening socket: tests call `inject()`, `main/` calls `listen()`. */
export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    requestTimeout: 30_000,
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false } },
    frameworkErrors: (error, _request, reply) =>
      sendProblem(reply, problem(400, 'bad_request', `The request cannot be read: ${error.message}`)),
    ...(options.oneLineRequestLog ? { logController: new OneLineRequestLog() } : {}),
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  await registerSecurityPlugins(app);
  acceptEmptyJsonBodies(app);
  app.setErrorHandler((error: FastifyError, request, reply) => handleError(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem(404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  );
  if (options.operations) registerOperations(app, options.operations);
  // Only the routes that name a limit are limited (public lookups); `rateLimitPerMinute` on the route says how much.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApplicationError('rate_limited', `Too many requests; try again in ${context.after}.`),
  });
  // Live streams (the tracking page's updates) are ended when the server closes, or it would wait for them forever.
  const liveStreams = new LiveStreams();
  app.decorate('liveStreams', liveStreams);
  app.addHook('preClose', async () => liveStreams.closeAll());
  for (const route of registeredRoutes(services)) registerRoute(app, services, route);
  await registerWebApp(app, { root: options.webRoot === undefined ? defaultWebRoot() : options.webRoot });
  return app;
}

/** Actions such as `POST /production/schedule` carry no body; a JSON content type with nothing in it is fine. */
function acceptEmptyJsonBodies(app: FastifyInstance): void {
  // JSON only: any other media type (text/plain included) is refused with 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(String(body)));
    } catch (cause) {
      const unsafe = cause instanceof UnsafeJsonError;
      const error = new Error(unsafe ? cause.message : 'The body is not valid JSON.') as FastifyError;
      error.statusCode = 400;
      error.code = unsafe ? 'unsafe_json' : 'malformed_json';
      done(error, undefined);
    }
  });
}

function registerRoute(app: FastifyInstance, services: Services, route: RouteDefinition): void {
  app.route({
    method: route.method,
    url: route.url,
    ...(route.rateLimitPerMinute === undefined
      ? {}
      : { config: { rateLimit: { max: route.rateLimitPerMinute, timeWindow: 60_000 } } }),
    handler: async (request, reply) => {
      const actor = await authorize(services, route, request, reply);
      if (actor === undefined) return reply;
      const parsed = parseInput(route, request);
      if ('problem' in parsed) return sendProblem(reply, parsed.problem);
      const result = await route.handler({ ...parsed, actor: actor as Actor, request, reply });
      if (reply.sent) return reply;
      return reply.code(route.successStatus ?? 200).send(result);
    },
  });
}

function parseInput(route: RouteDefinition, request: FastifyRequest) {
  const errors = [];
  const parsed: { body: unknown; query: unknown; params: unknown } = {
    body: request.body,
    query: request.query,
    params: request.params,
  };
  for (const part of ['params', 'query', 'body'] as const) {
    errors.push(...nulCharacterErrors(parsed[part], part === 'body' ? '' : part));
  }
  for (const part of ['params', 'query', 'body'] as const) {
    const schema = route[part];
    if (schema === undefined) continue;
    const input = part === 'body' && request.body === undefined ? undefined : parsed[part];
    // The input is reported so that a wrong type is told from a missing field; it stays inside the process.
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) parsed[part] = result.data;
    else errors.push(...fieldErrorsOf(result.error, part === 'body' ? '' : part));
  }
  if (route.body === undefined) errors.push(...unexpectedBodyErrors(request.body));
  if (errors.length > 0) {
    return { problem: problem(400, 'validation_failed', 'The request does not fit the schema.', errors) };
  }
  return parsed;
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ApplicationError) {
    const status = statusOfCode(error.code);
    return sendProblem(reply, problem(status, error.code, error.message, error.violations));
  }
  if (error instanceof InvalidCursorError) {
    return sendProblem(
      reply,
      problem(400, 'invalid_cursor', error.message, [
        { path: 'query.cursor', code: 'invalid_cursor', message: error.message },
      ]),
    );
  }
  if (error.code === 'unsafe_json') return sendProblem(reply, problem(400, 'unsafe_json', error.message));
  if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return sendProblem(reply, problem(413, 'body_too_large', `A body may be at most ${BODY_LIMIT_BYTES} bytes.`));
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) {
    return sendProblem(reply, problem(415, 'unsupported_media_type', 'Send the body as application/json.'));
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    const code =
      error.code === 'malformed_json' || error.code?.startsWith('FST_ERR_CTP') ? 'malformed_json' : 'bad_request';
    return sendProblem(reply, problem(error.statusCode, code, error.message));
  }
  request.log.error({ err: error }, 'request failed');
  return sendProblem(reply, problem(500, 'internal_error', 'Something went wrong on our side.'));
}
