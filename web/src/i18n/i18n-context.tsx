import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatsFor, type Formats } from './formats.js';
import type { MessageKey } from './messages-en.js';
import { LANGUAGES, preferredLanguage, translate, type Language, type MessageParams } from './translate.js';

const LANGUAGE_KEY = 'ordergate.language';

export interface I18n extends Formats {
  readonly language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  if (stored !== null && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  return preferredLanguage(navigator.languages ?? [navigator.language]);
}

/** The chosen language (remembered in this browser) and the texts and formats in it. */
export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(LANGUAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      ...formatsFor(language),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n needs an I18nProvider above it');
  return i18n;
}
