import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '../order/order-status.js';
import type { Language } from '../order/order-types.js';
import {
  STAGE_LABELS,
  STATUS_LABELS,
  TRACKING_STAGE_KEYS,
  languageOfTag,
  parseAcceptLanguage,
  pickLanguage,
  stageLabel,
  statusLabel,
} from './tracking-labels.js';

const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

describe('status and stage labels', () => {
  it.each(LANGUAGES)('name every status in %s, each differently', (language) => {
    const labels = ORDER_STATUSES.map((status) => statusLabel(status, language));
    expect(labels.every((label) => label.trim() !== '')).toBe(true);
    expect(new Set(labels).size).toBe(ORDER_STATUSES.length);
  });

  it.each(LANGUAGES)('name every stage in %s, each differently', (language) => {
    const labels = TRACKING_STAGE_KEYS.map((stage) => stageLabel(stage, language));
    expect(labels.every((label) => label.trim() !== '')).toBe(true);
    expect(new Set(labels).size).toBe(TRACKING_STAGE_KEYS.length);
  });

  it('write Chinese labels in Chinese and English ones without Chinese characters', () => {
    const chinese = /\p{Script=Han}/u;
    for (const label of [...Object.values(STATUS_LABELS['zh-CN']), ...Object.values(STAGE_LABELS['zh-CN'])]) {
      expect(label).toMatch(chinese);
    }
    for (const label of [...Object.values(STATUS_LABELS.en), ...Object.values(STAGE_LABELS.en)]) {
      expect(label).not.toMatch(chinese);
    }
  });

  it('never show an internal status name to the buyer', () => {
    for (const language of LANGUAGES) {
      expect(Object.values(STATUS_LABELS[language]).join(' ')).not.toMatch(/_/);
    }
  });

  it('put the stages in the order a car goes through them', () => {
    expect(TRACKING_STAGE_KEYS).toEqual([
      'submitted',
      'verified',
      'scheduled',
      'in_production',
      'shipped',
      'delivered',
    ]);
  });
});

describe('languageOfTag', () => {
  it.each([
    { tag: 'zh', language: 'zh-CN' },
    { tag: 'zh-CN', language: 'zh-CN' },
    { tag: 'ZH-cn', language: 'zh-CN' },
    { tag: 'zh-Hans-CN', language: 'zh-CN' },
    { tag: 'zh_TW', language: 'zh-CN' },
    { tag: 'en', language: 'en' },
    { tag: 'en-GB', language: 'en' },
    { tag: ' EN ', language: 'en' },
    { tag: 'fr', language: null },
    { tag: 'zhx', language: null },
    { tag: '', language: null },
    { tag: '*', language: null },
  ])('reads "$tag" as $language', ({ tag, language }) => {
    expect(languageOfTag(tag)).toBe(language);
  });
});

describe('parseAcceptLanguage', () => {
  it('orders the ranges by q-value, keeping the header order among equals', () => {
    expect(parseAcceptLanguage('fr;q=0.5, en-US, de;q=0.9, en;q=0.5')).toEqual([
      { tag: 'en-US', quality: 1 },
      { tag: 'de', quality: 0.9 },
      { tag: 'fr', quality: 0.5 },
      { tag: 'en', quality: 0.5 },
    ]);
  });

  it.each(['en;q=2', 'en;q=-1', 'en;q=0.5555', 'en;q=abc', 'e n', 'en;q=1.5', '12'])(
    'drops the malformed range "%s"',
    (header) => {
      expect(parseAcceptLanguage(header)).toEqual([]);
    },
  );

  it('ignores parameters other than q', () => {
    expect(parseAcceptLanguage('en;level=1;q=0.4')).toEqual([{ tag: 'en', quality: 0.4 }]);
  });

  it('reads no more of a huge header than a real one could hold', () => {
    const huge = `${Array.from({ length: 5_000 }, () => 'fr').join(',')},en`;
    expect(parseAcceptLanguage(huge).length).toBeLessThanOrEqual(32);
    expect(pickLanguage(huge)).toBe('zh-CN');
  });
});

describe('pickLanguage', () => {
  it.each([
    { header: undefined, override: undefined, language: 'zh-CN', why: 'Chinese when nothing is said' },
    { header: '', override: undefined, language: 'zh-CN', why: 'Chinese for an empty header' },
    { header: 'en-US,en;q=0.9', override: undefined, language: 'en', why: 'the browser language' },
    { header: 'zh-CN,zh;q=0.9,en;q=0.8', override: undefined, language: 'zh-CN', why: 'the first of several' },
    { header: 'en;q=0.8, zh;q=0.9', override: undefined, language: 'zh-CN', why: 'the higher q-value' },
    { header: 'fr-FR, en;q=0.5', override: undefined, language: 'en', why: 'the best language we write' },
    { header: 'fr, de', override: undefined, language: 'zh-CN', why: 'Chinese when none is ours' },
    { header: 'zh;q=0, en;q=0.1', override: undefined, language: 'en', why: 'never a refused language' },
    { header: 'zh;q=0, *', override: undefined, language: 'en', why: 'a wildcard that refuses Chinese' },
    { header: 'fr, *;q=0.5', override: undefined, language: 'zh-CN', why: 'Chinese for a plain wildcard' },
    { header: 'en;q=0', override: undefined, language: 'zh-CN', why: 'Chinese when only English is refused' },
    { header: 'en;q=abc, zh', override: undefined, language: 'zh-CN', why: 'a malformed range skipped' },
    { header: 'zh-CN', override: 'en', language: 'en', why: 'the query override over the header' },
    { header: 'en', override: 'zh', language: 'zh-CN', why: 'a short override' },
    { header: 'en', override: 'EN-gb', language: 'en', why: 'an override in any case' },
    { header: 'en', override: 'fr', language: 'en', why: 'the header when the override is not ours' },
    { header: 'en', override: '', language: 'en', why: 'the header when the override is empty' },
    { header: undefined, override: 'ja', language: 'zh-CN', why: 'Chinese when neither helps' },
  ])('picks $language: $why', ({ header, override, language }) => {
    expect(pickLanguage(header, override)).toBe(language);
  });
});
