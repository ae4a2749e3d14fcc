import { maskPhone } from '../../domain/identity/mobile-phone.js';
import { postSignedJson, type DeliveryAttempt } from './signed-post.js';

/** One text message as a gateway receives it. */
export interface SmsMessage {
  readonly dedupKey: string;
  /** The buyer's full number: only the gateway ever gets it, never a log. */
  readonly to: string;
  readonly template: string;
  readonly language: string;
  readonly text: string;
}

export interface SmsGateway {
  send(message: SmsMessage): Promise<DeliveryAttempt>;
}

/** The slice of pino the adapters log through. */
export interface NotifyLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** A tracking link in a logged text is a bearer secret: the log keeps the path and drops the token. */
export function withoutTrackingTokens(text: string): string {
  return text.replace(/\/t\/[A-Za-z0-9_-]+/g, '/t/…');
}

/**
 * `ORDERGATE_SMS=log`: the message is written to the log, the phone masked and the tracking token dropped, and kept
 * as sent. For development and the demo, where no gateway exists.
 */
export function logSmsGateway(logger: NotifyLogger): SmsGateway {
  return {
    async send(message) {
      logger.info(
        {
          dedupKey: message.dedupKey,
          to: maskPhone(message.to),
          template: message.template,
          language: message.language,
          text: withoutTrackingTokens(message.text),
        },
        'text message (log gateway)',
      );
      return { response: 200, detail: 'logged' };
    },
  };
}

export interface HttpSmsGatewayOptions {
  readonly url: string;
  /** Signs each request body (HMAC-SHA256), so the gateway knows it comes from us. */
  readonly secret: string;
  readonly timeoutMs?: number;
}

/** `ORDERGATE_SMS=http://…`: one signed JSON POST per message, `{dedupKey, to, template, language, text}`. */
export function httpSmsGateway(options: HttpSmsGatewayOptions): SmsGateway {
  return {
    send: (message) =>
      postSignedJson({
        url: options.url,
        body: { ...message },
        secret: options.secret,
        dedupKey: message.dedupKey,
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      }),
  };
}
