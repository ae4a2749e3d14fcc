import type { Language } from './translate.js';

/** Money, dates and numbers the way each language writes them. Money is whole cents (fen). */
export interface Formats {
  money(cents: number): string;
  dateTime(iso: string): string;
  /** A calendar date as written, or the local day of an instant. */
  date(text: string): string;
  percent(ratio: number): string;
  number(value: number): string;
}

const moneyFormats = new Map<Language, Intl.NumberFormat>();
const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function cached<T>(cache: Map<Language, T>, language: Language, make: () => T): T {
  let format = cache.get(language);
  if (format === undefined) {
    format = make();
    cache.set(language, format);
  }
  return format;
}

export function formatsFor(language: Language): Formats {
  const money = cached(
    moneyFormats,
    language,
    () => new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }),
  );
  const dateTime = cached(
    dateTimeFormats,
    language,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  return {
    money: (cents) => money.format(cents / 100),
    dateTime: (iso) => {
      const instant = new Date(iso);
      return Number.isNaN(instant.getTime()) ? iso : dateTime.format(instant);
    },
    date: (text) => {
      // A calendar date (`2027-01-15`) has no time zone: it is shown as written; an instant, as its local day.
      if (CALENDAR_DATE.test(text)) return text;
      const instant = new Date(text);
      if (Number.isNaN(instant.getTime())) return text;
      return cached(dateFormats, language, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium' })).format(
        instant,
      );
    },
    percent: (ratio) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(ratio),
    number: (value) => new Intl.NumberFormat(language).format(value),
  };
}
