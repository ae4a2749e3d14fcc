import type { OrderStatus } from '../order/order-status.js';
import type { Language } from '../order/order-types.js';

/** The steps a buyer sees on the tracking page, in the order a car goes through them. */
export const TRACKING_STAGE_KEYS = [
  'submitted',
  'verified',
  'scheduled',
  'in_production',
  'shipped',
  'delivered',
] as const;
export type TrackingStageKey = (typeof TRACKING_STAGE_KEYS)[number];

/** The buyers ordergate serves are in China: a page opened with no language preference is in Chinese. */
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** What the order's status means to a buyer, in words the buyer uses (not "manual_review"). */
export const STATUS_LABELS: Readonly<Record<Language, Readonly<Record<OrderStatus, string>>>> = {
  'zh-CN': {
    submitted: '已提交',
    verified: '厂家已确认',
    postponed: '等待零部件',
    manual_review: '厂家审核中',
    rejected: '未通过审核',
    scheduled: '已排产',
    in_production: '生产中',
    shipped: '运输中',
    delivered: '已交付',
    cancelled: '已取消',
  },
  en: {
    submitted: 'Submitted',
    verified: 'Confirmed',
    postponed: 'Waiting for parts',
    manual_review: 'Under review',
    rejected: 'Not accepted',
    scheduled: 'Scheduled for production',
    in_production: 'In production',
    shipped: 'On its way',
    delivered: 'Delivered',
    cancelled: 'Cancelled',
  },
};

/** The name of each step on the page's timeline. */
export const STAGE_LABELS: Readonly<Record<Language, Readonly<Record<TrackingStageKey, string>>>> = {
  'zh-CN': {
    submitted: '订单提交',
    verified: '厂家确认',
    scheduled: '排产',
    in_production: '生产',
    shipped: '发运',
    delivered: '交付',
  },
  en: {
    submitted: 'Order placed',
    verified: 'Confirmed by the automaker',
    scheduled: 'Scheduled',
    in_production: 'In production',
    shipped: 'Shipped',
    delivered: 'Delivered',
  },
};

export function statusLabel(status: OrderStatus, language: Language): string {
  return STATUS_LABELS[language][status];
}

export function stageLabel(stage: TrackingStageKey, language: Language): string {
  return STAGE_LABELS[language][stage];
}

/** Whether a status is itself one of the timeline's steps (the others are detours off it). */
export function isTrackingStageKey(value: string): value is TrackingStageKey {
  return (TRACKING_STAGE_KEYS as readonly string[]).includes(value);
}

/** A header is short; a bound keeps a hostile one from costing more than a glance. */
const MAX_ACCEPT_LANGUAGE_LENGTH = 1_024;
const MAX_LANGUAGE_RANGES = 32;
const LANGUAGE_RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/i;
/** RFC 9110 §12.4.2: at most three decimals, never above 1. */
const QUALITY = /^q=(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

interface LanguageRange {
  readonly tag: string;
  readonly quality: number;
}

/** `zh`, `zh-CN`, `zh-TW`, `zh_Hans` → zh-CN (the one Chinese we write); `en*` → en; anything else → null. */
export function languageOfTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return null;
}

/** The ranges of an Accept-Language header, best first (ties keep the header's order); malformed ones are dropped. */
export function parseAcceptLanguage(header: string): readonly LanguageRange[] {
  const ranges: LanguageRange[] = [];
  for (const entry of header.slice(0, MAX_ACCEPT_LANGUAGE_LENGTH).split(',').slice(0, MAX_LANGUAGE_RANGES)) {
    const [tag = '', ...parameters] = entry.split(';').map((part) => part.trim());
    if (!LANGUAGE_RANGE.test(tag)) continue;
    const qualityParameter = parameters.find((parameter) => /^q=/i.test(parameter));
    if (qualityParameter !== undefined && !QUALITY.test(qualityParameter)) continue;
    ranges.push({ tag, quality: qualityParameter === undefined ? 1 : Number(qualityParameter.slice(2)) });
  }
  return ranges.toSorted((a, b) => b.quality - a.quality);
}

/**
 * The language of the tracking page: a `?lang=` override wins when it names a language we write, then the
 * browser's Accept-Language by its q-values (`q=0` means "not this one", and `*` means any language not refused),
 * then Chinese.
 */
export function pickLanguage(acceptLanguage: string | undefined, override?: string): Language {
  const chosen = override === undefined ? null : languageOfTag(override);
  if (chosen !== null) return chosen;
  if (acceptLanguage === undefined) return DEFAULT_LANGUAGE;
  const ranges = parseAcceptLanguage(acceptLanguage);
  const refused = new Set(ranges.filter((range) => range.quality === 0).map((range) => languageOfTag(range.tag)));
  for (const range of ranges) {
    if (range.quality === 0) break;
    if (range.tag === '*') return refused.has(DEFAULT_LANGUAGE) && !refused.has('en') ? 'en' : DEFAULT_LANGUAGE;
    const language = languageOfTag(range.tag);
    if (language !== null) return language;
  }
  return DEFAULT_LANGUAGE;
}
