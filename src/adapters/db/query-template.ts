import { CompiledQuery, type Compilable, type Kysely, type QueryCreator, type QueryResult } from 'kysely';
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

/** Per dialect: the compiled insert of each shape (tables, columns, row counts, conflict target). */
const insertShapes = new Map<unknown, Map<string, CompiledTemplate>>();

/** Rows of one table, all of one shape (the same columns, `undefined` ones left out as Kysely does). */
export interface TableRows {
  readonly table: keyof Database & string;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

function columnsOf(rows: TableRows['rows']): string[] {
  const first = rows[0] ?? {};
  return Object.keys(first).filter((column) => first[column] !== undefined);
}

function compiledShape(db: Kysely<Database>, key: string, build: () => Compilable): CompiledTemplate {
  const dialect = dialectOf(db);
  let shapes = insertShapes.get(dialect);
  if (shapes === undefined) {
    shapes = new Map();
    insertShapes.set(dialect, shapes);
  }
  let compiled = shapes.get(key);
  if (compiled === undefined) {
    compiled = compile(build());
    if (shapes.size >= MAX_INSERT_SHAPES) shapes.delete(shapes.keys().next().value as string);
    shapes.set(key, compiled);
  }
  return compiled;
}

/** Stand-ins for the rows' values, numbered from `firstSlot`: what a shape is compiled from, once. */
function standIns(rows: TableRows['rows'], columns: readonly string[], firstSlot: number) {
  let slot = firstSlot;
  return rows.map(() => Object.fromEntries(columns.map((column) => [column, new Slot(slot++)])));
}

/** The rows' values in column order, appended to `values`. */
function appendValues(values: unknown[], rows: TableRows['rows'], columns: readonly string[]): void {
  for (const row of rows) for (const column of columns) values.push(row[column]);
}

/**
 * Inserts rows of one shape, optionally doing nothing on a conflict of `conflictColumns`. Any table and column set
 * works; each shape is compiled once.
 */
export function insertRows(
  db: Kysely<Database>,
  table: keyof Database & string,
  rows: TableRows['rows'],
  conflictColumns: readonly string[] = [],
): Promise<QueryResult<never>> {
  const columns = columnsOf(rows);
  const key = `${table}|${columns.join(',')}|${rows.length}|${conflictColumns.join(',')}`;
  const compiled = compiledShape(db, key, () => {
    const insert = db.insertInto(table).values(standIns(rows, columns, 0) as never);
    return conflictColumns.length === 0
      ? insert
      : insert.onConflict((conflict) => conflict.columns(conflictColumns as never).doNothing());
  });
  const values: unknown[] = [];
  appendValues(values, rows, columns);
  return run<never>(db, compiled, values);
}

/**
 * Inserts into several tables in one PostgreSQL statement (each but the last insert a data-modifying CTE): one round
 * trip instead of one per table. The statement's constraints are checked at its end, so a later table's rows may
 * refer to an earlier one's. Tables without rows are left out. PostgreSQL only: SQLite has no inserts in CTEs, and
 * no round trips to save.
 */
export function insertRowsTogether(db: Kysely<Database>, tables: readonly TableRows[]): Promise<QueryResult<never>> {
  const shapes = tables
    .filter(({ rows }) => rows.length > 0)
    .map(({ table, rows }) => ({ table, rows, columns: columnsOf(rows) }));
  const key = shapes.map(({ table, rows, columns }) => `${table}|${columns.join(',')}|${rows.length}`).join(';');
  const compiled = compiledShape(db, `together|${key}`, () => {
    let firstSlot = 0;
    const inserts = shapes.map(({ table, rows, columns }) => {
      const stand = standIns(rows, columns, firstSlot);
      firstSlot += rows.length * columns.length;
      return { table, stand };
    });
    const last = inserts.length - 1;
    let creator: QueryCreator<Database> = db;
    for (const [index, { table, stand }] of inserts.slice(0, last).entries()) {
      creator = creator.with(`written_${index}`, (cte) => cte.insertInto(table).values(stand as never)) as never;
    }
    return creator.insertInto(inserts[last]!.table).values(inserts[last]!.stand as never);
  });
  const values: unknown[] = [];
  for (const { rows, columns } of shapes) appendValues(values, rows, columns);
  return run<never>(db, compiled, values);
}
