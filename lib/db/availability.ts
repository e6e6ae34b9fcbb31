/**
 * Which database tips are recorded in, decided from the environment alone. Kept free of database
 * drivers so the server's start-up hook can import it cheaply.
 */
import { env, type Env } from '../env';
import { t } from '../strings';

/** Where the configured database lives: the options for `createDb`, or why there is none. */
export type DatabaseLocation = { url: string } | { dataDir: string } | { unavailable: string };

export type TipsAvailability = { available: true } | { available: false; reason: string };

export function databaseLocation(config: Env = env()): DatabaseLocation {
  if (config.databaseUrl) return { url: config.databaseUrl };
  // Vercel's file system is read-only outside /tmp, and /tmp is per instance and temporary: a PGlite
  // folder there would lose tips and show every instance different supporters.
  if (config.onVercel) return { unavailable: t.tip.errors.noDatabaseOnVercel };
  return { dataDir: config.dataDir };
}

export function tipsAvailability(config: Env = env()): TipsAvailability {
  const location = databaseLocation(config);
  return 'unavailable' in location ? { available: false, reason: location.unavailable } : { available: true };
}

/**
 * Whether the first use of the database applies pending migrations. By default it does in
 * development and for the embedded PGlite database, which belongs to this one process; a production
 * PostgreSQL is migrated by `npm run db:migrate` in the deployment, unless DB_AUTO_MIGRATE=1.
 */
export function migratesOnFirstUse(config: Env = env()): boolean {
  return config.dbAutoMigrate ?? (!config.production || !config.databaseUrl);
}

/** Prints why tips are off, if they are; called once when the server starts (instrumentation.ts). */
export function warnIfTipsUnavailable(config: Env = env()): void {
  const availability = tipsAvailability(config);
  if (!availability.available) console.warn(`[赞赏] ${availability.reason}`);
}
