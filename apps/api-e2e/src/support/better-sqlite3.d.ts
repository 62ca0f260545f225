// The few parts of better-sqlite3's API the scripts use (no @types package is installed): raw
// reads of the api's SQLite file for the audits, bulk writes of the benchmark data and the
// plain-SQL timings of tools/bench (typed with tools/tsconfig.json).
declare module 'better-sqlite3' {
  namespace BetterSqlite3 {
    interface Statement {
      run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
      get(...params: unknown[]): unknown;
      all(...params: unknown[]): unknown[];
      /** Rows as arrays of values instead of objects. */
      raw(toggle?: boolean): Statement;
    }
    interface Database {
      prepare(sql: string): Statement;
      exec(sql: string): Database;
      pragma(source: string): unknown;
      transaction<F extends (...args: never[]) => unknown>(fn: F): F;
      close(): Database;
    }
  }
  const BetterSqlite3: new (
    filename: string,
    options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number },
  ) => BetterSqlite3.Database;
  export = BetterSqlite3;
}
