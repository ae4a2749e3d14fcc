import QRCode from 'qrcode';
import type { Actor } from '../../../application/actor.js';
import { ApplicationError } from '../../../application/application-error.js';
import { reissueTrackingLink, revokeTrackingLink } from '../../../application/commands/tracking-link-commands.js';
import { findVisibleOrder } from '../../../application/queries/order-queries.js';
import type { Services } from '../../../application/services.js';
import { trackingUrlOf } from '../../../application/tracking/tracking-links.js';
import { defineRoute, ROLES, SIGNED_IN, type RouteDefinition } from '../route-definition.js';
import { orderIdParams } from '../schemas/order-schemas.js';

const DEALER_ROLES = ['dealer_sales', 'dealer_manager', 'integration'] as const;
/** Medium error correction survives a creased printout or a glare on a screen, at a size a phone reads at arm's length. */
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;
/** Pixels per module of the PNG: about 300 px for a tracking URL, sharp on paper. */
const QR_PNG_SCALE = 8;

/** The tracking URL of an order the actor may see; 409 when its link was revoked. */
async function visibleTrackingUrl(services: Services, actor: Actor, id: string) {
  const order = await findVisibleOrder(services.runner.read, actor, id);
  const url = trackingUrlOf(services, order);
  if (url === null) {
    throw new ApplicationError('no_tracking_link', 'The order has no tracking link; issue one first.');
  }
  return { order, url };
}

export function trackingLinkRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/orders/:id/qr.svg',
      access: SIGNED_IN,
      summary: "The order's tracking QR code as SVG",
      tags: ['tracking'],
      params: orderIdParams,
      handler: async ({ params, actor, reply }) => {
        const { url } = await visibleTrackingUrl(services, actor, params.id);
        reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'private, no-store');
        return QRCode.toString(url, { ...QR_OPTIONS, type: 'svg' });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/orders/:id/qr.png',
      access: SIGNED_IN,
      summary: "The order's tracking QR code as PNG",
      tags: ['tracking'],
      params: orderIdParams,
      handler: async ({ params, actor, reply }) => {
        const { order, url } = await visibleTrackingUrl(services, actor, params.id);
        reply
          .type('image/png')
          .header('cache-control', 'private, no-store')
          .header('content-disposition', `inline; filename="${order.orderNo}-tracking.png"`);
        return QRCode.toBuffer(url, { ...QR_OPTIONS, type: 'png', scale: QR_PNG_SCALE });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/orders/:id/tracking-link',
      access: ROLES(...DEALER_ROLES),
      summary: 'Issue the order a new tracking link; the old link and QR code stop working',
      tags: ['tracking'],
      params: orderIdParams,
      handler: async ({ params, actor, reply }) => {
        const order = await reissueTrackingLink(services, actor, params.id);
        reply.header('cache-control', 'private, no-store');
        return { trackingUrl: trackingUrlOf(services, order) };
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/orders/:id/tracking-link',
      access: ROLES(...DEALER_ROLES),
      summary: "Revoke the order's tracking link without issuing another",
      tags: ['tracking'],
      params: orderIdParams,
      successStatus: 204,
      handler: async ({ params, actor }) => {
        await revokeTrackingLink(services, actor, params.id);
      },
    }),
  ];
}
