import { describe, expect, it } from 'vitest';
import { EN } from './messages-en.js';
import { ZH } from './messages-zh.js';
import { preferredLanguage, translate } from './translate.js';

describe('the two languages of the app', () => {
  it('fills in the named values', () => {
    expect(translate('en', 'order.title', { orderNo: 'SO-1' })).toBe('Order SO-1');
    expect(translate('zh-CN', 'order.title', { orderNo: 'SO-1' })).toBe('订单 SO-1');
  });

  it('uses the same named values in both languages for every text', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      expect(names(ZH[key]), key).toEqual(names(EN[key]));
    }
  });

  it("starts in the browser's language when it is Chinese or English, else in Chinese", () => {
    expect(preferredLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(preferredLanguage(['zh-TW'])).toBe('zh-CN');
    expect(preferredLanguage(['fr-FR'])).toBe('zh-CN');
  });
});
