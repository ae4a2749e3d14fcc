import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { ApplicationError } from '../../../application/application-error.js';
import { findTrackedOrder, tokenStillOpens, trackingSnapshot } from '../../../application/queries/tracking-queries.js';
import type { Services } from '../../../application/services.js';
import type { Language } from '../../../domain/order/order-types.js';
import { pickLanguage } from '../../../domain/tracking/tracking-labels.js';
import { OrderEventStream, type OrderEventSource } from '../order-event-stream.js';
import { defineRoute, PUBLIC, type RouteDefinition } from '../route-definition.js';
import { trackingNotFoundPage, trackingPage, trackingPagePolicy } from '../tracking-page.js';

/** Lookups a minute one address may make on each tracking route: a buyer refreshes, nobody walks the token space. */
export const TRACKING_LOOKUPS_PER_MINUTE = 60;
/** Longer than any Last-Event-ID this server hands out. */
const MAX_EVENT_ID_DIGITS = 15;

const tokenParams = z.strictObject({ token: z.string().max(200) });
const languageQuery = z.object({ lang: z.string().max(35).optional() });
const streamQuery = z.object({ lastEventId: z.string().max(40).optional() });

/** A tracking link is a bearer secret: nothing behind it is cached, indexed or handed on in a Referer. */
function privateHeaders(reply: FastifyReply, language: Language): void {
  reply
    .header('cache-control', 'private, no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-robots-tag', 'noindex, nofollow')
    .header('content-language', language)
    .header('vary', 'accept-language');
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApplicationError && error.code === 'not_found';
}

/** The seq a reconnecting reader last saw: the Last-Event-ID header (sent by EventSource), else the query. */
function lastEventIdOf(header: string | string[] | undefined, query: string | undefined): number {
  const value = (Array.isArray(header) ? header[0] : header) ?? query;
  if (value === undefined || value.trim() === '') return 0;
  if (!new RegExp(`^\\d{1,${MAX_EVENT_ID_DIGITS}}$`).test(value.trim())) {
    throw new ApplicationError('validation_failed', 'Last-Event-ID must be an event number.', [
      { path: 'headers.last-event-id', code: 'invalid_type', message: 'Last-Event-ID must be an event number.' },
    ]);
  }
  return Number(value.trim());
}

function jsonRoute(services: Services, url: string): RouteDefinition {
  return defineRoute({
    method: 'GET',
    url,
    access: PUBLIC,
    summary: "The buyer's masked view of an order, by the token of its tracking link (zh-CN or en)",
    tags: ['tracking'],
    params: tokenParams,
    query: languageQuery,
    ignoresUnknownQuery: true,
    rateLimitPerMinute: TRACKING_LOOKUPS_PER_MINUTE,
    handler: async ({ params, query, request, reply }) => {
      const language = pickLanguage(request.headers['accept-language'], query.lang);
      privateHeaders(reply, language);
      const snapshot = await trackingSnapshot(services, params.token, language);
      return { ...snapshot.view, lastEventSeq: snapshot.lastEventSeq };
    },
  });
}

function streamRoute(services: Services, url: string): RouteDefinition {
  return defineRoute({
    method: 'GET',
    url,
    access: PUBLIC,
    summary: "Server-Sent Events of the order's changes (id = event seq; reconnect with Last-Event-ID)",
    tags: ['tracking'],
    params: tokenParams,
    query: streamQuery,
    ignoresUnknownQuery: true,
    rateLimitPerMinute: TRACKING_LOOKUPS_PER_MINUTE,
    handler: async ({ params, query, request, reply }) => {
      const order = await findTrackedOrder(services.runner.read, services.hasher, params.token);
      const afterSeq = lastEventIdOf(request.headers['last-event-id'], query.lastEventId);
      const source: OrderEventSource = {
        eventsAfter: async (seq) => {
          const unit = services.runner.read;
          if (!(await tokenStillOpens(unit, services.hasher, params.token, order.id))) return null;
          return (await unit.orders.events(order.id)).filter((event) => event.seq > seq);
        },
        subscribe: (changed) =>
          services.changes.subscribe((change) => {
            if (change.orderId === order.id) changed();
          }),
      };
      let stream: OrderEventStream | null = null;
      const slot = request.server.liveStreams.tryOpen(order.id, () => stream?.close());
      if (slot === null) {
        reply.header('retry-after', '30');
        throw new ApplicationError('too_many_streams', 'Too many live views of this order are open; try again later.');
      }
      reply.hijack();
      stream = new OrderEventStream(reply.raw, source, afterSeq, () => slot.release());
      stream.start();
    },
  });
}

function pageRoute(services: Services): RouteDefinition {
  return defineRoute({
    method: 'GET',
    url: '/t/:token',
    access: PUBLIC,
    summary: "The buyer's tracking page (HTML, zh-CN or en, live updates; works without JavaScript)",
    tags: ['tracking'],
    params: tokenParams,
    query: languageQuery,
    ignoresUnknownQuery: true,
    servesPage: true,
    rateLimitPerMinute: TRACKING_LOOKUPS_PER_MINUTE,
    handler: async ({ params, query, request, reply }) => {
      const language = pickLanguage(request.headers['accept-language'], query.lang);
      const nonce = randomBytes(16).toString('base64');
      privateHeaders(reply, language);
      reply.header('content-security-policy', trackingPagePolicy(nonce)).type('text/html; charset=utf-8');
      try {
        const snapshot = await trackingSnapshot(services, params.token, language);
        return trackingPage({ ...snapshot, token: params.token, nonce });
      } catch (error) {
        if (!isNotFound(error)) throw error;
        await reply.code(404).send(trackingNotFoundPage(language, nonce));
        return reply;
      }
    },
  });
}

/** The buyer's side, reached by the token in the QR code: the page, its JSON and its live events. */
export function trackingRoutes(services: Services): RouteDefinition[] {
  return [
    pageRoute(services),
    jsonRoute(services, '/track/:token'),
    jsonRoute(services, '/api/v1/track/:token'),
    streamRoute(services, '/track/:token/events'),
    streamRoute(services, '/api/v1/track/:token/events'),
  ];
}
