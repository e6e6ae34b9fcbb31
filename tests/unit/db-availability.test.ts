import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseLocation, migratesOnFirstUse } from '@/lib/db/availability';
import { readEnv } from '@/lib/env';

const url = 'postgres://yuedu:secret@db.example:5432/yuedu';
/** The configuration under exactly these environment variables. */
const configWith = (variables: Record<string, string>) => readEnv(variables as NodeJS.ProcessEnv);

describe('databaseLocation', () => {
  it('is PostgreSQL at DATABASE_URL when set, on Vercel or not', () => {
    expect(databaseLocation(configWith({ DATABASE_URL: url }))).toEqual({ url });
    expect(databaseLocation(configWith({ DATABASE_URL: url, VERCEL: '1' }))).toEqual({ url });
  });

  it('is PGlite in DATA_DIR, by default data/, without DATABASE_URL', () => {
    expect(databaseLocation(configWith({}))).toEqual({ dataDir: path.resolve('data') });
    expect(databaseLocation(configWith({ DATA_DIR: 'var/tips', DATABASE_URL: ' ' }))).toEqual({ dataDir: path.resolve('var/tips') });
  });

  it('is nowhere on Vercel without DATABASE_URL', () => {
    expect(databaseLocation(configWith({ VERCEL: '1', NODE_ENV: 'production' }))).toHaveProperty('unavailable');
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, naming the variable but not its value', () => {
    expect(() => configWith({ DATABASE_URL: 'mysql://u:hunter2@host/db' })).toThrow(/DATABASE_URL/);
    expect(() => configWith({ DATABASE_URL: 'mysql://u:hunter2@host/db' })).not.toThrow(/hunter2/);
  });
});

describe('migratesOnFirstUse', () => {
  it.each([
    [{ NODE_ENV: 'development' }, true],
    [{ NODE_ENV: 'development', DATABASE_URL: url }, true],
    [{ NODE_ENV: 'production' }, true], // embedded PGlite belongs to this process
    [{ NODE_ENV: 'production', DATABASE_URL: url }, false], // npm run db:migrate does it
    [{ NODE_ENV: 'production', DATABASE_URL: url, DB_AUTO_MIGRATE: '1' }, true],
    [{ NODE_ENV: 'development', DB_AUTO_MIGRATE: '0' }, false],
  ])('%o → %s', (environment, expected) => {
    expect(migratesOnFirstUse(configWith(environment))).toBe(expected);
  });
});
