import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig for text messages', () => {
  it('logs messages unless told otherwise, with no secret needed', () => {
    expect(loadConfig({})).toMatchObject({ sms: 'log', smsSecret: null });
  });

  it('posts to an HTTP gateway signed with its secret', () => {
    const config = loadConfig({ ORDERGATE_SMS: 'https://sms.example.com/send', ORDERGATE_SMS_SECRET: 'a'.repeat(32) });
    expect(config).toMatchObject({ sms: { url: 'https://sms.example.com/send' }, smsSecret: 'a'.repeat(32) });
  });

  it.each([
    [{ ORDERGATE_SMS: 'https://sms.example.com/send' }, /ORDERGATE_SMS_SECRET is required/],
    [{ ORDERGATE_SMS: 'https://sms.example.com/send', ORDERGATE_SMS_SECRET: 'short' }, /ORDERGATE_SMS_SECRET/],
    [{ ORDERGATE_SMS: 'smtp://mail' }, /ORDERGATE_SMS must be/],
  ])('refuses to start with %o', (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(message);
  });
});
