import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan, parseJsonBody, UnsafeJsonError } from './json-body.js';

describe('parsing request bodies', () => {
  it('reads an ordinary body and an empty one', () => {
    expect(parseJsonBody('{"a":[1,{"b":"c"}]}')).toEqual({ a: [1, { b: 'c' }] });
    expect(parseJsonBody('  ')).toBeUndefined();
  });

  it('refuses malformed JSON with a syntax error', () => {
    expect(() => parseJsonBody('{"a":')).toThrow(SyntaxError);
  });

  it.each(['{"__proto__":{"admin":true}}', '{"a":{"constructor":{"prototype":{}}}}', '[{"prototype":1}]'])(
    'refuses a body that could reach a prototype: %s',
    (text) => {
      expect(() => parseJsonBody(text)).toThrow(UnsafeJsonError);
    },
  );

  it('lets the forbidden words appear as values', () => {
    expect(parseJsonBody('{"reason":"__proto__ constructor"}')).toEqual({ reason: '__proto__ constructor' });
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels, and accepts that depth`, () => {
    expect(() => parseJsonBody('['.repeat(100_000) + ']'.repeat(100_000))).toThrow(UnsafeJsonError);
    expect(parseJsonBody('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBeDefined();
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(`{"a":"${'['.repeat(50)}\\"${'{'.repeat(50)}"}`, 2)).toBe(false);
    expect(nestsDeeperThan('[[[', 2)).toBe(true);
  });
});
