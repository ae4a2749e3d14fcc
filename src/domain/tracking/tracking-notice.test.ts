import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../order/order-status.js';
import type { Language } from '../order/order-types.js';
import type { CheckOutcome, Decision } from '../verification/verification-types.js';
import { checkLine, testOrder, verificationOf } from './test-order.js';
import { trackingNotice, type NoticeContext } from './tracking-notice.js';

const CONTEXT: NoticeContext = {
  partNames: { 'GLASS-PANO': 'Panoramic glass roof', 'RIM-21': '21-inch forged rims' },
  timeZone: 'Asia/Shanghai',
};
const ZH_CONTEXT: NoticeContext = { ...CONTEXT, partNames: { 'GLASS-PANO': '全景天幕玻璃' } };

/** The verdict that leaves an order in a status off the main line. */
const DECISION_OF: Partial<Record<OrderStatus, Decision>> = {
  postponed: 'postponed',
  manual_review: 'manual_review',
  rejected: 'rejected',
};

function noticeFor(status: OrderStatus, lines: readonly CheckOutcome[], language: Language, context = CONTEXT) {
  const verification = verificationOf(DECISION_OF[status] ?? 'verified', lines);
  return trackingNotice(testOrder({ status, verification }), language, context);
}

const shortPart = (part: string, expectedAt: string | null): CheckOutcome =>
  checkLine({ check: 'materials', result: 'hold', code: 'part_short', details: { part, expectedAt } });
const review = (code: string): CheckOutcome => checkLine({ check: 'special', result: 'review', code });
const fail = (check: CheckOutcome['check'], code: string): CheckOutcome => checkLine({ check, result: 'fail', code });

describe('trackingNotice for an order on course', () => {
  it.each<OrderStatus>(['submitted', 'verified', 'scheduled', 'in_production', 'shipped', 'delivered'])(
    'has no notice for a %s order',
    (status) => {
      expect(trackingNotice(testOrder({ status }), 'en', CONTEXT)).toBeNull();
    },
  );
});

describe('trackingNotice for a postponed order', () => {
  it.each([
    {
      language: 'en',
      text: 'Your order is waiting for a part in short supply: Panoramic glass roof (expected on 15 Mar 2026). It will be confirmed automatically once the part arrives.',
      context: CONTEXT,
    },
    {
      language: 'zh-CN',
      text: '您的订单正在等待紧缺零部件：全景天幕玻璃（预计2026年3月15日到货）。到货后将自动为您确认订单。',
      context: ZH_CONTEXT,
    },
  ] as const)('names the part and its supply date in $language', ({ language, text, context }) => {
    const notice = noticeFor('postponed', [shortPart('GLASS-PANO', '2026-03-14T16:00:00.000Z')], language, context);
    expect(notice).toEqual({ kind: 'postponed', text });
  });

  it('lists every short part, saying when a supply date is not known yet', () => {
    const lines = [shortPart('GLASS-PANO', '2026-03-15'), shortPart('RIM-21', null)];
    expect(noticeFor('postponed', lines, 'en')?.text).toContain(
      'Panoramic glass roof (expected on 15 Mar 2026), 21-inch forged rims (supply date not known yet)',
    );
    expect(noticeFor('postponed', lines, 'zh-CN', ZH_CONTEXT)?.text).toContain('RIM-21（到货时间待定）');
  });

  it('names a part without a known name by its code rather than leave it out', () => {
    expect(noticeFor('postponed', [shortPart('LIDAR-UNIT', null)], 'en')?.text).toContain('LIDAR-UNIT');
  });

  it('does not take a property of the prototype for a part name', () => {
    expect(noticeFor('postponed', [shortPart('toString', null)], 'en')?.text).toContain('toString (supply');
  });

  it('counts the parts past the first four instead of listing them all', () => {
    const lines = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].map((part) => shortPart(part, null));
    expect(noticeFor('postponed', lines, 'en')?.text).toContain('P4 (supply date not known yet) and 2 more');
    expect(noticeFor('postponed', lines, 'zh-CN')?.text).toContain('等6种');
  });

  it.each([
    { case: 'no verification', lines: null },
    { case: 'details missing', lines: [checkLine({ check: 'materials', result: 'hold', code: 'part_short' })] },
  ])('still explains the wait in general words with $case', ({ lines }) => {
    const order = testOrder({ status: 'postponed', verification: lines && verificationOf('postponed', lines) });
    expect(trackingNotice(order, 'en', CONTEXT)?.text).toBe(
      'Your order is waiting for a part in short supply. It will be confirmed automatically once the part arrives.',
    );
  });

  it('shows a date that is not a date as unknown rather than as text', () => {
    expect(noticeFor('postponed', [shortPart('GLASS-PANO', 'soon-ish')], 'en')?.text).toContain(
      'supply date not known yet',
    );
  });
});

