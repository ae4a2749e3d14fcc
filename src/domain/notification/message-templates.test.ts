import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../order/order-types.js';
import { InvariantError } from '../shared/assert.js';
import { CUSTOMER_MESSAGE_TEMPLATES } from './customer-messages.js';
import {
  CUSTOMER_MESSAGE_TEMPLATE_NAMES,
  MAX_CUSTOMER_MESSAGE_LENGTH,
  MAX_TRACKING_URL_LENGTH,
  isCustomerMessageTemplate,
  renderCustomerMessage,
  type CustomerMessageData,
} from './message-templates.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('message-templates.test.ts');

const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];
const TRACKING_URL = 'https://track.aurora.cn/t/q7Xk2mP9vLr4Wn8Zt3Yb';

/** Everything any template may use, as a typical order has it. */
const FULL_DATA: CustomerMessageData = {
  orderNo: 'SO-2026-000123',
  modelName: 'Aurora E7',
  customerName: '张*',
  dealerName: 'Aurora上海浦东店',
  vin: 'LA9E7SB12T0000123',
  eta: '2026-04-20',
  expectedAt: '2026-03-14T16:00:00.000Z',
  trackingUrl: TRACKING_URL,
  at: '2026-03-15T06:30:00.000Z',
  place: '上海浦东新区张江路88号',
};

const length = (text: string): number => Array.from(text).length;

