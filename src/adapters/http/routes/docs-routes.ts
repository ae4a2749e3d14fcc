import { buildOpenApiDocument } from '../openapi.js';
import { defineRoute, PUBLIC, type RouteDefinition } from '../route-definition.js';

/** The API document and its page, made from the routes they describe. */
export function docsRoutes(api: readonly RouteDefinition[]): RouteDefinition[] {
  const document = buildOpenApiDocument(api);
  return [
    defineRoute({
      method: 'GET',
      url: '/docs/openapi.json',
      access: PUBLIC,
      summary: 'The OpenAPI 3.1 document of this API',
      tags: ['operations'],
      handler: () => document,
    }),
    defineRoute({
      method: 'GET',
      url: '/docs',
      access: PUBLIC,
      summary: 'A page about the API and its document',
      tags: ['operations'],
      handler: ({ reply }) => reply.type('text/html; charset=utf-8').send(docsPage()),
    }),
  ];
}

function docsPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ordergate API</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>ordergate API v1</h1><p>The OpenAPI 3.1 document: <a href="/docs/openapi.json">/docs/openapi.json</a>.</p>
<p>Errors are <code>application/problem+json</code> (RFC 9457) with a stable <code>code</code> and the field paths in <code>errors</code>.</p></body></html>`;
}
