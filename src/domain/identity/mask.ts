/**
 * Masks for personal data shown where a stranger may read it (the tracking page, notification lists): enough is
 * left for the owner to recognise it, too little for anyone else to use it.
 */

const MASK = '*';
const HAN_CHARACTER = /\p{Script=Han}/u;
const WHITESPACE = /\s+/u;
/** Below this length, the kept 3 + 4 characters would be most of the number. */
const SHORTEST_PARTLY_MASKED_ID = 8;

/** Keeps the first character of `text` and masks the rest, counting characters, not UTF-16 units (𠮷 is one). */
function keepFirstCharacter(text: string): string {
  const characters = Array.from(text);
  return characters.length === 0 ? '' : `${characters[0]}${MASK.repeat(characters.length - 1)}`;
}

/**
 * `张三` → `张*`, `欧阳娜娜` → `欧***`, `John Smith` → `J*** S****`. A Chinese name (any Han character) keeps its
 * first character only, and spaces typed into it are dropped so they give away nothing; other names keep the first
 * letter of each word, so the reader still sees how many words there are.
 */
export function maskName(name: string): string {
  const trimmed = name.trim();
  if (HAN_CHARACTER.test(trimmed)) return keepFirstCharacter(trimmed.replace(/\s/gu, ''));
  if (trimmed === '') return '';
  return trimmed.split(WHITESPACE).map(keepFirstCharacter).join(' ');
}

/** `110***********002X`: the first 3 and last 4 characters kept, all of it masked when shorter than 8. */
export function maskIdNumber(idNumber: string): string {
  const characters = Array.from(idNumber);
  if (characters.length < SHORTEST_PARTLY_MASKED_ID) return MASK.repeat(characters.length);
  const hiddenCount = characters.length - 7;
  return `${characters.slice(0, 3).join('')}${MASK.repeat(hiddenCount)}${characters.slice(-4).join('')}`;
}
