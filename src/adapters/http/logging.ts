import type { FastifyRequest } from 'fastify';

/**
 * What the log must never hold: credentials, cookies, CSRF tokens, and the buyer's phone and identity number
 * wherever an object carrying them is logged. Request bodies are never logged at all; this list catches the rest.
 */
export const LOG_REDACT_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  'token',
  'customer',
  'phone',
  'idNumber',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.customer',
  '*.phone',
  '*.idNumber',
  '*.recipient',
  '*.*.phone',
  '*.*.idNumber',
  'err.detail',
  'err.parameters',
];

/** A request as logged: method, path and caller; never the query string (searches hold names and numbers). */
export function serializeRequest(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: request.url.split('?')[0],
    remoteAddress: request.ip,
  };
}

/** Fastify's logger options: pino with the redactions above, writing to `stream` when given (tests read it). */
export function loggerOptions(level: string, stream?: { write(line: string): void }) {
  return {
    level,
    redact: { paths: [...LOG_REDACT_PATHS], censor: '[redacted]' },
    serializers: { req: serializeRequest },
    ...(stream ? { stream } : {}),
  };
}
