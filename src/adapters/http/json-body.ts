/** The deepest nesting of arrays and objects a body may have; the API's own bodies stay under 5. */
export const MAX_JSON_DEPTH = 32;

/** Keys that could reach an object's prototype when a body is merged into another object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class UnsafeJsonError extends Error {
  override readonly name = 'UnsafeJsonError';
}

/** True when `text` nests arrays or objects deeper than `limit` (strings are skipped, escapes respected). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === 0x5c) index++;
      else if (character === 0x22) inString = false;
    } else if (character === 0x22) inString = true;
    else if (character === 0x7b || character === 0x5b) {
      if (++depth > limit) return true;
    } else if (character === 0x7d || character === 0x5d) depth--;
  }
  return false;
}

/**
 * Parses a request body: `undefined` for an empty one, `SyntaxError` for malformed JSON, `UnsafeJsonError` for a
 * body nested too deep or naming `__proto__`, `constructor` or `prototype` (no schema has such a field).
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new UnsafeJsonError(`The body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  }
  return JSON.parse(text, (key, value: unknown) => {
    if (FORBIDDEN_KEYS.has(key)) throw new UnsafeJsonError(`The body holds the forbidden key "${key}".`);
    return value;
  });
}
