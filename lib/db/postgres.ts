import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { migrationsFolder, type Connection } from './connection';
import * as schema from './schema';

/** Any fixed number works; it only has to be the same in every process that migrates. */
const MIGRATION_LOCK = 4_242_001;

/** A PostgreSQL server through node-postgres, with a pool of connections. */
export async function openPostgres(url: string): Promise<Connection> {
  const pool = new pg.Pool({ connectionString: url });
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
