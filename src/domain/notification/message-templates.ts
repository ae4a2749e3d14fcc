import type { Language } from '../order/order-types.js';
import { InvariantError } from '../shared/assert.js';
import { DEFAULT_DISPLAY_TIME_ZONE, formatDisplayDate, formatDisplayDateTime } from './display-dates.js';

/** Every text message a buyer can get: the order milestones of SPEC §4 and the test-drive reminder. */
export const CUSTOMER_MESSAGE_TEMPLATE_NAMES = [
  'order_verified',
  'order_postponed',
  'order_scheduled',
  'order_shipped',
  'order_delivered',
  'test_drive_reminder',
] as const;
export type CustomerMessageTemplate = (typeof CUSTOMER_MESSAGE_TEMPLATE_NAMES)[number];

/**
 * What a message may mention. There is deliberately no field for an ID number or a full phone number: a text
 * message can be read on a lock screen, so what it cannot be given it cannot leak.
 */
export interface CustomerMessageData {
  /** Required by every `order_*` template. */
  readonly orderNo?: string;
  readonly modelName: string;
  /** Already masked (`张*`) or a family name; empty greets the buyer as "customer". */
  readonly customerName: string;
  readonly dealerName: string;
  /** Required by `order_scheduled`. */
  readonly vin?: string | null;
  /** `YYYY-MM-DD` or an instant; required by `order_scheduled`, optional for `order_shipped`. */
  readonly eta?: string | null;
  /** The next supply of the short part, for `order_postponed`; unknown when absent. */
  readonly expectedAt?: string | null;
  readonly trackingUrl?: string | null;
  /** The test drive's instant (ISO 8601 with an offset), for `test_drive_reminder`. */
  readonly at?: string | null;
  /** Where the test drive starts, for `test_drive_reminder`. */
  readonly place?: string | null;
  /** The sender's signature; carriers in China require one, in 【】, on every message. */
  readonly brand?: string;
  /** The zone dates and times are shown in. */
  readonly timeZone?: string;
}

export const DEFAULT_MESSAGE_BRAND = 'Aurora';
/**
 * The longest any template gets with every value at its limit and the longest tracking link (about five segments of
 * a Chinese SMS); a typical Chinese message fits in 140. Anything longer is a bug in a template.
 */
export const MAX_CUSTOMER_MESSAGE_LENGTH = 360;
/** A tracking link is a host and a short token; a longer one would push the message past its limit. */
export const MAX_TRACKING_URL_LENGTH = 120;

/** Longest a value may be inside a message, in characters; longer ones are cut with an ellipsis. */
const FIELD_LIMITS = { brand: 12, name: 12, orderNo: 24, model: 24, dealer: 24, place: 30, vin: 17 } as const;

/** Every field a template needs, cleaned and formatted for one language. */
interface MessageFields {
  readonly brand: string;
  readonly name: string;
  readonly orderNo: string;
  readonly model: string;
  readonly dealer: string;
  readonly vin: string;
  readonly eta: string | null;
  readonly expectedAt: string | null;
  readonly at: string;
  readonly place: string;
  readonly trackingUrl: string | null;
}

type Renderer = (fields: MessageFields) => string;

/** Whether a string (from the outbox, say) names a template there is a text for. */
export function isCustomerMessageTemplate(value: string): value is CustomerMessageTemplate {
  return (CUSTOMER_MESSAGE_TEMPLATE_NAMES as readonly string[]).includes(value);
}

/** One line of text at most `limit` characters (code points, so a rare Han character is never cut in half). */
function clean(value: string | null | undefined, limit: number): string {
  const characters = Array.from((value ?? '').replace(/\s+/gu, ' ').trim());
  if (characters.length <= limit) return characters.join('');
  return `${characters.slice(0, limit - 1).join('')}…`;
}

function required(template: CustomerMessageTemplate, field: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === '') {
    throw new InvariantError(`message ${template} needs ${field}`);
  }
  return value;
}

function dateOrFail(template: CustomerMessageTemplate, field: string, formatted: string | null): string {
  if (formatted === null) throw new InvariantError(`message ${template}: ${field} is not a date`);
  return formatted;
}

/** An optional date, formatted; a value that is present but no date is a bug upstream, not something to hide. */
function optionalDate(
  template: CustomerMessageTemplate,
  field: string,
  value: string | null | undefined,
  language: Language,
  timeZone: string,
): string | null {
  if (value === null || value === undefined || value === '') return null;
  return dateOrFail(template, field, formatDisplayDate(value, language, timeZone));
}

function trackingUrlOf(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const url = value.trim();
  if (url.length > MAX_TRACKING_URL_LENGTH || /\s/u.test(url)) {
    throw new InvariantError(`a tracking URL has at most ${MAX_TRACKING_URL_LENGTH} characters and no spaces`);
  }
  return url;
}

