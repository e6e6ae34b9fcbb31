import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** A Drizzle database with the tips schema, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open database and what only its driver knows how to do. */
export type Connection = {
  db: Database;
  /** Applies the migrations in drizzle/ that this database has not seen yet. */
  migrate(): Promise<void>;
  close(): Promise<void>;
};

/** drizzle/ in the working directory: the repository root for scripts, tests and `next start`. */
export function migrationsFolder(): string {
  return path.resolve(/*turbopackIgnore: true*/ 'drizzle');
}
