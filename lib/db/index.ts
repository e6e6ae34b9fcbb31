/**
 * The only code that talks to the database. Free of Next.js imports, so scripts and tests use it
 * as the site does.
 */
import { databaseLocation, migratesOnFirstUse, tipsAvailability } from './availability';
import type { Connection, Database } from './connection';

export { tipsAvailability, warnIfTipsUnavailable, type TipsAvailability } from './availability';
export type { Connection, Database } from './connection';

/**
 * Opens a database: PostgreSQL at `url`, PGlite in `dataDir`, or an in-memory PGlite with neither.
 * Applies no migrations by itself; call `migrate()` on the result.
 */
export async function createDb(options: { url?: string; dataDir?: string }): Promise<Connection> {
  if (options.url && options.dataDir) throw new Error('createDb: give url or dataDir, not both');
  // Each driver is loaded only when used, so a PostgreSQL deployment never loads PGlite's WebAssembly.
  if (options.url) return (await import('./postgres')).openPostgres(options.url);
  return (await import('./pglite')).openPglite(options.dataDir);
}

// Kept on globalThis rather than in a module variable: Next.js may evaluate this module more than
// once in one process (dev reloads, separate bundles per route type), and two PGlite instances on
// one data folder would corrupt it.
const SINGLETON = Symbol.for('yuedu.db');
type Holder = { [SINGLETON]?: Promise<Connection> };
const holder = globalThis as Holder;

/**
 * The configured database (DATABASE_URL, else PGlite in DATA_DIR), opened once per process and
 * migrated on first use where `migratesOnFirstUse` says so. Rejects, touching no file, when tips
 * are unavailable (on Vercel without DATABASE_URL).
 */
export function getDb(): Promise<Database> {
  let opening = holder[SINGLETON];
  if (!opening) {
    const attempt = openConfigured();
    holder[SINGLETON] = opening = attempt;
    // Forget a failure so a later request tries again (the server may simply not be up yet).
    attempt.catch(() => {
      if (holder[SINGLETON] === attempt) delete holder[SINGLETON];
    });
  }
  return opening.then((connection) => connection.db);
}

/** `getDb()` when tips are available, otherwise null, which `submitTip` answers with 'unavailable'. */
export async function getDbIfAvailable(): Promise<Database | null> {
  return tipsAvailability().available ? getDb() : null;
}

/** Closes the process-wide database, for scripts and tests; the next `getDb()` opens it again. */
export async function closeDb(): Promise<void> {
  const opening = holder[SINGLETON];
  delete holder[SINGLETON];
  await (await opening?.catch(() => undefined))?.close();
}

async function openConfigured(): Promise<Connection> {
  const location = databaseLocation();
  if ('unavailable' in location) throw new Error(location.unavailable);
  const connection = await createDb(location);
  if (migratesOnFirstUse()) {
    await connection.migrate().catch(async (error: unknown) => {
      await connection.close();
      throw error;
    });
  }
  return connection;
}
