import { openDatabase } from '../../src/adapters/db/open-database.js';
import { routeAccessTable, type RouteAccess } from '../../src/adapters/http/routes/all-routes.js';
import { DEFAULT_POLICIES, createServices } from '../../src/main/wiring.js';

/**
 * The route table, read when a test file is collected (so that every route gets its own test). The services
 * behind it sit on an empty, unmigrated database: no handler runs here.
 */
export function listedRoutes(): RouteAccess[] {
  const database = openDatabase({ dialect: 'sqlite', path: ':memory:' });
  const table = routeAccessTable(
    createServices({ database, dataKey: Buffer.alloc(32, 1), policies: DEFAULT_POLICIES }),
  );
  void database.close();
  return table;
}

export const routeName = (entry: Pick<RouteAccess, 'method' | 'url'>): string => `${entry.method} ${entry.url}`;
