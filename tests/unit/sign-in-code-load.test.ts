// Every page's header and the article page ask whether login is on and may preview a draft, but
// neither must bring next-auth or the database with it: a server that shows articles never loads
// them (lib/auth/login-enabled.ts, lib/preview/access.ts), nor the search index the header's
// form belongs to (components/search-form.tsx).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordModuleLoads } from '../support/module-loads';
import { repoRoot } from './helpers';

const from = (file: string) => JSON.stringify(path.join(repoRoot, file));

/** Imports what a page shows articles with, reports the sign-in and database modules loaded, then imports sign-in itself. */
const IMPORT = (pattern: string) => `
await import(${from('components/site-header.tsx')});
await import(${from('lib/preview/access.ts')});
const { loginEnabled } = await import(${from('lib/auth/login-enabled.ts')});
loginEnabled();
console.log(JSON.stringify({ ${pattern}: loaded() }));
await import(${from('lib/auth/session.ts')});
console.log(JSON.stringify({ ${pattern}WithSignIn: loaded() }));`;

describe('the modules a page shows articles with', () => {
  let counts: Record<string, number>;

  beforeAll(async () => {
    const [auth, db] = await Promise.all([recordModuleLoads(IMPORT('auth'), '/next-auth/'), recordModuleLoads(IMPORT('db'), '/drizzle-orm/')]);
    counts = { ...auth, ...db };
  }, 60_000);

  it('load no next-auth', () => {
    expect(counts.auth).toBe(0);
    expect(counts.authWithSignIn).toBeGreaterThan(0);
  });

  it('load no database client', () => {
    expect(counts.db).toBe(0);
    expect(counts.dbWithSignIn).toBeGreaterThan(0);
  });
});
