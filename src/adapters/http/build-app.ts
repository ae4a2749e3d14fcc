import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { authenticate } from '../../application/commands/sign-in.js';
import type { Actor } from '../../application/actor.js';
import { ApplicationError } from '../../application/application-error.js';
import type { Services } from '../../application/services.js';
import { InvalidCursorError } from '../db/order-repository.js';
import { statusOfCode } from './error-statuses.js';
import { problem, sendProblem } from './problem.js';
import type { RouteDefinition } from './route-definition.js';
import { allRoutes } from './routes/all-routes.js';
import { buildOpenApiDocument } from './openapi.js';
import { OneLineRequestLog } from './one-line-request-log.js';
import { registerOperations, type OperationsOptions } from './operations-routes.js';
import { fieldErrorsOf } from './validation.js';

/** Bodies above this are refused with 413 before they are parsed. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  readonly logger?: boolean | object;
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
    ...(options.oneLineRequestLog ? { logController: new OneLineRequestLog() } : {}),
  });
  acceptEmptyJsonBodies(app);
  app.setErrorHandler((error: FastifyError, request, reply) => handleError(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem(404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  );
  if (options.operations) registerOperations(app, options.operations);
  const routes = allRoutes(services);
  for (const route of routes) registerRoute(app, services, route);
  const document = buildOpenApiDocument(routes);
  app.get('/docs/openapi.json', async () => document);
  app.get('/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(docsPage()));
  return app;
}

/** Actions such as `POST /production/schedule` carry no body; a JSON content type with nothing in it is fine. */
function acceptEmptyJsonBodies(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      const error = new Error('The body is not valid JSON.') as FastifyError;
      error.statusCode = 400;
      error.code = 'malformed_json';
      done(error, undefined);
    }
  });
}

function registerRoute(app: FastifyInstance, services: Services, route: RouteDefinition): void {
  app.route({
    method: route.method,
    url: route.url,
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

/** The actor, `null` for a public route, or `undefined` when a refusal was sent. */
async function authorize(
  services: Services,
  route: RouteDefinition,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Actor | null | undefined> {
  if (route.access.kind === 'public') return null;
  const header = request.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  const actor = token === '' ? null : await authenticate(services, token);
  if (actor === null) {
    void sendProblem(reply, problem(401, 'unauthenticated', 'Sign in first: send Authorization: Bearer <token>.'));
    return undefined;
  }
  if (route.access.kind === 'roles' && !route.access.roles.includes(actor.role)) {
    void sendProblem(reply, problem(403, 'forbidden', `The ${actor.role} role may not do this.`));
    return undefined;
  }
  return actor;
}

function parseInput(route: RouteDefinition, request: FastifyRequest) {
  const errors = [];
  const parsed: { body: unknown; query: unknown; params: unknown } = {
    body: request.body,
    query: request.query,
    params: request.params,
  };
  for (const part of ['params', 'query', 'body'] as const) {
    const schema = route[part];
    if (schema === undefined) continue;
    const input = part === 'body' && request.body === undefined ? undefined : parsed[part];
    const result = schema.safeParse(input);
    if (result.success) parsed[part] = result.data;
    else errors.push(...fieldErrorsOf(result.error, part === 'body' ? '' : part));
  }
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

function docsPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ordergate API</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>ordergate API v1</h1><p>The OpenAPI 3.1 document: <a href="/docs/openapi.json">/docs/openapi.json</a>.</p>
<p>Errors are <code>application/problem+json</code> (RFC 9457) with a stable <code>code</code> and the field paths in <code>errors</code>.</p></body></html>`;
}
