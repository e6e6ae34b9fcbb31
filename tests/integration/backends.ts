import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { createDb, type Connection, type Database } from '@/lib/db';
import { upsertReader } from '@/lib/db/readers';

/** A database engine the tip suite runs against; `open` makes a new, empty, unmigrated database. */
export type Backend = { name: string; open(): Promise<Connection> };

const testDatabaseUrl = process.env.TEST_DATABASE_URL;

// CI must prove the code against a real server, not only against PGlite: .ci/run starts one.
if (process.env.CI && !testDatabaseUrl) {
  throw new Error('CI is set but TEST_DATABASE_URL is not: .ci/run starts PostgreSQL with scripts/ci/postgres.sh and exports it.');
}

const testRedisUrl = process.env.TEST_REDIS_URL;

// The same for the Redis that several instances share: .ci/run starts one with scripts/ci/redis.sh.
if (process.env.CI && !testRedisUrl) {
  throw new Error('CI is set but TEST_REDIS_URL is not: .ci/run starts Redis with scripts/ci/redis.sh and exports it.');
}

/** The Redis server to test against, when there is one. */
export const redisServerUrl = testRedisUrl;
export const redisSkipNote = testRedisUrl ? undefined : 'Redis not tested: TEST_REDIS_URL is not set (eval "$(bash scripts/ci/redis.sh start)" starts a server)';

/** The PostgreSQL server to test against, when there is one. */
export const postgresServerUrl = testDatabaseUrl;

export const postgresSkipNote = testDatabaseUrl
  ? undefined
  : 'PostgreSQL not tested: TEST_DATABASE_URL is not set (eval "$(bash scripts/ci/postgres.sh start)" starts a server)';

export const backends: Backend[] = [
  { name: 'PGlite', open: () => createDb({}) },
  ...(testDatabaseUrl ? [{ name: 'PostgreSQL', open: () => openFreshPostgres(testDatabaseUrl) }] : []),
];

/**
 * A new database on the TEST_DATABASE_URL server, dropped again on close, so every run starts from
 * nothing and parallel runs never meet. The URL's role needs CREATEDB.
 */
async function openFreshPostgres(serverUrl: string): Promise<Connection> {
  const database = await createFreshDatabase(serverUrl);
  const connection = await createDb({ url: database.url });
  return {
    ...connection,
    async close() {
      await connection.close();
      // Without FORCE: the pool's connections may still be closing, and PostgreSQL waits (up to
      // 5 s) for them rather than killing them under a client that would report the kill.
      await database.drop();
    },
  };
}

/** A new, empty database on `serverUrl`: its URL, and how to drop it again. */
export async function createFreshDatabase(serverUrl: string, options: { force?: boolean } = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `yuedu_test_${randomUUID().replaceAll('-', '')}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `drop database ${name}${options.force ? ' with (force)' : ''}`) };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A migrated database on `backend`, opened before the tests of the calling describe block and
 * closed after them; call the result inside a test (or a later beforeAll) to get it.
 */
export function useMigratedConnection(backend: Backend): () => Connection {
  let connection: Connection | undefined;
  beforeAll(async () => {
    connection = await backend.open();
    await connection.migrate();
  });
  afterAll(() => connection?.close());
  return () => connection!;
}

/** A new signed-in reader, as a first sign-in through a provider stores one. */
export const newReader = (db: Database, name = '读者') => upsertReader(db, { provider: 'test', providerAccountId: randomUUID(), name });
