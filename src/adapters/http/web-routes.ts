import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineRoute, PUBLIC, type RouteDefinition } from './route-definition.js';

/**
 * First path segments the web app never answers for: the API, its document, the tracking pages and the operations
 * endpoints keep their own 404s even when a browser asks for HTML.
 */
export const RESERVED_PATH_SEGMENTS: ReadonlySet<string> = new Set(['api', 'docs', 't', 'track', 'healthz', 'metrics']);

/** Hashed bundle files never change under their name: browsers may keep them for a year. */
const IMMUTABLE_ASSET_PREFIX = `assets${sep}`;
const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** The page must be asked for again after every deployment, or it would load bundle files that are gone. */
const PAGE_CACHE_CONTROL = 'no-cache';
/** No request path the bundle serves is longer; a bound keeps odd URLs away from the file system. */
const MAXIMUM_FILE_PATH_LENGTH = 300;

export interface WebRoutesOptions {
  /** The directory `vite build` wrote (holding `index.html`), or null to serve no web app. */
  readonly root: string | null;
}

/**
 * The built web app of `web/dist`, found from this module's place in the package (`src/…` under `tsx` and the
 * tests, `dist/src/…` once compiled): the nearest folder above with a `package.json` is the package.
 */
export function defaultWebRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return join(directory, 'web', 'dist');
}

/**
 * Makes `reply.sendFile` serve the bundle and tells the web app's route where it is (null: no web app). Called on
 * the root instance, not registered as a plugin, so that the route table's routes see the decoration.
 */
export async function registerWebApp(app: FastifyInstance, options: WebRoutesOptions): Promise<void> {
  app.decorate('webRoot', options.root);
  if (options.root !== null) await app.register(fastifyStatic, { root: options.root, serve: false });
}

declare module 'fastify' {
  interface FastifyInstance {
    webRoot: string | null;
  }
}

/**
 * The single-page web app at `/`: a file of the bundle by its path, and `index.html` for any other GET that accepts
 * HTML (the app routes `/orders/…` itself), so that a bookmarked or reloaded page opens. Reserved paths and requests
 * that do not want HTML get the API's problem+json 404.
 */
export const webAppRoute: RouteDefinition = defineRoute({
  method: 'GET',
  url: '/*',
  access: PUBLIC,
  summary: 'The web app for dealers and automaker staff',
  tags: ['web'],
  servesPage: true,
  ignoresUnknownQuery: true,
  handler: async ({ request, reply }) => {
    const root = request.server.webRoot;
    const path = request.url.split('?')[0] ?? '/';
    const segments = path.split('/').filter((segment) => segment !== '');
    if (root === null || (segments.length > 0 && RESERVED_PATH_SEGMENTS.has(segments[0] ?? ''))) {
      return reply.callNotFound();
    }
    const file = await bundleFile(root, path);
    if (file !== null) {
      const cacheControl = file.startsWith(IMMUTABLE_ASSET_PREFIX) ? IMMUTABLE_CACHE_CONTROL : PAGE_CACHE_CONTROL;
      return reply.header('cache-control', cacheControl).sendFile(file, { cacheControl: false });
    }
    if (!acceptsHtml(request)) return reply.callNotFound();
    return sendPage(root, reply);
  },
});

/** The bundle-relative name of the file a path names, or null when it names none (or tries to leave the bundle). */
async function bundleFile(root: string, path: string): Promise<string | null> {
  if (path.length > MAXIMUM_FILE_PATH_LENGTH || path === '/') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^[/\\]+/, '');
  if (relative === '' || relative.startsWith('..') || relative.includes('\0')) return null;
  try {
    return (await stat(join(root, relative))).isFile() ? relative : null;
  } catch {
    return null;
  }
}

function acceptsHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

async function sendPage(root: string, reply: FastifyReply): Promise<FastifyReply> {
  if (!existsSync(join(root, 'index.html'))) {
    return reply
      .code(503)
      .type('text/html; charset=utf-8')
      .send(
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>ordergate</title>' +
          '<p>The web app is not built yet: run <code>npm run build</code>. The API is at <a href="/docs">/docs</a>.</p>',
      );
  }
  return reply.header('cache-control', PAGE_CACHE_CONTROL).sendFile('index.html', { cacheControl: false });
}
