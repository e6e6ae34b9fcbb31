// A PostgreSQL database of a soak's own on the test server, migrated as a deployment is, and
// dropped afterwards; and the tips stored in it, for checking them against the tips sent.
import pg from 'pg';
import { runMeasured } from './run-measured';

export type SoakDatabase = { url: string; storedTipKeys(): Promise<Set<string>>; drop(): Promise<void> };

/**
 * The PostgreSQL server a soak runs against (TEST_DATABASE_URL, else DATABASE_URL). Without one
 * the soak is skipped, except in CI, where it must run.
 */
export function soakDatabaseServer(soak: string): string {
  const server = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (server) return server;
  const message = `${soak} needs a PostgreSQL server: set TEST_DATABASE_URL (eval "$(bash scripts/ci/postgres.sh start)") or DATABASE_URL.`;
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.log(`Skipped: ${message}`);
  process.exit(0);
}

/** Creates and migrates database `name` on the server at `serverUrl`; `env` is the site's environment. */
export async function createSoakDatabase(serverUrl: string, name: string, env: NodeJS.ProcessEnv): Promise<SoakDatabase> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const drop = async () => {
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  };
  const migration = await runMeasured(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], { env: { ...env, DATABASE_URL: url }, log: '/dev/null' });
  if (migration.code !== 0) {
    await drop();
    throw new Error(`the migration failed:\n${migration.output.slice(-2000)}`);
  }
  return {
    url,
    drop,
    async storedTipKeys() {
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        return new Set((await db.query<{ key: string }>('select idempotency_key as key from tips')).rows.map((r) => r.key));
      } finally {
        await db.end();
      }
    },
  };
}
