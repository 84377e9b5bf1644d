import type { CompiledQuery, Compilable, Kysely } from "kysely";
import type { Database } from "./database.ts";

/**
 * A query built and compiled by Kysely once per dialect, then run with each call's parameters.
 *
 * Why: building a query and compiling it to SQL costs more CPU than SQLite takes to run a lookup
 * by key. The round engine's requests read three times a round (a session, a round's totals), and
 * Kysely's own work on them was 13 % of the platform's busy time under the bench (`--profile`).
 * The SQL text is the same every time, so SQLite's statement cache (connect.ts) keeps serving the
 * same prepared statement.
 *
 * `build` is called once, with a placeholder for each parameter: it must pass each placeholder,
 * as it is, as a value of the query (not hash it, compare it or branch on it: the placeholder is
 * not the value it stands for). A placeholder the compiled query does not carry as a parameter is
 * refused at the first run, so a builder that breaks this rule fails in its first test.
 */
export function preparedQuery<Params extends readonly unknown[], Row>(
  arity: Params["length"],
  build: (db: Kysely<Database>, ...params: Params) => Compilable<Row>,
): (db: Kysely<Database>, ...params: Params) => Promise<Row[]> {
  // Keyed by the dialect's adapter: a transaction's Kysely shares its parent's, and each dialect
  // compiles its own SQL (placeholders, quoting).
  const compiled = new WeakMap<object, Template<Row>>();
  const templateFor = (db: Kysely<Database>): Template<Row> => {
    const adapter = db.getExecutor().adapter;
    let template = compiled.get(adapter);
    if (template === undefined) {
      template = compile(arity, build, db);
      compiled.set(adapter, template);
    }
    return template;
  };
  return async (db, ...params) => {
    const template = templateFor(db);
    const parameters = template.query.parameters.slice();
    for (const [position, param] of template.slots) parameters[position] = params[param];
    const result = await db.executeQuery<Row>({ ...template.query, parameters });
    return result.rows as Row[];
  };
}

/** `preparedQuery` for a query that finds at most one row. */
export function preparedQueryOne<Params extends readonly unknown[], Row>(
  arity: Params["length"],
  build: (db: Kysely<Database>, ...params: Params) => Compilable<Row>,
): (db: Kysely<Database>, ...params: Params) => Promise<Row | undefined> {
  const run = preparedQuery(arity, build);
  return async (db, ...params) => (await run(db, ...params))[0];
}

interface Template<Row> {
  readonly query: CompiledQuery<Row>;
  /** [index in the compiled parameters, index of the call's parameter]; a parameter may be used twice. */
  readonly slots: ReadonlyArray<readonly [number, number]>;
}

function compile<Params extends readonly unknown[], Row>(
  arity: number,
  build: (db: Kysely<Database>, ...params: Params) => Compilable<Row>,
  db: Kysely<Database>,
): Template<Row> {
  const placeholders = Array.from({ length: arity }, (_, i) => `\u0000prepared-query-parameter-${i}\u0000`);
  const query = build(db, ...(placeholders as unknown as Params)).compile();
  const slots: Array<readonly [number, number]> = [];
  query.parameters.forEach((value, position) => {
    const param = placeholders.indexOf(value as string);
    if (param >= 0) slots.push([position, param]);
  });
  placeholders.forEach((placeholder, param) => {
    if (!slots.some(([, p]) => p === param) || query.sql.includes(placeholder))
      throw new Error(`preparedQuery: parameter ${param} is not passed to the query as a value`);
  });
  return { query, slots };
}