describe('renderCustomerMessage', () => {
  const everyCase = CUSTOMER_MESSAGE_TEMPLATE_NAMES.flatMap((template) =>
    LANGUAGES.map((language) => ({ template, language })),
  );

  it.each(everyCase)(
    'writes $template in $language, signed, addressed and about the order',
    ({ template, language }) => {
      const text = renderCustomerMessage(template, language, FULL_DATA);
      expect(text.startsWith('【Aurora】')).toBe(true);
      expect(text).toContain('张*');
      expect(text).toContain('Aurora E7');
      if (template !== 'test_drive_reminder') expect(text).toContain('SO-2026-000123');
    },
  );

  it.each(CUSTOMER_MESSAGE_TEMPLATE_NAMES)(
    'keeps the Chinese %s within 140 characters, tracking link included',
    (template) => {
      expect(length(renderCustomerMessage(template, 'zh-CN', FULL_DATA))).toBeLessThanOrEqual(140);
    },
  );

  it.each(CUSTOMER_MESSAGE_TEMPLATE_NAMES)(
    'keeps the English %s within 230 characters, tracking link included',
    (template) => {
      expect(length(renderCustomerMessage(template, 'en', FULL_DATA))).toBeLessThanOrEqual(230);
    },
  );

  it.each(LANGUAGES)('writes Chinese and English texts that differ (%s is in its own language)', (language) => {
    const text = renderCustomerMessage('order_verified', language, FULL_DATA);
    expect(/[\u4e00-\u9fff]{4}/u.test(text.replace(/【.*?】/u, '').replace(FULL_DATA.dealerName, ''))).toBe(
      language === 'zh-CN',
    );
  });

  it.each([
    { language: 'zh-CN', eta: '2026年4月20日' },
    { language: 'en', eta: '20 Apr 2026' },
  ] as const)('gives the VIN and the delivery estimate in the scheduled message ($language)', ({ language, eta }) => {
    const text = renderCustomerMessage('order_scheduled', language, FULL_DATA);
    expect(text).toContain('LA9E7SB12T0000123');
    expect(text).toContain(eta);
  });

  it.each([
    { language: 'zh-CN', date: '2026年3月15日' },
    { language: 'en', date: '15 Mar 2026' },
  ] as const)(
    'gives the expected supply date, in Shanghai time, when an order is postponed ($language)',
    ({ language, date }) => {
      expect(renderCustomerMessage('order_postponed', language, FULL_DATA)).toContain(date);
    },
  );

  it.each(LANGUAGES)('tells a postponed buyer the part is short even when no supply date is known (%s)', (language) => {
    const text = renderCustomerMessage('order_postponed', language, { ...FULL_DATA, expectedAt: null });
    expect(text).toMatch(language === 'zh-CN' ? /紧缺/u : /short supply/u);
    expect(text).not.toMatch(/预计|due/u);
    expect(text).toMatch(language === 'zh-CN' ? /到货后自动确认/u : /confirmed once it arrives/u);
  });

  it.each([
    { language: 'zh-CN', when: '2026年3月15日 14:30' },
    { language: 'en', when: '15 Mar 2026, 14:30' },
  ] as const)('reminds of a test drive with its local time and place ($language)', ({ language, when }) => {
    const text = renderCustomerMessage('test_drive_reminder', language, FULL_DATA);
    expect(text).toContain(when);
    expect(text).toContain(FULL_DATA.place);
  });

  it.each(LANGUAGES)('adds the tracking link only when there is one (%s)', (language) => {
    expect(renderCustomerMessage('order_verified', language, FULL_DATA)).toContain(TRACKING_URL);
    expect(renderCustomerMessage('order_verified', language, { ...FULL_DATA, trackingUrl: null })).not.toMatch(
      /https?:/u,
    );
  });

  it.each([
    { language: 'zh-CN', greeting: '尊敬的客户' },
    { language: 'en', greeting: 'Dear customer' },
  ] as const)('greets a buyer whose name is unknown as "$greeting"', ({ language, greeting }) => {
    expect(renderCustomerMessage('order_verified', language, { ...FULL_DATA, customerName: '' })).toContain(greeting);
  });

  it('signs with the brand it is given', () => {
    expect(renderCustomerMessage('order_delivered', 'zh-CN', { ...FULL_DATA, brand: '极光' })).toMatch(
      /^【极光】.*选择极光/u,
    );
  });

  it('has a text for every status that queues a customer message', () => {
    for (const template of Object.values(CUSTOMER_MESSAGE_TEMPLATES)) {
      expect(isCustomerMessageTemplate(template)).toBe(true);
    }
  });

  it.each(['order_cancelled', 'order_verified ', '', 'toString', '__proto__'])(
    'throws for the unknown template "%s", a bug upstream',
    (template) => {
      expect(() => renderCustomerMessage(template, 'zh-CN', FULL_DATA)).toThrow(InvariantError);
    },
  );

  it.each([
    { template: 'order_scheduled', missing: { vin: null } },
    { template: 'order_scheduled', missing: { eta: undefined } },
    { template: 'order_verified', missing: { orderNo: '  ' } },
    { template: 'order_shipped', missing: { dealerName: '' } },
    { template: 'test_drive_reminder', missing: { at: null } },
    { template: 'test_drive_reminder', missing: { place: '' } },
  ])('throws when $template lacks $missing, rather than send a broken message', ({ template, missing }) => {
    expect(() => renderCustomerMessage(template, 'en', { ...FULL_DATA, ...missing })).toThrow(InvariantError);
  });

  it.each([
    { template: 'order_scheduled', wrong: { eta: 'soon' } },
    { template: 'order_postponed', wrong: { expectedAt: '15/03/2026' } },
    { template: 'test_drive_reminder', wrong: { at: '2026-03-15' } },
    { template: 'order_verified', wrong: { trackingUrl: `https://track.aurora.cn/t/${'x'.repeat(200)}` } },
  ])('throws when $template gets $wrong, which no caller should send', ({ template, wrong }) => {
    expect(() => renderCustomerMessage(template, 'zh-CN', { ...FULL_DATA, ...wrong })).toThrow(InvariantError);
  });

  it('leaves out an optional delivery estimate from the shipped message when there is none', () => {
    expect(renderCustomerMessage('order_shipped', 'en', { ...FULL_DATA, eta: null })).not.toContain('expected');
  });

  it('never carries an ID number, even when the caller passes the whole customer along', () => {
    const customer = { name: '张三', phone: '13812345678', idNumber: '11010519491231002X' };
    const data = { ...FULL_DATA, ...customer, customerName: '张*' };
    for (const template of CUSTOMER_MESSAGE_TEMPLATE_NAMES) {
      for (const language of LANGUAGES) {
        const text = renderCustomerMessage(template, language, data);
        expect(text).not.toContain(customer.idNumber);
        expect(text).not.toContain(customer.phone);
      }
    }
  });

  it('keeps every message, with the longest values, within a sane length and on one line', () => {
    // Long values matter most here, so half of them are drawn at full size.
    const anyText = fc
      .oneof(
        fc.string({ unit: 'grapheme', minLength: 1 }),
        fc.string({ unit: 'grapheme', minLength: 150, maxLength: 300, size: 'max' }),
      )
      .filter((text) => text.trim() !== '');
    fc.assert(
      fc.property(
        fc.constantFrom(...CUSTOMER_MESSAGE_TEMPLATE_NAMES),
        fc.constantFrom(...LANGUAGES),
        fc.record({
          orderNo: anyText,
          modelName: anyText,
          customerName: anyText,
          dealerName: anyText,
          vin: anyText,
          place: anyText,
        }),
        (template, language, texts) => {
          const trackingUrl = `https://track.aurora.cn/t/${'x'.repeat(MAX_TRACKING_URL_LENGTH - 26)}`;
          const text = renderCustomerMessage(template, language, { ...FULL_DATA, ...texts, trackingUrl });
          expect(length(text)).toBeLessThanOrEqual(MAX_CUSTOMER_MESSAGE_LENGTH);
          expect(text).not.toMatch(/[\n\r]/u);
        },
      ),
      { seed },
    );
  });
});
