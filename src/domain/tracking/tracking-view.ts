import { maskName } from '../identity/mask.js';
import { maskPhone } from '../identity/mobile-phone.js';
import { DEFAULT_DISPLAY_TIME_ZONE } from '../notification/display-dates.js';
import type { Dealer } from '../dealer/dealer-types.js';
import type { OrderStatus } from '../order/order-status.js';
import type { Language, Order } from '../order/order-types.js';
import { statusLabel } from './tracking-labels.js';
import { trackingNotice, type TrackingNotice } from './tracking-notice.js';
import { trackingStages, type TrackingEvent, type TrackingStage } from './tracking-stages.js';

/** Everything the page shows about one order, from the facts the use case loads. */
export interface TrackingInput {
  readonly order: Order;
  readonly dealer: Dealer;
  readonly modelName: string;
  readonly trimName: string;
  /** The order's history; status-change events date the steps. */
  readonly events: readonly TrackingEvent[];
  /** Option code → name, so the page can say "Aurora Blue metallic" instead of `PAINT-BLUE`. */
  readonly optionNames?: Readonly<Record<string, string>>;
  /** Part code → name, for the notice of an order waiting for parts. */
  readonly partNames?: Readonly<Record<string, string>>;
  /** The region's zone, for dates in the notice's sentences; Asia/Shanghai by default. */
  readonly timeZone?: string;
}

/**
 * The public, masked view of an order behind its QR code. Whoever holds the link sees it, so it carries the
 * customer's name and phone only masked, and never the ID number, the price paid or the verification's internals.
 */
export interface TrackingView {
  readonly orderNo: string;
  readonly language: Language;
  readonly status: OrderStatus;
  readonly statusLabel: string;
  /** `张*`, `J*** S****` */
  readonly customerName: string;
  /** `138****5678` */
  readonly customerPhone: string;
  readonly vehicle: {
    readonly model: string;
    readonly modelName: string;
    readonly trim: string;
    readonly trimName: string;
    /** Option codes, as the order has them. */
    readonly options: readonly string[];
    /** The same options by name, in the same order (a code when no name is known). */
    readonly optionNames: readonly string[];
  };
  readonly dealer: { readonly name: string; readonly phone: string; readonly city: string };
  readonly vin: string | null;
  /** Estimated delivery, `YYYY-MM-DD`. */
  readonly eta: string | null;
  readonly stages: readonly TrackingStage[];
  readonly notice: TrackingNotice | null;
}

/**
 * The customer's name masked for strangers' eyes. `maskName` keeps the first letter of each word, so a name of
 * one-letter words (`J S`) would come out unchanged: such a name keeps only its first character.
 */
export function maskCustomerName(name: string): string {
  const masked = maskName(name);
  const characters = Array.from(name.replace(/\s/gu, ''));
  const hidesNothing = !masked.includes('*') || masked.includes(name.trim());
  if (characters.length <= 1 || !hidesNothing) return masked;
  return `${characters[0] ?? ''}${'*'.repeat(characters.length - 1)}`;
}

function nameOf(names: Readonly<Record<string, string>> | undefined, code: string): string {
  return names !== undefined && Object.hasOwn(names, code) ? (names[code] ?? code) : code;
}

/** The tracking page's view of an order in one language. Pure: the caller loads the order, dealer and events. */
export function trackingView(input: TrackingInput, language: Language): TrackingView {
  const { order, dealer } = input;
  const context = { partNames: input.partNames ?? {}, timeZone: input.timeZone ?? DEFAULT_DISPLAY_TIME_ZONE };
  return {
    orderNo: order.orderNo,
    language,
    status: order.status,
    statusLabel: statusLabel(order.status, language),
    customerName: maskCustomerName(order.customer.name),
    customerPhone: maskPhone(order.customer.phone),
    vehicle: {
      model: order.vehicle.model,
      modelName: input.modelName,
      trim: order.vehicle.trim,
      trimName: input.trimName,
      options: [...order.vehicle.options],
      optionNames: order.vehicle.options.map((code) => nameOf(input.optionNames, code)),
    },
    dealer: { name: dealer.name, phone: dealer.phone, city: dealer.city },
    vin: order.vin,
    eta: order.eta,
    stages: trackingStages(order.status, input.events, language, { hasVin: order.vin !== null }),
    notice: trackingNotice(order, language, context),
  };
}
