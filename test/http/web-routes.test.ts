import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/adapters/http/build-app.js';
import { defaultWebRoot } from '../../src/adapters/http/web-routes.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const PAGE = '<!doctype html><title>ordergate</title><div id="root"></div>';
const HTML = { accept: 'text/html,application/xhtml+xml' };

// Serving the bundle reads files, not the database: one dialect is enough.
describe('the web app served at /', () => {
  let t: TestApp;
  let app: FastifyInstance;
  let unbuilt: FastifyInstance;
  let bundle: string;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    bundle = mkdtempSync(join(tmpdir(), 'ordergate-web-'));
    mkdirSync(join(bundle, 'assets'));
    writeFileSync(join(bundle, 'index.html'), PAGE);
    writeFileSync(join(bundle, 'assets', 'index-abc123.js'), 'console.log(1);');
    app = await buildApp(t.services, { webRoot: bundle });
    unbuilt = await buildApp(t.services, { webRoot: join(bundle, 'missing') });
  });
  afterAll(async () => {
    await Promise.all([app.close(), unbuilt.close(), t.close()]);
    rmSync(bundle, { recursive: true, force: true });
  });

  it('serves the page at / and at any app path a browser opens, never cached', async () => {
    for (const url of ['/', '/orders', '/orders/SO-2026-000001/edit', '/quotas?month=2026-12']) {
      const response = await app.inject({ method: 'GET', url, headers: HTML });
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(PAGE);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the hashed bundle files for a year', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('never answers for the API, the API document, tracking and operations paths', async () => {
    for (const url of ['/api/v1/nothing', '/api', '/docs/nothing', '/track/x', '/metrics']) {
      const response = await app.inject({ method: 'GET', url, headers: HTML });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toMatch(/^application\/problem\+json/);
    }
    // The tracking page answers an unknown link with its own page for the buyer, never with the staff's app.
    const tracking = await app.inject({ method: 'GET', url: '/t/some-token', headers: HTML });
    expect(tracking.statusCode).toBe(404);
    expect(tracking.body).not.toMatch(/id="root"/);
    expect((await app.inject({ method: 'GET', url: '/healthz', headers: HTML })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/docs', headers: HTML })).body).toMatch(/OpenAPI/);
  });

  it('answers a request that does not want HTML, or is not a GET, with the API’s 404', async () => {
    const json = await app.inject({ method: 'GET', url: '/orders/abc', headers: { accept: 'application/json' } });
    expect(json.statusCode).toBe(404);
    expect(json.json()).toMatchObject({ code: 'not_found' });
    expect((await app.inject({ method: 'POST', url: '/orders', headers: HTML })).statusCode).toBe(404);
  });

  it('never serves a file outside the bundle', async () => {
    for (const url of ['/..%2fpackage.json', '/assets/..%2f..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json']) {
      const response = await app.inject({ method: 'GET', url, headers: HTML });
      expect(response.body, url).not.toMatch(/"name": "ordergate"/);
    }
  });

  it('says how to build the app when it is not built', async () => {
    const response = await unbuilt.inject({ method: 'GET', url: '/orders', headers: HTML });
    expect(response.statusCode).toBe(503);
    expect(response.body).toMatch(/npm run build/);
    expect((await unbuilt.inject({ method: 'GET', url: '/api/v1/catalog' })).statusCode).toBe(401);
  });

  it('finds the bundle in web/dist of the package by default', () => {
    expect(defaultWebRoot()).toBe(join(process.cwd(), 'web', 'dist'));
  });
});
