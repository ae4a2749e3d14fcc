import { EN, type MessageKey } from './messages-en.js';
import { ZH } from './messages-zh.js';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];
export type MessageParams = Readonly<Record<string, string | number>>;

const DICTIONARIES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { 'zh-CN': ZH, en: EN };

/** The text of `key` in `language` with each `{name}` replaced; an unknown name is left as written. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = DICTIONARIES[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Whether `key` is one of the app's texts: codes from the server are looked up with it before being shown. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(EN, key);
}

/** The browser's preferred language if it is Chinese, else English. */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const language of languages) {
    if (language.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (language.toLowerCase().startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
