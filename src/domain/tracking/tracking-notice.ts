import { formatDisplayDate } from '../notification/display-dates.js';
import type { Language, Order } from '../order/order-types.js';
import type { CheckOutcome } from '../verification/verification-types.js';

/** Why an order is off the main line, in plain words for the buyer; never an internal code or personal data. */
export interface TrackingNotice {
  readonly kind: 'postponed' | 'review' | 'rejected' | 'cancelled';
  readonly text: string;
}

/** What the page knows beyond the order: the parts' names and the zone dates are shown in. */
export interface NoticeContext {
  /** Part code → the part's name for buyers; a part missing here is named by its code. */
  readonly partNames: Readonly<Record<string, string>>;
  readonly timeZone: string;
}

/** A configuration short of more parts than this lists the first ones and counts the rest. */
const MAX_LISTED_PARTS = 4;

type Words = Readonly<Record<Language, string>>;

/** The verdict's lines that are not passes, with a given result. */
function linesWith(order: Order, result: CheckOutcome['result']): readonly CheckOutcome[] {
  return (order.verification?.checks ?? []).filter((line) => line.result === result);
}

function textDetail(line: CheckOutcome, key: string): string | null {
  const value = line.details?.[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

function shortPartPhrase(line: CheckOutcome, language: Language, context: NoticeContext): string | null {
  const code = textDetail(line, 'part');
  if (code === null) return null;
  const name = Object.hasOwn(context.partNames, code) ? (context.partNames[code] ?? code) : code;
  const expectedAt = textDetail(line, 'expectedAt');
  const date = expectedAt === null ? null : formatDisplayDate(expectedAt, language, context.timeZone);
  if (language === 'zh-CN') return `${name}（${date === null ? '到货时间待定' : `预计${date}到货`}）`;
  return `${name} (${date === null ? 'supply date not known yet' : `expected on ${date}`})`;
}

function postponedText(order: Order, language: Language, context: NoticeContext): string {
  const phrases = linesWith(order, 'hold')
    .filter((line) => line.code === 'part_short')
    .map((line) => shortPartPhrase(line, language, context))
    .filter((phrase): phrase is string => phrase !== null);
  const unique = [...new Set(phrases)];
  const listed = unique.slice(0, MAX_LISTED_PARTS);
  const more = unique.length - listed.length;
  if (language === 'zh-CN') {
    const parts = listed.length === 0 ? '' : `：${listed.join('、')}${more > 0 ? `等${unique.length}种` : ''}`;
    return `您的订单正在等待紧缺零部件${parts}。到货后将自动为您确认订单。`;
  }
  const parts = listed.length === 0 ? '' : `: ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  return `Your order is waiting for a part in short supply${parts}. It will be confirmed automatically once the part arrives.`;
}

/** Why a person looks at the order, by the special check's codes; a dealer's own words stay out (they may be private). */
const REVIEW_REASONS: Readonly<Record<string, Words>> = {
  special_option: { 'zh-CN': '特殊配置', en: 'special configuration' },
  dealer_flagged: { 'zh-CN': '经销商提交的特殊需求', en: 'a special request from your dealer' },
  company_buyer: { 'zh-CN': '企业购车', en: 'company purchase' },
  duplicate_active_order: { 'zh-CN': '同一车型已有进行中的订单', en: 'another open order for the same model' },
};

/** The words a table has for a code, or none: a code from outside must not reach `toString` on the prototype. */
function wordsFor(table: Readonly<Record<string, Words>>, code: string, language: Language): string[] {
  const words = Object.hasOwn(table, code) ? table[code] : undefined;
  return words === undefined ? [] : [words[language]];
}

function reviewText(order: Order, language: Language): string {
  const reasons = [
    ...new Set(linesWith(order, 'review').flatMap((line) => wordsFor(REVIEW_REASONS, line.code, language))),
  ];
  if (language === 'zh-CN') {
    const why = reasons.length === 0 ? '' : `（${reasons.join('、')}）`;
    return `厂家正在审核您的订单${why}，审核结果将由经销商告知您。`;
  }
  const why = reasons.length === 0 ? '' : ` (${reasons.join(', ')})`;
  return `The automaker is reviewing your order${why}. Your dealer will let you know the outcome.`;
}

/** Which part of the order a completeness code is about, in the buyer's words, so the buyer knows what to bring. */
const COMPLETENESS_AREAS: readonly { readonly matches: RegExp; readonly words: Words }[] = [
  { matches: /^customer_name_/, words: { 'zh-CN': '姓名', en: 'name' } },
  { matches: /^phone_/, words: { 'zh-CN': '手机号码', en: 'mobile number' } },
  { matches: /^(?:id_number_|passport_|credit_code_)/, words: { 'zh-CN': '证件信息', en: 'ID document' } },
  { matches: /^deposit_/, words: { 'zh-CN': '订金信息', en: 'deposit' } },
  { matches: /^dealer_not_franchised$/, words: { 'zh-CN': '经销商销售授权', en: "dealer's authorisation" } },
];

/** Codes that say part of the configuration is no longer built, as opposed to options that do not fit together. */
const NOT_IN_PRODUCTION = /_not_in_production$/;

function completenessSentence(lines: readonly CheckOutcome[], language: Language): string {
  const areas = COMPLETENESS_AREAS.filter((area) => lines.some((line) => area.matches.test(line.code))).map(
    (area) => area.words[language],
  );
  if (language === 'zh-CN') {
    return `部分订单信息需要经销商更正${areas.length === 0 ? '' : `（${areas.join('、')}）`}。`;
  }
  return `Some order details need correcting by your dealer${areas.length === 0 ? '' : ` (${areas.join(', ')})`}.`;
}

function buildabilitySentence(lines: readonly CheckOutcome[], language: Language): string {
  const discontinued = lines.some((line) => NOT_IN_PRODUCTION.test(line.code));
  if (language === 'zh-CN') {
    return discontinued
      ? '所选配置中有内容已停产，经销商将协助您重新选择。'
      : '所选配置暂无法生产，经销商将协助您调整。';
  }
  return discontinued
    ? 'Part of the chosen configuration is no longer built; your dealer will help you choose again.'
    : 'The chosen options cannot be built together as they are; your dealer will help you adjust them.';
}

function quotaSentence(lines: readonly CheckOutcome[], language: Language): string {
  const notAllocated = lines.some((line) => line.code === 'quota_not_allocated');
  if (language === 'zh-CN') {
    return notAllocated
      ? '本月您所在地区暂无该车型的配额，经销商将为您安排其他月份或地区。'
      : '本月该车型的配额已满，经销商将为您安排其他月份。';
  }
  return notAllocated
    ? 'There is no allocation for this model in your region this month; your dealer will offer another month or region.'
    : "This month's allocation is full; your dealer will offer another month.";
}

const GENERIC_REJECTION: Words = {
  'zh-CN': '厂家暂未接受该订单，经销商将与您联系说明后续安排。',
  en: 'The automaker has not accepted the order; your dealer will explain the next steps.',
};

/** One plain sentence per failed check, in the order a dealer would fix them; a reviewer's "no" gets the generic one. */
function rejectedText(order: Order, language: Language): string {
  const failed = linesWith(order, 'fail');
  const of = (check: CheckOutcome['check']) => failed.filter((line) => line.check === check);
  const sentences = [
    ...(of('completeness').length > 0 ? [completenessSentence(of('completeness'), language)] : []),
    ...(of('buildability').length > 0 ? [buildabilitySentence(of('buildability'), language)] : []),
    ...(of('quota').length > 0 ? [quotaSentence(of('quota'), language)] : []),
  ];
  if (sentences.length === 0) return GENERIC_REJECTION[language];
  return sentences.join(language === 'zh-CN' ? '' : ' ');
}

const CANCELLED: Words = {
  'zh-CN': '该订单已取消，如有疑问请联系经销商。',
  en: 'This order has been cancelled. Please contact your dealer with any questions.',
};

/** The notice for an order off the main line (waiting, in review, rejected, cancelled); null when on course. */
export function trackingNotice(order: Order, language: Language, context: NoticeContext): TrackingNotice | null {
  switch (order.status) {
    case 'postponed':
      return { kind: 'postponed', text: postponedText(order, language, context) };
    case 'manual_review':
      return { kind: 'review', text: reviewText(order, language) };
    case 'rejected':
      return { kind: 'rejected', text: rejectedText(order, language) };
    case 'cancelled':
      return { kind: 'cancelled', text: CANCELLED[language] };
    default:
      return null;
  }
}
