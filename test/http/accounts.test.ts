import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validOrder } from '../support/order-fixtures.js';
import { mintSession } from '../support/security-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

describe.each(DIALECTS)('accounts, sessions and administrators (%s)', (dialect) => {
  let t: TestApp;
  let admin: string;
  let address = 0;
  /** Each test signs in from its own address, so that the per-address login limit stays out of its way. */
  const nextAddress = () => `10.0.0.${++address}`;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await mintSession(t.services, 'admin');
  });
  afterAll(() => t.close());

  const call = (method: Method, url: string, token: string | null, payload?: object, headers = {}) =>
    t.app.inject({
      method,
      url,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      ...(payload ? { payload } : {}),
    });
  const login = (username: string, password: string, remoteAddress: string, extra = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress,
      payload: { username, password, ...extra },
    });
  const createUser = async (username: string, extra: object = {}) => {
    const response = await call('POST', '/api/v1/admin/users', admin, {
      username,
      displayName: 'Test User',
      role: 'dealer_sales',
      dealerCode: 'SH001',
      password: 'initial password 1',
      ...extra,
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; username: string };
  };

  describe('sign-in lock', () => {
    it('locks a username for 15 minutes after 5 wrong passwords, then lets the right one in', async () => {
      const from = nextAddress();
      await createUser('lock.known');
      for (let i = 0; i < 5; i++) expect((await login('lock.known', `wrong-${i}`, from)).statusCode).toBe(401);
      const locked = await login('lock.known', 'initial password 1', from);
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({ code: 'login_locked', status: 429 });
      expect(locked.headers['retry-after']).toBe('900');
      t.clock.advance(14 * 60_000);
      expect((await login('lock.known', 'initial password 1', from)).statusCode).toBe(429);
      t.clock.advance(60_000);
      expect((await login('lock.known', 'initial password 1', from)).statusCode).toBe(200);
    });

    it('answers an unknown username exactly as a known one, wrong password and lock alike', async () => {
      const from = nextAddress();
      await createUser('lock.twin');
      const answers = async (username: string) => {
        const failures = [];
        for (let i = 0; i < 5; i++) failures.push(await login(username, 'not the password', from));
        const locked = await login(username, 'not the password', from);
        return { failure: failures[0]!, locked };
      };
      const known = await answers('lock.twin');
      const unknown = await answers('lock.nobody');
      expect(unknown.failure.statusCode).toBe(known.failure.statusCode);
      expect(unknown.failure.body).toBe(known.failure.body);
      expect(unknown.locked.statusCode).toBe(429);
      expect(unknown.locked.body).toBe(known.locked.body);
      expect(unknown.locked.headers['retry-after']).toBe(known.locked.headers['retry-after']);
    });

    it('forgets the failures after a successful sign-in', async () => {
      const from = nextAddress();
      await createUser('lock.forgiven');
      for (let i = 0; i < 4; i++) await login('lock.forgiven', 'wrong', from);
      expect((await login('lock.forgiven', 'initial password 1', from)).statusCode).toBe(200);
      for (let i = 0; i < 4; i++) await login('lock.forgiven', 'wrong', from);
      expect((await login('lock.forgiven', 'initial password 1', from)).statusCode).toBe(200);
    });

    it('counts the username whatever its case', async () => {
      const from = nextAddress();
      await createUser('lock.cased');
      for (const name of ['LOCK.CASED', 'Lock.Cased', 'lock.CASED', 'lock.cased', 'LOCK.cased']) {
        await login(name, 'wrong', from);
      }
      expect((await login('lock.cased', 'initial password 1', from)).statusCode).toBe(429);
    });

    it('records failures, locks and successes in the audit trail with the address', async () => {
      const audit = (await call('GET', '/api/v1/admin/audit?limit=200&action=login_locked', admin)).json() as {
        items: { action: string; target: string; ip: string }[];
      };
      expect(audit.items.length).toBeGreaterThan(0);
      expect(audit.items[0]).toMatchObject({ action: 'login_locked', ip: expect.stringMatching(/^10\.0\.0\.\d+$/) });
    });
  });

  describe('the web session cookie', () => {
    const cookiesOf = (response: { headers: Record<string, unknown> }) =>
      ([response.headers['set-cookie']].flat() as string[]).filter(Boolean);
    const cookieValue = (cookies: string[], name: string) =>
      cookies
        .find((cookie) => cookie.startsWith(`${name}=`))
        ?.split(';')[0]
        ?.slice(name.length + 1) ?? '';

    async function cookieLogin(username: string) {
      const response = await login(username, 'demo1234', nextAddress(), { cookie: true });
      expect(response.statusCode).toBe(200);
      const cookies = cookiesOf(response);
      return {
        response,
        cookies,
        session: cookieValue(cookies, 'og_session'),
        csrf: cookieValue(cookies, 'og_csrf'),
      };
    }

    it('sets an HTTP-only, SameSite=Strict session cookie and a readable CSRF cookie, and no token in the body', async () => {
      const { response, cookies, csrf } = await cookieLogin('sh.sales');
      const session = cookies.find((cookie) => cookie.startsWith('og_session='))!;
      const csrfCookie = cookies.find((cookie) => cookie.startsWith('og_csrf='))!;
      expect(session).toMatch(/HttpOnly/);
      expect(session).toMatch(/SameSite=Strict/);
      expect(session).not.toMatch(/Secure/);
      expect(csrfCookie).not.toMatch(/HttpOnly/);
      expect(csrfCookie).toMatch(/SameSite=Strict/);
      const body = response.json();
      expect(body.token).toBeUndefined();
      expect(body.csrfToken).toBe(csrf);
      expect(body.user).toMatchObject({ username: 'sh.sales', dealerCode: 'SH001' });
    });

    it('authenticates reads by the cookie alone', async () => {
      const { session } = await cookieLogin('sh.sales');
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { og_session: session } });
      expect(me.statusCode).toBe(200);
      expect(me.json().username).toBe('sh.sales');
    });

    it('refuses a cookie-authenticated change without the CSRF token, and stores nothing', async () => {
      const { session, csrf } = await cookieLogin('sh.sales');
      const other = await cookieLogin('sh.manager');
      const count = async () => (await call('GET', '/api/v1/orders?limit=200', admin)).json().items.length as number;
      const before = await count();
      const attempts: { cookies: Record<string, string>; headers: Record<string, string> }[] = [
        { cookies: { og_session: session, og_csrf: csrf }, headers: {} },
        { cookies: { og_session: session, og_csrf: csrf }, headers: { 'x-csrf-token': 'forged' } },
        { cookies: { og_session: session }, headers: { 'x-csrf-token': csrf } },
        { cookies: { og_session: session, og_csrf: other.csrf }, headers: { 'x-csrf-token': other.csrf } },
      ];
      for (const attempt of attempts) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/orders',
          payload: validOrder(7_001),
          ...attempt,
        });
        expect(response.statusCode).toBe(403);
        expect(response.json().code).toBe('csrf_failed');
      }
      expect(await count()).toBe(before);
      const accepted = await t.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        payload: validOrder(7_001),
        cookies: { og_session: session, og_csrf: csrf },
        headers: { 'x-csrf-token': csrf },
      });
      expect(accepted.statusCode).toBe(201);
    });

    it('needs no CSRF token from a bearer-token request', async () => {
      const token = await mintSession(t.services, 'sh.sales');
      expect((await call('POST', '/api/v1/orders', token, validOrder(7_002))).statusCode).toBe(201);
    });

    it('ends the session and clears both cookies on logout', async () => {
      const { session, csrf } = await cookieLogin('sh.sales');
      const logout = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        cookies: { og_session: session, og_csrf: csrf },
        headers: { 'x-csrf-token': csrf },
      });
      expect(logout.statusCode).toBe(204);
      const cleared = cookiesOf(logout);
      expect(cleared.some((cookie) => /^og_session=;.*Expires=Thu, 01 Jan 1970/.test(cookie))).toBe(true);
      expect(cleared.some((cookie) => /^og_csrf=;.*Expires=Thu, 01 Jan 1970/.test(cookie))).toBe(true);
      const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { og_session: session } });
      expect(after.statusCode).toBe(401);
    });
  });

  describe('password change', () => {
    it('refuses a weak new password and a wrong current one, each with the field', async () => {
      await createUser('pw.weak');
      const token = (await login('pw.weak', 'initial password 1', nextAddress())).json().token as string;
      const change = (currentPassword: string, newPassword: string) =>
        call('POST', '/api/v1/auth/password', token, { currentPassword, newPassword });
      const short = await change('initial password 1', 'short');
      expect(short.statusCode).toBe(422);
      expect(short.json()).toMatchObject({
        code: 'password_too_weak',
        errors: [{ path: 'newPassword', code: 'password_too_short' }],
      });
      const username = await change('initial password 1', 'PW.WEAK   ');
      expect(username.json().errors[0].code).toMatch(/password_too_short|password_is_username/);
      expect((await change('initial password 1', 'pw.weak.pw.weak')).statusCode).toBe(204);
      const wrong = await change('not it', 'another long password');
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json()).toMatchObject({ code: 'current_password_wrong', errors: [{ path: 'currentPassword' }] });
    });

    it('ends every other session of the user and keeps the one that made the change', async () => {
      await createUser('pw.change');
      const from = nextAddress();
      const current = (await login('pw.change', 'initial password 1', from)).json().token as string;
      const elsewhere = (await login('pw.change', 'initial password 1', from)).json().token as string;
      const changed = await call('POST', '/api/v1/auth/password', current, {
        currentPassword: 'initial password 1',
        newPassword: 'a new and longer password',
      });
      expect(changed.statusCode).toBe(204);
      expect((await call('GET', '/api/v1/auth/me', current)).statusCode).toBe(200);
      expect((await call('GET', '/api/v1/auth/me', elsewhere)).statusCode).toBe(401);
      expect((await login('pw.change', 'initial password 1', from)).statusCode).toBe(401);
      expect((await login('pw.change', 'a new and longer password', from)).statusCode).toBe(200);
      const audit = (await call('GET', '/api/v1/admin/audit?action=password_changed', admin)).json();
      expect(audit.items[0]).toMatchObject({ target: 'user:pw.change', detail: { sessionsEnded: 1 } });
    });
  });

  describe('administering accounts', () => {
    it('keeps dealer roles to one dealer and automaker roles to none', async () => {
      const attempt = (body: object) =>
        call('POST', '/api/v1/admin/users', admin, {
          username: 'rules.user',
          displayName: 'Rules',
          password: 'a long enough password',
          ...body,
        });
      expect((await attempt({ role: 'dealer_sales' })).json().errors[0]).toMatchObject({
        code: 'dealer_required',
        path: 'dealerCode',
      });
      expect((await attempt({ role: 'oem_reviewer', dealerCode: 'SH001' })).json().errors[0].code).toBe(
        'dealer_not_allowed',
      );
      expect((await attempt({ role: 'dealer_sales', dealerCode: 'NOPE' })).json().errors[0].code).toBe(
        'dealer_unknown',
      );
      expect((await attempt({ role: 'integration' })).statusCode).toBe(400);
      expect((await attempt({ role: 'oem_admin', isRoot: true })).json().errors[0]).toMatchObject({
        code: 'unknown_field',
        path: 'isRoot',
      });
      expect((await attempt({ role: 'oem_admin', password: 'demo1234' })).json().errors[0].code).toBe(
        'password_too_short',
      );
      expect((await attempt({ role: 'oem_admin' })).statusCode).toBe(201);
      expect((await attempt({ role: 'oem_admin' })).json().code).toBe('username_taken');
    });

    it('changes a role at once, for sessions already open, and records from and to', async () => {
      const user = await createUser('role.changer');
      const token = (await login('role.changer', 'initial password 1', nextAddress())).json().token as string;
      expect((await call('GET', '/api/v1/quotas', token)).statusCode).toBe(403);
      const mismatch = await call('PATCH', `/api/v1/admin/users/${user.id}`, admin, { role: 'oem_allocation' });
      expect(mismatch.json().errors[0].code).toBe('dealer_not_allowed');
      const changed = await call('PATCH', `/api/v1/admin/users/${user.id}`, admin, {
        role: 'oem_allocation',
        dealerCode: null,
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ role: 'oem_allocation', dealerCode: null });
      expect((await call('GET', '/api/v1/quotas', token)).statusCode).toBe(200);
      const audit = (await call('GET', '/api/v1/admin/audit?action=role_changed', admin)).json();
      expect(audit.items[0]).toMatchObject({
        actor: 'admin',
        target: 'user:role.changer',
        detail: {
          from: { role: 'dealer_sales', dealerCode: 'SH001' },
          to: { role: 'oem_allocation', dealerCode: null },
        },
      });
    });

    it('ends the sessions of a disabled account and refuses its sign-in, without saying why', async () => {
      const user = await createUser('to.disable');
      const from = nextAddress();
      const token = (await login('to.disable', 'initial password 1', from)).json().token as string;
      expect((await call('PATCH', `/api/v1/admin/users/${user.id}`, admin, { disabled: true })).statusCode).toBe(200);
      expect((await call('GET', '/api/v1/auth/me', token)).statusCode).toBe(401);
      const refused = await login('to.disable', 'initial password 1', from);
      expect(refused.statusCode).toBe(401);
      expect(refused.json().code).toBe('invalid_credentials');
      expect((await call('PATCH', `/api/v1/admin/users/${user.id}`, admin, { disabled: false })).statusCode).toBe(200);
      expect((await call('GET', '/api/v1/auth/me', token)).statusCode).toBe(401);
    });

    it('lets no administrator demote or disable themselves', async () => {
      const me = (await call('GET', '/api/v1/auth/me', admin)).json();
      const demote = await call('PATCH', `/api/v1/admin/users/${me.id}`, admin, { role: 'oem_reviewer' });
      expect(demote.statusCode).toBe(409);
      expect(demote.json().code).toBe('self_lockout');
      expect((await call('PATCH', `/api/v1/admin/users/${me.id}`, admin, { disabled: true })).statusCode).toBe(409);
    });

    it('lists accounts by username in pages, never with a password hash', async () => {
      const first = (await call('GET', '/api/v1/admin/users?limit=3', admin)).json();
      expect(first.items).toHaveLength(3);
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = (await call('GET', `/api/v1/admin/users?limit=3&cursor=${first.nextCursor}`, admin)).json();
      const names = [...first.items, ...second.items].map((user: { username: string }) => user.username);
      expect(names).toEqual([...names].sort());
      expect(new Set(names).size).toBe(6);
      expect(JSON.stringify([first, second])).not.toMatch(/scrypt|passwordHash/);
    });
  });

  describe('administering dealers', () => {
    const dealer = {
      code: 'SU001',
      name: 'Aurora Suzhou 4S',
      region: 'EAST',
      city: 'Suzhou',
      phone: '0512-6000 1000',
      models: ['E7'],
    };

    it('adds a dealer that every request sees at once, and refuses a second with its code', async () => {
      expect((await call('POST', '/api/v1/admin/dealers', admin, dealer)).statusCode).toBe(201);
      const listed = (await call('GET', '/api/v1/dealers', admin)).json().items;
      expect(listed.map((item: { code: string }) => item.code)).toContain('SU001');
      const again = await call('POST', '/api/v1/admin/dealers', admin, dealer);
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('dealer_exists');
      const staff = await createUser('su.sales', { dealerCode: 'SU001' });
      expect(staff.username).toBe('su.sales');
    });

    it('changes a dealer and refuses an unknown region or model, naming the field', async () => {
      const changed = await call('PATCH', '/api/v1/admin/dealers/SU001', admin, { models: ['E7', 'X9'] });
      expect(changed.statusCode).toBe(200);
      const listed = (await call('GET', '/api/v1/dealers', admin)).json().items;
      expect(listed.find((item: { code: string }) => item.code === 'SU001').models).toEqual(['E7', 'X9']);
      const region = await call('PATCH', '/api/v1/admin/dealers/SU001', admin, { region: 'MOON' });
      expect(region.json().errors[0]).toMatchObject({ code: 'region_unknown', path: 'region' });
      const model = await call('PATCH', '/api/v1/admin/dealers/SU001', admin, { models: ['E7', 'Z1'] });
      expect(model.json().errors[0]).toMatchObject({ code: 'model_unknown', path: 'models.1' });
      expect((await call('PATCH', '/api/v1/admin/dealers/NOPE', admin, { city: 'x' })).statusCode).toBe(404);
      expect((await call('POST', '/api/v1/admin/dealers', admin, { ...dealer, code: 'bad code' })).statusCode).toBe(
        400,
      );
    });
  });

  describe('the audit trail', () => {
    it('pages newest first and holds no password, token or hash', async () => {
      const pages = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/admin/audit?limit=7${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await call('GET', url, admin)).json();
        pages.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(pages.length).toBeGreaterThan(20);
      const times = pages.map((entry: { at: string }) => entry.at);
      expect(times).toEqual([...times].sort().reverse());
      const text = JSON.stringify(pages);
      for (const secret of ['initial password 1', 'a new and longer password', 'demo1234', 'scrypt$', admin]) {
        expect(text).not.toContain(secret);
      }
      const actions = new Set(pages.map((entry: { action: string }) => entry.action));
      for (const action of ['login_succeeded', 'login_failed', 'login_locked', 'user_created', 'role_changed']) {
        expect(actions).toContain(action);
      }
    });

    it('refuses a forged cursor with 400', async () => {
      const response = await call('GET', '/api/v1/admin/audit?cursor=forged', admin);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('invalid_cursor');
    });
  });
});