describe('trackingNotice for an order in manual review', () => {
  it.each([
    { code: 'special_option', en: '(special configuration)', zh: '（特殊配置）' },
    { code: 'dealer_flagged', en: '(a special request from your dealer)', zh: '（经销商提交的特殊需求）' },
    { code: 'company_buyer', en: '(company purchase)', zh: '（企业购车）' },
    {
      code: 'duplicate_active_order',
      en: '(another open order for the same model)',
      zh: '（同一车型已有进行中的订单）',
    },
  ])('explains the review for $code in plain words', ({ code, en, zh }) => {
    expect(noticeFor('manual_review', [review(code)], 'en')).toEqual({
      kind: 'review',
      text: `The automaker is reviewing your order ${en}. Your dealer will let you know the outcome.`,
    });
    expect(noticeFor('manual_review', [review(code)], 'zh-CN')?.text).toBe(
      `厂家正在审核您的订单${zh}，审核结果将由经销商告知您。`,
    );
  });

  it('gives every reason once, and never a code or the dealer’s own words', () => {
    const flagged = checkLine({
      check: 'special',
      result: 'review',
      code: 'dealer_flagged',
      message: 'The dealer flagged the order: buyer is 张三丰, VIP',
    });
    const lines = [review('special_option'), review('special_option'), review('company_buyer'), flagged];
    const text = noticeFor('manual_review', lines, 'en')?.text ?? '';
    expect(text).toContain('(special configuration, company purchase, a special request from your dealer)');
    expect(text).not.toMatch(/_|张三丰|VIP/u);
  });

  it('leaves out reasons it has no words for', () => {
    expect(noticeFor('manual_review', [review('new_reason_code')], 'en')?.text).toBe(
      'The automaker is reviewing your order. Your dealer will let you know the outcome.',
    );
  });
});

describe('trackingNotice for a rejected order', () => {
  it.each(
    [
      {
        lines: [fail('quota', 'quota_exhausted')],
        en: "This month's allocation is full; your dealer will offer another month.",
        zh: '本月该车型的配额已满，经销商将为您安排其他月份。',
      },
      {
        lines: [fail('quota', 'quota_not_allocated')],
        en: 'There is no allocation for this model in your region this month; your dealer will offer another month or region.',
        zh: '本月您所在地区暂无该车型的配额，经销商将为您安排其他月份或地区。',
      },
      {
        lines: [fail('completeness', 'phone_invalid'), fail('completeness', 'deposit_below_minimum')],
        en: 'Some order details need correcting by your dealer (mobile number, deposit).',
        zh: '部分订单信息需要经销商更正（手机号码、订金信息）。',
      },
      {
        lines: [fail('completeness', 'id_number_checksum'), fail('completeness', 'customer_name_missing')],
        en: 'Some order details need correcting by your dealer (name, ID document).',
        zh: '部分订单信息需要经销商更正（姓名、证件信息）。',
      },
      {
        lines: [fail('completeness', 'dealer_not_franchised')],
        en: "Some order details need correcting by your dealer (dealer's authorisation).",
        zh: '部分订单信息需要经销商更正（经销商销售授权）。',
      },
      {
        lines: [fail('completeness', 'something_new')],
        en: 'Some order details need correcting by your dealer.',
        zh: '部分订单信息需要经销商更正。',
      },
      {
        lines: [fail('buildability', 'option_excludes')],
        en: 'The chosen options cannot be built together as they are; your dealer will help you adjust them.',
        zh: '所选配置暂无法生产，经销商将协助您调整。',
      },
      {
        lines: [fail('buildability', 'option_not_in_production')],
        en: 'Part of the chosen configuration is no longer built; your dealer will help you choose again.',
        zh: '所选配置中有内容已停产，经销商将协助您重新选择。',
      },
      {
        case: 'a rejection with no failed check (a reviewer said no)',
        lines: [],
        en: 'The automaker has not accepted the order; your dealer will explain the next steps.',
        zh: '厂家暂未接受该订单，经销商将与您联系说明后续安排。',
      },
    ].map((row) => ({ ...row, case: 'case' in row ? row.case : row.lines.map((line) => line.code).join(' and ') })),
  )('summarises $case in plain words', ({ lines, en, zh }) => {
    expect(noticeFor('rejected', lines, 'en')).toEqual({ kind: 'rejected', text: en });
    expect(noticeFor('rejected', lines, 'zh-CN')).toEqual({ kind: 'rejected', text: zh });
  });

  it('gives one sentence per failed check, in the order a dealer fixes them', () => {
    const lines = [
      fail('quota', 'quota_exhausted'),
      fail('completeness', 'phone_invalid'),
      fail('completeness', 'passport_number_invalid'),
    ];
    expect(noticeFor('rejected', lines, 'en')?.text).toBe(
      "Some order details need correcting by your dealer (mobile number, ID document). This month's allocation is full; your dealer will offer another month.",
    );
  });

  it('says nothing about checks that passed or only held the order', () => {
    const lines = [
      checkLine({ check: 'completeness' }),
      fail('quota', 'quota_exhausted'),
      shortPart('GLASS-PANO', '2026-03-15'),
      review('special_option'),
    ];
    expect(noticeFor('rejected', lines, 'en')?.text).toBe(
      "This month's allocation is full; your dealer will offer another month.",
    );
  });
});

describe('trackingNotice for a cancelled order', () => {
  it.each([
    { language: 'en', text: 'This order has been cancelled. Please contact your dealer with any questions.' },
    { language: 'zh-CN', text: '该订单已取消，如有疑问请联系经销商。' },
  ] as const)('says so in $language', ({ language, text }) => {
    expect(trackingNotice(testOrder({ status: 'cancelled' }), language, CONTEXT)).toEqual({ kind: 'cancelled', text });
  });
});
