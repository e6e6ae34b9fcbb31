/**
 * The process-wide database as the site opens it from the environment: PGlite in DATA_DIR, and
 * nothing at all on Vercel without DATABASE_URL. Each test loads lib/ afresh under its own
 * environment, since lib/env.ts reads the environment once per process.
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '@/lib/strings';
import { useTempDirs } from '../unit/helpers';

// Opening a database (PGlite starts PostgreSQL in WebAssembly) takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const tempDir = useTempDirs();

async function loadWith(environment: Record<string, string>) {
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
  vi.resetModules();
  return { db: await import('@/lib/db'), submit: await import('@/lib/tips/submit') };
}

afterEach(async () => {
  await (await import('@/lib/db')).closeDb();
  vi.unstubAllEnvs();
});

const tip = { articleSlug: 'seed', amount: '5', method: 'wechat', idempotencyKey: randomUUID() };
const resolveArticle = async (slug: string) => ({ slug, authorSlug: 'linjian' });

describe('getDb', () => {
  it('opens PGlite in DATA_DIR once per process and migrates it on first use, in production too', async () => {
    const dataDir = `${await tempDir()}/data`;
    const { db, submit } = await loadWith({ DATA_DIR: dataDir, DATABASE_URL: '', VERCEL: '', NODE_ENV: 'production' });
    expect(db.tipsAvailability()).toEqual({ available: true });
    const [first, second] = await Promise.all([db.getDb(), db.getDb()]);
    expect(second).toBe(first);
    expect(fs.existsSync(`${dataDir}/PG_VERSION`)).toBe(true);
    const result = await submit.submitTip(tip, { db: await db.getDbIfAvailable(), clientKey: 'c', resolveArticle });
    expect(result).toMatchObject({ ok: true, created: true });
  });

  it('survives a reload of its module without opening the data folder twice', async () => {
    const dataDir = `${await tempDir()}/data`;
    const environment = { DATA_DIR: dataDir, DATABASE_URL: '', VERCEL: '' };
    const before = await (await loadWith(environment)).db.getDb();
    const after = await (await loadWith(environment)).db.getDb();
    expect(after).toBe(before);
  });
});

describe('on Vercel without DATABASE_URL', () => {
  it('turns tips off, writes no file, records nothing and says why', async () => {
    const dataDir = `${await tempDir()}/data`;
    const { db, submit } = await loadWith({ VERCEL: '1', NODE_ENV: 'production', DATABASE_URL: '', DATA_DIR: dataDir });
    const reason = t.tip.errors.noDatabaseOnVercel;
    expect(db.tipsAvailability()).toEqual({ available: false, reason });
    await expect(db.getDb()).rejects.toThrow(reason);
    expect(await db.getDbIfAvailable()).toBeNull();

    const resolveArticleSpy = vi.fn(resolveArticle);
    const result = await submit.submitTip(tip, { db: await db.getDbIfAvailable(), clientKey: 'c', resolveArticle: resolveArticleSpy });
    expect(result).toEqual({ ok: false, error: 'unavailable', message: t.tip.errors.unavailable });
    expect(resolveArticleSpy).not.toHaveBeenCalled();
    expect(fs.existsSync(dataDir)).toBe(false);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    db.warnIfTipsUnavailable();
    expect(warn).toHaveBeenCalledWith(`[赞赏] ${reason}`);
    warn.mockRestore();
  });

  it('uses DATABASE_URL when it is set', async () => {
    const { db } = await loadWith({ VERCEL: '1', DATABASE_URL: 'postgres://u:p@db.example:5432/yuedu' });
    expect(db.tipsAvailability()).toEqual({ available: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    db.warnIfTipsUnavailable();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
