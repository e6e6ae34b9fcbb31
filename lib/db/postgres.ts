import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { migrationsFolder, type Connection } from './connection';
import * as schema from './schema';

/** Any fixed number works; it only has to be the same in every process that migrates. */
const MIGRATION_LOCK = 4_242_001;

/**
 * How long a request waits for the database before it is answered "unavailable": a server that is
 * down refuses at once, but an unreachable one never answers, and without a limit every request
 * that touches it would hang.
 */
const CONNECT_TIMEOUT_MS = 3_000;
const QUERY_TIMEOUT_MS = 10_000;

/** A PostgreSQL server through node-postgres, with a pool of connections. */
export async function openPostgres(url: string): Promise<Connection> {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: QUERY_TIMEOUT_MS });
  // An idle connection that the server drops (a restart, a network cut) is reported here; without
  // a listener node-postgres would throw it and take the whole site down. The pool replaces it
  // on the next request.
  pool.on('error', (error) => console.error('[数据库] an idle connection was lost:', error.message));
  const db = drizzle({ client: pool, schema });
  return {
    db,
    async migrate() {
      // Several instances starting at once (DB_AUTO_MIGRATE=1) must not apply one migration twice:
      // the advisory lock makes them take turns, and the later ones find nothing left to do.
      const lock = await pool.connect();
      try {
        await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migrate(db, { migrationsFolder: migrationsFolder() });
      } finally {
        // Closing the session releases the lock, even when unlocking would have failed.
        lock.release(true);
      }
    },
    close: () => pool.end(),
  };
}
