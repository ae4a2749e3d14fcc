import type { User } from '../api/api-types.js';

/**
 * The signed-in user and token, kept for the browser tab only (sessionStorage): closing the tab signs out, and
 * another site's script cannot read it from a cookie.
 */
const SESSION_KEY = 'ordergate.session';

export interface StoredSession {
  readonly token: string;
  readonly user: User;
}

export function loadSession(storage: Storage = sessionStorage): StoredSession | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(SESSION_KEY) ?? 'null');
    if (parsed === null || typeof parsed !== 'object') return null;
    const session = parsed as Partial<StoredSession>;
    return typeof session.token === 'string' && session.user !== undefined ? (session as StoredSession) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: StoredSession | null, storage: Storage = sessionStorage): void {
  if (session === null) storage.removeItem(SESSION_KEY);
  else storage.setItem(SESSION_KEY, JSON.stringify(session));
}
