import type Database from 'better-sqlite3';

/**
 * Statements prepared once per connection and SQL text: preparing a statement costs more than running a
 * small query (a profile of the registration benchmark put ~10 % of the service's CPU in `prepare`).
 * Only for statements run to completion at once (get, all, run): `iterate` keeps a statement busy
 * across turns, and a second caller of the same statement would be refused.
 */
export function preparedStatements(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return <P extends unknown[] = unknown[], R = unknown>(sql: string): Database.Statement<P, R> => {
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = db.prepare(sql)));
    return statement as unknown as Database.Statement<P, R>;
  };
}
