/** Longer than any deposit or price typed by hand; a bound keeps pasted text out of the pattern. */
const MAXIMUM_AMOUNT_LENGTH = 20;
/** Yuan with an optional thousands separator and at most two decimals (fen): `5000`, `5,000.5`, `¥5000.50`. */
const YUAN_PATTERN = /^¥?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** Whole cents of an amount typed in yuan, or null when it is not one. */
export function parseYuan(text: string): number | null {
  const typed = text.trim();
  if (typed === '' || typed.length > MAXIMUM_AMOUNT_LENGTH) return null;
  const match = YUAN_PATTERN.exec(typed);
  if (match === null) return null;
  const yuan = Number((match[1] ?? '').replaceAll(',', ''));
  const fen = Number((match[2] ?? '').padEnd(2, '0'));
  const cents = yuan * 100 + fen;
  return Number.isSafeInteger(cents) ? cents : null;
}

/** `500000` → `5000`, `500050` → `5000.50`: cents as a dealer would type them back. */
export function centsToYuanText(cents: number): string {
  const yuan = Math.floor(cents / 100);
  const fen = cents % 100;
  return fen === 0 ? String(yuan) : `${yuan}.${String(fen).padStart(2, '0')}`;
}
