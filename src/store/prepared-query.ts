import type { CompiledQuery, Compilable, Kysely, QueryResult } from 'kysely';

/** Stands for the value of one argument while a prepared query is built. */
class Slot {
  constructor(readonly index: number) {}
}

/**
 * A query that kysely builds and compiles once, then runs with new values. Building a query and
 * compiling it to SQL is plain JavaScript that costs more than SQLite takes to run a small
 * statement, and the few queries of every turn are always the same. The query is built with a
 * placeholder for each argument; each run puts the values in their places among the compiled
 * parameters, so the SQL and the order of its parameters stay kysely's, for every dialect.
 * Arguments must be plain values (not lists whose length changes the SQL); a query whose shape
 * changes (a number of rows) needs one prepared query per shape.
 * @example const byId = preparedQuery((id: string) => db.selectFrom('people').selectAll().where('id', '=', id)); await byId.run(db, 'person_1')
 */
export function preparedQuery<Args extends unknown[], Row>(
  build: (...args: Args) => Compilable<Row>,
  arity: number = build.length,
): PreparedQuery<Args, Row> {
  const slots = Array.from({ length: arity }, (_, index) => new Slot(index));
  const compiled = build(...(slots as unknown as Args)).compile();
  // Where each parameter comes from: an argument, or a constant of the query itself.
  const sources = compiled.parameters.map((parameter) =>
    parameter instanceof Slot ? parameter.index : undefined,
  );
  const used = new Set(sources.filter((source) => source !== undefined));
  if (used.size !== arity) {
    throw new Error(`A prepared query uses ${used.size} of its ${arity} arguments as parameters.`);
  }
  return {
    sql: compiled.sql,
    run(executor, ...args) {
      const parameters = sources.map((source, position) =>
        source === undefined ? compiled.parameters[position] : args[source],
      );
      const query: CompiledQuery<Row> = {
        query: compiled.query,
        queryId: compiled.queryId,
        sql: compiled.sql,
        parameters,
      };
      return executor.executeQuery(query);
    },
  };
}

/** A query compiled once (see preparedQuery). */
export interface PreparedQuery<Args extends unknown[], Row> {
  /** Its SQL, for tests and messages. */
  readonly sql: string;
  /** Runs it on `executor` (the database, or a transaction of it) with these values. */
  run(executor: Kysely<any>, ...args: Args): Promise<QueryResult<Row>>;
}
