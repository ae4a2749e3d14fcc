import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiClient } from '../api/api-client.js';
import type { SignInAnswer, User } from '../api/api-types.js';
import { loadSession, saveSession, type StoredSession } from './session-store.js';

export interface Session {
  readonly user: User | null;
  readonly api: ApiClient;
  signIn(username: string, password: string): Promise<User>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in, and the API client that speaks for them. */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<StoredSession | null>(() => loadSession());
  const tokenRef = useRef<string | null>(session?.token ?? null);
  const forget = useCallback(() => {
    tokenRef.current = null;
    saveSession(null);
    setSession(null);
  }, []);
  const api = useMemo(() => new ApiClient({ token: () => tokenRef.current, onUnauthenticated: forget }), [forget]);
  const signIn = useCallback(
    async (username: string, password: string) => {
      const answer = await api.post<SignInAnswer>('/auth/login', { username, password });
      const stored = { token: answer.token, user: answer.user };
      tokenRef.current = answer.token;
      saveSession(stored);
      setSession(stored);
      return answer.user;
    },
    [api],
  );
  const signOut = useCallback(async () => {
    // Ending the session on the server is best effort: the token is forgotten here whatever the answer.
    await api.post('/auth/logout').catch(() => undefined);
    forget();
  }, [api, forget]);
  const value = useMemo<Session>(
    () => ({ user: session?.user ?? null, api, signIn, signOut }),
    [session, api, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession needs a SessionProvider above it');
  return session;
}

/** The signed-in user; only pages behind the sign-in gate use it. */
export function useUser(): User {
  const { user } = useSession();
  if (user === null) throw new Error('useUser is only for pages shown to a signed-in user');
  return user;
}

export function useApi(): ApiClient {
  return useSession().api;
}
