import type { Actor } from '../actor.js';
import { ApplicationError, notFound } from '../application-error.js';
import type { DealerWebhook } from '../ports/tracking-and-webhook-repositories.js';
import type { Services } from '../services.js';

export interface WebhookRegistration {
  readonly url: string;
  /** The dealer's own signing secret; one is made when none is given. */
  readonly secret?: string;
}

/** The dealer whose webhook an actor manages: its own, and only a dealer's account has one. */
function dealerOf(actor: Actor): string {
  if (actor.dealerCode === null) throw new ApplicationError('forbidden', 'Only a dealer has a webhook.');
  return actor.dealerCode;
}

/**
 * Registers (or replaces) the dealer's webhook. From the next status change on (within a second in other processes),
 * its DMS is called for every status change of the dealer's orders; calls already queued go to the URL registered
 * when they are sent.
 */
export async function registerWebhook(
  services: Services,
  actor: Actor,
  registration: WebhookRegistration,
): Promise<DealerWebhook> {
  const dealerCode = dealerOf(actor);
  const at = services.clock.now().toISOString();
  const secret = registration.secret ?? services.ids.secret();
  const registered = await services.runner.run(async (unit) => {
    const existing = await unit.webhooks.find(dealerCode);
    const webhook: DealerWebhook = {
      dealerCode,
      url: registration.url,
      secret,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      updatedBy: actor.username,
    };
    await unit.webhooks.upsert(webhook);
    return webhook;
  });
  services.webhooks.forget(dealerCode);
  return registered;
}

export async function findWebhook(services: Services, actor: Actor): Promise<DealerWebhook> {
  const webhook = await services.runner.read.webhooks.find(dealerOf(actor));
  if (webhook === null) throw notFound('A webhook of this dealer');
  return webhook;
}

/** Removes the dealer's webhook; calls still queued for it are given up as failed when their turn comes. */
export async function removeWebhook(services: Services, actor: Actor): Promise<void> {
  const dealerCode = dealerOf(actor);
  const removed = await services.runner.run((unit) => unit.webhooks.remove(dealerCode));
  services.webhooks.forget(dealerCode);
  if (!removed) throw notFound('A webhook of this dealer');
}
