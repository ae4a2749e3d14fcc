import type { z } from 'zod';
import type { ProblemFieldError } from './problem.js';

/** Zod's findings as problem field errors: one per field, unknown keys each at their own path. */
export function fieldErrorsOf(error: z.ZodError, prefix: string): ProblemFieldError[] {
  return error.issues.flatMap((issue): ProblemFieldError[] => {
    const base = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: base === '' ? key : `${base}.${key}`,
        code: 'unknown_field',
        message: `Unknown field "${key}".`,
      }));
    }
    return [{ path: base === '' ? null : base, code: codeOf(issue), message: issue.message }];
  });
}

function codeOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'required' : 'invalid_type';
  return issue.code;
}

/** A route that takes no body accepts none, or an empty object: every field sent to it is unknown. */
export function unexpectedBodyErrors(body: unknown): ProblemFieldError[] {
  if (body === undefined) return [];
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    return Object.keys(body).map((key) => ({ path: key, code: 'unknown_field', message: `Unknown field "${key}".` }));
  }
  return [{ path: null, code: 'unexpected_body', message: 'This request takes no body.' }];
}

/** How deep `nulCharacterErrors` looks; bodies deeper than this were refused when they were parsed. */
const MAX_SCAN_DEPTH = 64;

/**
 * Fields holding U+0000 anywhere, in keys or values. No field of the API needs it, and PostgreSQL cannot store it
 * in text: refused here, it never reaches a query.
 */
export function nulCharacterErrors(value: unknown, prefix: string, depth = 0): ProblemFieldError[] {
  // Every request is scanned and almost none holds one: look first, and spell out the paths only when there is one.
  if (depth === 0 && !holdsNul(value, 0)) return [];
  const error = (path: string): ProblemFieldError => ({
    path: path === '' ? null : path,
    code: 'invalid_character',
    message: 'Text may not hold the NUL character (U+0000).',
  });
  if (typeof value === 'string') return value.includes('\u0000') ? [error(prefix)] : [];
  if (value === null || typeof value !== 'object' || depth > MAX_SCAN_DEPTH) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return key.includes('\u0000') ? [error(path)] : nulCharacterErrors(item, path, depth + 1);
  });
}

/** Whether U+0000 stands anywhere in the value, keys included. */
function holdsNul(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object' || depth > MAX_SCAN_DEPTH) return false;
  for (const key in value) {
    if (key.includes('\u0000') || holdsNul((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}
