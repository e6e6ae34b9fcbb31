import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';

const storeWith = (variables: Record<string, string>) => readEnv(variables as NodeJS.ProcessEnv).searchStore;

describe('readEnv: SEARCH_STORE', () => {
  it('is the file by default', () => {
    expect(storeWith({})).toBe('file');
  });

  it('is PostgreSQL when asked, with DATABASE_URL', () => {
    expect(storeWith({ SEARCH_STORE: 'postgres', DATABASE_URL: 'postgres://u:p@db.example:5432/yuedu' })).toBe('postgres');
  });

  it('refuses postgres without DATABASE_URL, naming both variables', () => {
    expect(() => storeWith({ SEARCH_STORE: 'postgres' })).toThrow(/SEARCH_STORE: postgres requires DATABASE_URL/);
    expect(() => storeWith({ SEARCH_STORE: 'postgres', DATABASE_URL: ' ' })).toThrow(/SEARCH_STORE/);
  });

  it('refuses an unknown store, naming the variable', () => {
    expect(() => storeWith({ SEARCH_STORE: 'elastic' })).toThrow(/SEARCH_STORE/);
  });
});
