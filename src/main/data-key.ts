import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../config/config.js';

/** `ORDERGATE_DATA_KEY` as 32 bytes (base64 or hex). */
export function parseDataKey(text: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('ORDERGATE_DATA_KEY must be 32 bytes, as 64 hex digits or base64');
  return key;
}

/**
 * The key that protects identity numbers. Production must be given one; a development or demo start keeps its own,
 * made once, beside its database file, so that restarts find the same buyers.
 */
export function resolveDataKey(config: Config): Buffer {
  if (config.dataKey !== null) return parseDataKey(config.dataKey);
  if (config.production) throw new Error('ORDERGATE_DATA_KEY is required when NODE_ENV=production');
  const databasePath = config.databaseUrl.startsWith('sqlite:') ? config.databaseUrl.slice('sqlite:'.length) : '';
  const folder = databasePath === '' || databasePath === ':memory:' ? './data' : dirname(databasePath);
  const file = join(folder, 'ordergate.key');
  if (existsSync(file)) return parseDataKey(readFileSync(file, 'utf8').trim());
  mkdirSync(folder, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}