/** Checks that the template has what it needs and shapes every value the way a text message shows it. */
function prepareFields(
  template: CustomerMessageTemplate,
  language: Language,
  data: CustomerMessageData,
): MessageFields {
  const timeZone = data.timeZone ?? DEFAULT_DISPLAY_TIME_ZONE;
  const isTestDrive = template === 'test_drive_reminder';
  const isScheduled = template === 'order_scheduled';
  const orderNo = isTestDrive ? data.orderNo : required(template, 'orderNo', data.orderNo);
  const at = isTestDrive ? required(template, 'at', data.at) : null;
  const eta = isScheduled ? required(template, 'eta', data.eta) : data.eta;
  return {
    brand: clean(data.brand ?? DEFAULT_MESSAGE_BRAND, FIELD_LIMITS.brand),
    name: clean(data.customerName, FIELD_LIMITS.name),
    orderNo: clean(orderNo, FIELD_LIMITS.orderNo),
    model: clean(required(template, 'modelName', data.modelName), FIELD_LIMITS.model),
    dealer: clean(required(template, 'dealerName', data.dealerName), FIELD_LIMITS.dealer),
    vin: clean(isScheduled ? required(template, 'vin', data.vin) : data.vin, FIELD_LIMITS.vin),
    eta: optionalDate(template, 'eta', eta, language, timeZone),
    expectedAt: optionalDate(template, 'expectedAt', data.expectedAt, language, timeZone),
    at: at === null ? '' : dateOrFail(template, 'at', formatDisplayDateTime(at, language, timeZone)),
    place: clean(isTestDrive ? required(template, 'place', data.place) : data.place, FIELD_LIMITS.place),
    trackingUrl: trackingUrlOf(data.trackingUrl),
  };
}

// Carriers in China require the 【signature】 on every message, English ones included, so both languages open with it.
const zhGreeting = (fields: MessageFields): string => `【${fields.brand}】尊敬的${fields.name}客户，`;
const enGreeting = (fields: MessageFields): string =>
  `【${fields.brand}】Dear ${fields.name === '' ? 'customer' : fields.name}, `;
const zhTrack = (fields: MessageFields): string => (fields.trackingUrl ? `查看进度：${fields.trackingUrl}` : '');
const enTrack = (fields: MessageFields): string => (fields.trackingUrl ? ` Track it: ${fields.trackingUrl}` : '');

const ZH_TEXTS: Record<CustomerMessageTemplate, Renderer> = {
  order_verified: (f) =>
    `${zhGreeting(f)}您的${f.model}订单${f.orderNo}已通过厂家审核，配置与价格已锁定。${zhTrack(f)}`,
  order_postponed: (f) =>
    `${zhGreeting(f)}您的${f.model}订单${f.orderNo}所需部件紧缺` +
    `${f.expectedAt ? `，预计${f.expectedAt}到货` : ''}，到货后自动确认订单。详询${f.dealer}。${zhTrack(f)}`,
  order_scheduled: (f) =>
    `${zhGreeting(f)}您的${f.model}（订单${f.orderNo}）已排产，车架号${f.vin}，预计${f.eta ?? ''}交付。${zhTrack(f)}`,
  order_shipped: (f) =>
    `${zhGreeting(f)}您的${f.model}（订单${f.orderNo}）已出厂，正发往${f.dealer}` +
    `${f.eta ? `，预计${f.eta}到店` : ''}。${zhTrack(f)}`,
  order_delivered: (f) =>
    `${zhGreeting(f)}您的${f.model}（订单${f.orderNo}）已交付。感谢您选择${f.brand}，祝您用车愉快！售后服务请联系${f.dealer}。`,
  test_drive_reminder: (f) => `${zhGreeting(f)}提醒您于${f.at}在${f.place}试驾${f.model}，如需改期请联系${f.dealer}。`,
};

const EN_TEXTS: Record<CustomerMessageTemplate, Renderer> = {
  order_verified: (f) =>
    `${enGreeting(f)}your ${f.model} order ${f.orderNo} is confirmed by the automaker; ` +
    `its configuration and price are now locked.${enTrack(f)}`,
  order_postponed: (f) =>
    `${enGreeting(f)}your ${f.model} order ${f.orderNo} waits for a part in short supply` +
    `${f.expectedAt ? ` (due ${f.expectedAt})` : ''} and will be confirmed once it arrives. ` +
    `Questions: ${f.dealer}.${enTrack(f)}`,
  order_scheduled: (f) =>
    `${enGreeting(f)}your ${f.model} (order ${f.orderNo}) is scheduled for production. ` +
    `VIN ${f.vin}, estimated delivery ${f.eta ?? ''}.${enTrack(f)}`,
  order_shipped: (f) =>
    `${enGreeting(f)}your ${f.model} (order ${f.orderNo}) has left the plant for ${f.dealer}` +
    `${f.eta ? `, expected on ${f.eta}` : ''}.${enTrack(f)}`,
  order_delivered: (f) =>
    `${enGreeting(f)}your ${f.model} (order ${f.orderNo}) has been delivered. Thank you for choosing ${f.brand}; ` +
    `enjoy the drive! For service, contact ${f.dealer}.`,
  test_drive_reminder: (f) =>
    `${enGreeting(f)}a reminder of your ${f.model} test drive on ${f.at} at ${f.place}. ` +
    `To change it, please contact ${f.dealer}.`,
};

/**
 * The text of a customer's message in the customer's language. An unknown template, or data a template needs and
 * lacks (a scheduled order without its VIN), is a bug upstream and throws rather than sending a broken message.
 */
export function renderCustomerMessage(template: string, language: Language, data: CustomerMessageData): string {
  if (!isCustomerMessageTemplate(template)) throw new InvariantError(`unknown message template ${template}`);
  const texts = language === 'zh-CN' ? ZH_TEXTS : EN_TEXTS;
  const text = texts[template](prepareFields(template, language, data));
  if (Array.from(text).length > MAX_CUSTOMER_MESSAGE_LENGTH) {
    throw new InvariantError(`message ${template} is longer than ${MAX_CUSTOMER_MESSAGE_LENGTH} characters`);
  }
  return text;
}
