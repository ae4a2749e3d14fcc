import type { Services } from '../application/services.js';
import type { Config } from '../config/config.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-users.js';

/** The demo users who could sign in with the demo password right now. */
export async function demoUsersWhoCanSignIn(services: Services): Promise<string[]> {
  const open: string[] = [];
  for (const demo of DEMO_USERS) {
    const user = await services.runner.read.users.findByUsername(demo.username);
    if (user && !user.disabled && (await services.verifyPassword(DEMO_PASSWORD, user.passwordHash))) {
      open.push(demo.username);
    }
  }
  return open;
}

/**
 * A production start refuses to serve while anyone can sign in as a demo user with the published password. (A
 * missing data key was refused earlier, when the key was resolved.)
 */
export async function assertSafeForProduction(config: Config, services: Services): Promise<void> {
  if (!config.production) return;
  const open = await demoUsersWhoCanSignIn(services);
  if (open.length > 0) {
    throw new Error(
      `NODE_ENV=production refuses to run while demo users can sign in with the demo password: ${open.join(', ')}. ` +
        'Disable them or change their passwords.',
    );
  }
}
