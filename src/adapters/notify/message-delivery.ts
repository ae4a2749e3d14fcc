import type { ClaimedMessage } from '../../application/ports/outbox-queue.js';
import type { StoredOrder } from '../../application/ports/repositories.js';
import type { Services } from '../../application/services.js';
import { trackingUrlOf } from '../../application/tracking/tracking-links.js';
import { findModel } from '../../domain/catalog/catalog-lookup.js';
import { MAX_TRACKING_URL_LENGTH, renderCustomerMessage } from '../../domain/notification/message-templates.js';
import type { Language } from '../../domain/order/order-types.js';
import { InvariantError } from '../../domain/shared/assert.js';
import { maskCustomerName } from '../../domain/tracking/tracking-view.js';
import { DELIVERY_TIMEOUT_MS, postSignedJson, type DeliveryAttempt } from './signed-post.js';
import type { SmsGateway, SmsMessage } from './sms-gateways.js';

/** Sends one claimed outbox message by its channel. */
export type DeliverMessage = (message: ClaimedMessage) => Promise<DeliveryAttempt>;

export interface MessageDeliveryOptions {
  readonly services: Services;
  readonly sms: SmsGateway;
  /** For the calls to dealers' webhooks. */
  readonly timeoutMs?: number;
}

const undeliverable = (detail: string): DeliveryAttempt => ({ response: 'undeliverable', detail });

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The earliest expected supply among the parts that hold the order, for the "waiting for parts" message. */
function expectedSupplyOf(order: StoredOrder): string | null {
  const dates = (order.verification?.checks ?? [])
    .filter((line) => line.result === 'hold')
    .flatMap((line) => {
      const expectedAt = textOf(line.details?.expectedAt);
      return expectedAt === null ? [] : [expectedAt];
    })
    .sort();
  return dates[0] ?? null;
}

/**
 * The text of a buyer's message, composed when it is sent: the order's current tracking link and the names of the
 * moment (model, dealer), with the VIN and estimate the change had. The name is masked: a text shows on a lock screen.
 */
async function composeSms(services: Services, message: ClaimedMessage): Promise<SmsMessage | DeliveryAttempt> {
  const order = message.orderId === null ? null : await services.runner.read.orders.findById(message.orderId);
  if (order === null) return undeliverable('the order no longer exists');
  const [catalog, dealer, region] = await Promise.all([
    services.reference.catalog(),
    services.reference.dealer(order.dealerCode),
    services.reference.region(order.region),
  ]);
  const language: Language = message.language === 'en' ? 'en' : 'zh-CN';
  const trackingUrl = trackingUrlOf(services, order);
  const text = renderCustomerMessage(message.template, language, {
    orderNo: order.orderNo,
    modelName: findModel(catalog, order.vehicle.model)?.name ?? order.vehicle.model,
    customerName: maskCustomerName(order.customer.name),
    dealerName: dealer?.name ?? order.dealerCode,
    vin: textOf(message.payload.vin) ?? order.vin,
    eta: textOf(message.payload.eta) ?? order.eta,
    expectedAt: expectedSupplyOf(order),
    // A deployment with a very long public origin sends its texts without the link rather than not at all.
    trackingUrl: trackingUrl !== null && trackingUrl.length <= MAX_TRACKING_URL_LENGTH ? trackingUrl : null,
    brand: catalog.brand.name,
    ...(region ? { timeZone: region.timeZone } : {}),
  });
  return { dedupKey: message.dedupKey, to: message.recipient, template: message.template, language, text };
}

async function deliverSms(services: Services, sms: SmsGateway, message: ClaimedMessage): Promise<DeliveryAttempt> {
  try {
    const composed = await composeSms(services, message);
    return 'response' in composed ? composed : await sms.send(composed);
  } catch (error) {
    // A template that cannot be filled (a scheduled order without its VIN) would fail the same way every time.
    if (error instanceof InvariantError) return undeliverable(`the message cannot be written: ${error.message}`);
    throw error;
  }
}

/** The dealer's webhook as registered when the call is made, signed with the dealer's current secret. */
async function deliverWebhook(services: Services, message: ClaimedMessage, timeoutMs: number) {
  const dealerCode = textOf(message.payload.dealerCode);
  const webhook = dealerCode === null ? null : await services.runner.read.webhooks.find(dealerCode);
  if (webhook === null) return undeliverable('the dealer has no webhook any more');
  return postSignedJson({
    url: webhook.url,
    body: { ...message.payload, dedupKey: message.dedupKey },
    secret: webhook.secret,
    dedupKey: message.dedupKey,
    timeoutMs,
    publicHostsOnly: services.policies.webhookHosts === 'public',
  });
}

/** Composes and sends each message by its channel: text messages through the gateway, webhooks to the dealer's DMS. */
export function messageDelivery(options: MessageDeliveryOptions): DeliverMessage {
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  return async (message) => {
    switch (message.channel) {
      case 'sms':
        return deliverSms(options.services, options.sms, message);
      case 'webhook':
        return deliverWebhook(options.services, message, timeoutMs);
      default:
        return undeliverable(`no channel ${String(message.channel)}`);
    }
  };
}
