import { ApiError, apiErrorFromBody, NETWORK_STATUS } from './api-error.js';

/** Every API path is under this prefix. */
export const API_PREFIX = '/api/v1';
/** A request that has not been answered by then is given up, so that no screen waits for ever. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** The cookie a session-cookie sign-in sets; its value is echoed in a header to prove the page is ours. */
const CSRF_COOKIE = 'og_csrf';
const CSRF_HEADER = 'X-CSRF-Token';

export type QueryValue = string | number | null | undefined;

export interface RequestOptions {
  readonly body?: unknown;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ApiClientOptions {
  /** The bearer token of the signed-in user, or null. */
  readonly token: () => string | null;
  /** Called when the server no longer knows the token (expired, signed out elsewhere). */
  readonly onUnauthenticated: () => void;
  readonly fetch?: typeof fetch;
}

/** `/orders?status=rejected&q=张`: the query without its empty values. */
export function apiUrl(path: string, query: Readonly<Record<string, QueryValue>> = {}): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') parameters.set(key, String(value));
  }
  const search = parameters.toString();
  return `${API_PREFIX}${path}${search === '' ? '' : `?${search}`}`;
}

function csrfToken(): string | null {
  if (typeof document === 'undefined') return null;
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith(`${CSRF_COOKIE}=`));
  return cookie === undefined ? null : decodeURIComponent(cookie.slice(CSRF_COOKIE.length + 1));
}

/** The API over `fetch`: a bearer token, the CSRF header when a session cookie is in use, problem+json errors. */
export class ApiClient {
  constructor(private readonly options: ApiClientOptions) {}

  get<T>(path: string, query?: Readonly<Record<string, QueryValue>>): Promise<T> {
    return this.json<T>('GET', path, query === undefined ? {} : { query });
  }

  post<T>(path: string, body?: unknown, headers?: Readonly<Record<string, string>>): Promise<T> {
    return this.json<T>('POST', path, { body, ...(headers ? { headers } : {}) });
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.json<T>('PUT', path, { body });
  }

  patch<T>(path: string, body: unknown, headers?: Readonly<Record<string, string>>): Promise<T> {
    return this.json<T>('PATCH', path, { body, ...(headers ? { headers } : {}) });
  }

  async json<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(method, path, options, 'application/json');
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  /** A binary answer (a QR code image) as a `data:` URL, which an `<img>` shows without sending the token again. */
  async dataUrl(path: string): Promise<string> {
    const response = await this.send('GET', path, {}, '*/*');
    const blob = await response.blob();
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(new ApiError(NETWORK_STATUS, 'read_failed', 'The answer could not be read.'));
      reader.readAsDataURL(blob);
    });
  }

  private async send(method: string, path: string, options: RequestOptions, accept: string): Promise<Response> {
    const headers: Record<string, string> = { accept, ...options.headers };
    const token = this.options.token();
    if (token !== null) headers.authorization = `Bearer ${token}`;
    const csrf = method === 'GET' ? null : csrfToken();
    if (csrf !== null) headers[CSRF_HEADER] = csrf;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const doFetch = this.options.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(apiUrl(path, options.query), {
        method,
        headers,
        credentials: 'same-origin',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      });
    } catch {
      throw new ApiError(NETWORK_STATUS, 'network', 'The server could not be reached.');
    }
    if (response.ok) return response;
    const body: unknown = await response.json().catch(() => null);
    const error = apiErrorFromBody(response.status, body, response.statusText || `HTTP ${response.status}`);
    if (response.status === 401 && token !== null) this.options.onUnauthenticated();
    throw error;
  }
}
