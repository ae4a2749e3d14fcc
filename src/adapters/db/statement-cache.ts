import type BetterSqlite3 from 'better-sqlite3';

/**
 * Kysely prepares every query afresh; preparing is a large share of a small query's cost on SQLite. The same SQL
 * text always compiles to the same statement, so a bounded map of prepared statements is safe to share.
 */
export function withStatementCache(database: BetterSqlite3.Database, maxStatements = 500): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = database.prepare.bind(database);
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver);
      return (source: string) => {
        let statement = cache.get(source);
        if (statement === undefined) {
          statement = prepare(source);
          if (cache.size >= maxStatements) cache.delete(cache.keys().next().value as string);
          cache.set(source, statement);
        }
        return statement;
      };
    },
  });
}
