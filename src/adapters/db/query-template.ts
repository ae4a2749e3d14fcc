import { CompiledQuery, type Compilable, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './schema.js';

/**
 * Kysely builds an immutable tree and compiles it to SQL on every call; for the small statements of an order
 * submission that costs more than SQLite takes to run them. The SQL of a query depends only on its shape and the
 * dialect, so a template is built and compiled once per dialect, and each call sends the kept SQL with new values.
 */

/** Stands for the `index`-th argument while a template is compiled; the compiled parameters keep it in place. */
class Slot {
  constructor(readonly index: number) {}
}

interface CompiledTemplate {
  readonly sql: string;
  /** Constants of the query as they are, and a `Slot` where an argument goes. */
  readonly parameters: readonly unknown[];
}

/** Distinct shapes of inserted rows kept compiled, at most (tables × column sets × row counts in use). */
const MAX_INSERT_SHAPES = 500;

function dialectOf(db: Kysely<Database>): unknown {
  return db.getExecutor().adapter.constructor;
}

function run<Row>(
  db: Kysely<Database>,
  compiled: CompiledTemplate,
  args: readonly unknown[],
): Promise<QueryResult<Row>> {
  const parameters = compiled.parameters.map((parameter) =>
    parameter instanceof Slot ? args[parameter.index] : parameter,
  );
  return db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, parameters));
}

function compile(query: Compilable): CompiledTemplate {
  const compiled = query.compile();
  return { sql: compiled.sql, parameters: compiled.parameters };
}

/**
 * A query of fixed shape whose values are its arguments. `build` receives stand-ins for the arguments and must only
 * pass them on as values (`where('id', '=', id)`), never look into them.
 */
export function queryTemplate<Args extends unknown[]>(
  build: (db: Kysely<Database>, ...args: Args) => Compilable,
): <Row>(db: Kysely<Database>, ...args: Args) => Promise<QueryResult<Row>> {
  const byDialect = new Map<unknown, CompiledTemplate>();
  return <Row>(db: Kysely<Database>, ...args: Args) => {
    const dialect = dialectOf(db);
    let compiled = byDialect.get(dialect);
    if (compiled === undefined) {
      compiled = compile(build(db, ...(args.map((_, index) => new Slot(index)) as Args)));
      byDialect.set(dialect, compiled);
    }
    return run<Row>(db, compiled, args);
  };
}

/** Per dialect: the compiled insert of each shape (table, columns, row count, conflict target). */
const insertShapes = new Map<unknown, Map<string, CompiledTemplate>>();

/**
 * Inserts rows of one shape (the same columns, `undefined` ones left out as Kysely does), optionally doing nothing
 * on a conflict of `conflictColumns`. Any table and column set works; each shape is compiled once.
 */
export function insertRows(
  db: Kysely<Database>,
  table: keyof Database & string,
  rows: readonly Readonly<Record<string, unknown>>[],
  conflictColumns: readonly string[] = [],
): Promise<QueryResult<never>> {
  const first = rows[0] ?? {};
  const columns = Object.keys(first).filter((column) => first[column] !== undefined);
  const key = `${table}|${columns.join(',')}|${rows.length}|${conflictColumns.join(',')}`;
  const dialect = dialectOf(db);
  let shapes = insertShapes.get(dialect);
  if (shapes === undefined) {
    shapes = new Map();
    insertShapes.set(dialect, shapes);
  }
  let compiled = shapes.get(key);
  if (compiled === undefined) {
    let slot = 0;
    const stand = rows.map(() => Object.fromEntries(columns.map((column) => [column, new Slot(slot++)])));
    const insert = db.insertInto(table).values(stand as never);
    compiled = compile(
      conflictColumns.length === 0
        ? insert
        : insert.onConflict((conflict) => conflict.columns(conflictColumns as never).doNothing()),
    );
    if (shapes.size >= MAX_INSERT_SHAPES) shapes.delete(shapes.keys().next().value as string);
    shapes.set(key, compiled);
  }
  const values: unknown[] = [];
  for (const row of rows) for (const column of columns) values.push(row[column]);
  return run<never>(db, compiled, values);
}
