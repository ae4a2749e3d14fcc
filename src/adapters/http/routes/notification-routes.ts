import { z } from 'zod';
import { ApplicationError } from '../../../application/application-error.js';
import { findWebhook, registerWebhook, removeWebhook } from '../../../application/commands/webhook-commands.js';
import type { OutboxMessage } from '../../../application/ports/repositories.js';
import { visibleOrderNotifications } from '../../../application/queries/notification-queries.js';
import type { Services } from '../../../application/services.js';
import { maskPhone } from '../../../domain/identity/mobile-phone.js';
import { violation } from '../../../domain/shared/violation.js';
import { mayBePublicHost } from '../../notify/public-address.js';
import { defineRoute, ROLES, SIGNED_IN, type RouteDefinition } from '../route-definition.js';
import { orderIdParams } from '../schemas/order-schemas.js';

const MAX_WEBHOOK_URL_LENGTH = 2_000;

const webhookBody = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, error: 'A webhook URL is an http:// or https:// address.' })
    .max(MAX_WEBHOOK_URL_LENGTH)
    .refine((url) => {
      // The URL check above does not stop this one running on a string that is no URL.
      const parsed = URL.canParse(url) ? new URL(url) : null;
      return parsed === null || (parsed.username === '' && parsed.password === '');
    }, 'Put no credentials in the URL; each call is signed with the secret instead.'),
  /** Signs each call; one is made and shown once when none is given. */
  secret: z.string().min(16).max(200).optional(),
});

/** Where a message went, as far as a list may say: a phone masked, a webhook by its host alone. */
function maskedRecipient(message: OutboxMessage): string {
  if (message.channel === 'sms') return maskPhone(message.recipient);
  try {
    return new URL(message.recipient).host;
  } catch {
    return '';
  }
}

function presentNotification(message: OutboxMessage) {
  return {
    channel: message.channel,
    to: maskedRecipient(message),
    template: message.template,
    status: message.status,
    attempts: message.attempts,
    sentAt: message.sentAt,
    lastError: message.lastError,
    nextAttemptAt: message.status === 'queued' ? message.nextAttemptAt : null,
    createdAt: message.createdAt,
  };
}

export function notificationRoutes(services: Services): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/orders/:id/notifications',
      access: SIGNED_IN,
      summary: "The order's text messages and webhook calls with their delivery status, recipients masked",
      tags: ['notifications'],
      params: orderIdParams,
      handler: async ({ params, actor }) => {
        const messages = await visibleOrderNotifications(services.runner.read, actor, params.id);
        return { items: messages.map(presentNotification), nextCursor: null };
      },
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/webhooks',
      access: ROLES('dealer_manager'),
      summary: "Register the dealer's webhook: its DMS gets every status change of the dealer's orders, signed",
      tags: ['notifications'],
      body: webhookBody,
      handler: async ({ body, actor, reply }) => {
        if (services.policies.webhookHosts === 'public' && !mayBePublicHost(new URL(body.url).hostname)) {
          const message = 'A webhook must point at a public host, not at this server or an internal network.';
          throw new ApplicationError('webhook_host_not_public', message, [
            violation('webhook_host_not_public', message, 'url'),
          ]);
        }
        const webhook = await registerWebhook(services, actor, body);
        reply.header('cache-control', 'no-store');
        return {
          url: webhook.url,
          secret: webhook.secret,
          createdAt: webhook.createdAt,
          updatedAt: webhook.updatedAt,
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/webhooks',
      access: ROLES('dealer_manager'),
      summary: "The dealer's webhook (without its secret)",
      tags: ['notifications'],
      handler: async ({ actor }) => {
        const webhook = await findWebhook(services, actor);
        return {
          url: webhook.url,
          createdAt: webhook.createdAt,
          updatedAt: webhook.updatedAt,
          updatedBy: webhook.updatedBy,
        };
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/webhooks',
      access: ROLES('dealer_manager'),
      summary: "Remove the dealer's webhook",
      tags: ['notifications'],
      successStatus: 204,
      handler: async ({ actor }) => {
        await removeWebhook(services, actor);
      },
    }),
  ];
}
