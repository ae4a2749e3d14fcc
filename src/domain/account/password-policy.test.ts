import { describe, expect, it } from 'vitest';
import { passwordViolations } from './password-policy.js';

const codes = (username: string, password: string) => passwordViolations(username, password).map((v) => v.code);

describe('new passwords', () => {
  it.each([
    ['a long passphrase', 'sh.sales', 'correct horse battery', []],
    ['exactly ten characters', 'sh.sales', '0123456789', []],
    ['the demo password', 'sh.sales', 'demo1234', ['password_too_short']],
    ['nine characters', 'sh.sales', '012345678', ['password_too_short']],
    ['ten Han characters', 'sh.sales', '一二三四五六七八九十', []],
    ['five astral characters (ten UTF-16 units)', 'sh.sales', '𠮷𠮷𠮷𠮷𠮷', ['password_too_short']],
    ['the username', 'manager.one', 'manager.one', ['password_is_username']],
    ['the username in capitals with spaces', 'manager.one', ' MANAGER.ONE ', ['password_is_username']],
    ['201 characters', 'sh.sales', 'x'.repeat(201), ['password_too_long']],
  ])('judges %s', (_name, username, password, expected) => {
    expect(codes(username, password)).toEqual(expected);
  });

  it('names the field it concerns', () => {
    expect(passwordViolations('a', 'short', 'password')[0]?.path).toBe('password');
  });
});
