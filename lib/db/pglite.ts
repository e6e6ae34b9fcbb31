import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder, type Connection } from './connection';
import * as schema from './schema';

/**
 * PostgreSQL compiled to WebAssembly, in this process: in `dataDir`, or in memory without one.
 * PGlite is a single connection that queues concurrent queries itself, so callers may issue them
 * freely; only one process may open a data folder at a time.
 */
export async function openPglite(dataDir: string | undefined): Promise<Connection> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ?? 'memory://');
  const db = drizzle({ client, schema });
  return {
    db,
    migrate: () => migrate(db, { migrationsFolder: migrationsFolder() }),
    close: () => client.close(),
  };
}
