/**
 * The tip use case and its storage, run once per database engine: PGlite always, PostgreSQL when
 * TEST_DATABASE_URL names a server (always in CI).
 */
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db';
import { tips } from '@/lib/db/schema';
import { upsertReader } from '@/lib/db/readers';
import { getArticleSupporters, getAuthorSupporterCount, insertTip } from '@/lib/db/tips';
import { t } from '@/lib/strings';
import { TIP_LIMITS } from '@/lib/tip-input';
import { submitTip, type SubmitTipContext, type TipInput } from '@/lib/tips/submit';
import { backends, postgresSkipNote, useMigratedConnection, type Backend } from './backends';

// Opening a database (PGlite starts PostgreSQL in WebAssembly) takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

if (postgresSkipNote) {
  console.warn(`\n*** ${postgresSkipNote} ***\n`);
  it.skip(postgresSkipNote, () => {});
}

/** The articles the fake content knows: every slug made by `article()` during the run. */
const authorOfArticle = new Map<string, string>();
function article(authorSlug = `author-${randomUUID()}`): string {
  const slug = `文章-${randomUUID()}`;
  authorOfArticle.set(slug, authorSlug);
  return slug;
}

function tipInput(articleSlug: string, changes: Record<string, unknown> = {}): TipInput {
  return { articleSlug, amount: '5.20', method: 'wechat', message: '谢谢', idempotencyKey: randomUUID(), ...changes } as TipInput;
}

function context(db: Database | null, changes: Partial<SubmitTipContext> = {}): SubmitTipContext {
  return {
    db,
    clientKey: randomUUID(),
    resolveArticle: async (slug) => {
      const authorSlug = authorOfArticle.get(slug);
      return authorSlug ? { slug, authorSlug } : undefined;
    },
    ...changes,
  };
}

async function tipCount(db: Database): Promise<number> {
  const [row] = await db.select({ count: count() }).from(tips);
  return row!.count;
}

describe.each(backends)('$name', (backend: Backend) => {
  let db: Database;
  const connection = useMigratedConnection(backend);
  beforeAll(() => {
    db = connection().db;
  });

  it('applies the migrations to an empty database, once', async () => {
    const fresh = await backend.open();
    try {
      // Drizzle wraps the driver's error, which names the missing table.
      await expect(tipCount(fresh.db)).rejects.toMatchObject({ cause: { message: 'relation "tips" does not exist' } });
      await fresh.migrate();
      expect(await tipCount(fresh.db)).toBe(0);
      await fresh.migrate();
      // The schema's constraints hold in the database itself, whatever code writes to it.
      const tip = { articleSlug: 'a', authorSlug: 'b', method: 'wechat', message: null, readerId: null } as const;
      await expect(insertTip(fresh.db, { ...tip, amountFen: 0, idempotencyKey: 'zero-amount' })).rejects.toThrow();
      await insertTip(fresh.db, { ...tip, amountFen: 1, idempotencyKey: 'one-fen' });
      expect(await tipCount(fresh.db)).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it('records a tip in fen, with the author from the content and the reader from the context', async () => {
    const author = `author-${randomUUID()}`;
    const slug = article(author);
    const reader = await upsertReader(db, { provider: 'oidc', providerAccountId: randomUUID(), name: '读者' });
    const result = await submitTip(tipInput(slug, { authorSlug: 'someone-else', method: 'alipay' }), context(db, { readerId: reader.id }));
    expect(result).toMatchObject({
      ok: true,
      created: true,
      tip: { articleSlug: slug, authorSlug: author, amountFen: 520, method: 'alipay', message: '谢谢', readerId: reader.id, anonymous: false },
    });
    if (!result.ok) return;
    expect(result.tip.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.tip.createdAt).toBeInstanceOf(Date);
  });

  it('records 200 concurrent tips for one article, every one of them', async () => {
    const slug = article();
    const results = await Promise.all(Array.from({ length: 200 }, () => submitTip(tipInput(slug), context(db))));
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(200);
    expect((await getArticleSupporters(db, slug)).count).toBe(200);
  });

  it('records a tip submitted 50 times at once with one idempotency key once', async () => {
    const slug = article();
    const input = tipInput(slug);
    const results = await Promise.all(Array.from({ length: 50 }, () => submitTip(input, context(db))));
    const ids = new Set(results.map((r) => (r.ok ? r.tip.id : r.error)));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    expect((await getArticleSupporters(db, slug)).count).toBe(1);
  });

  it.each([
    ['a negative amount', { amount: '-5' }, 'amount'],
    ['a negative number', { amount: -5 }, 'amount'],
    ['zero', { amount: '0' }, 'amount'],
    ['zero as a number', { amount: 0 }, 'amount'],
    ['a fraction of a fen', { amount: '5.001' }, 'amount'],
    ['a fraction of a fen as a number', { amount: 5.001 }, 'amount'],
    ['less than the minimum', { amount: String(TIP_LIMITS.min - 0.01) }, 'amount'],
    ['one fen over the maximum', { amount: `${TIP_LIMITS.max}.01` }, 'amount'],
    ['a huge amount', { amount: '50000000000000000000' }, 'amount'],
    ['a huge number', { amount: 1e21 }, 'amount'],
    ['text', { amount: '五块' }, 'amount'],
    ["'NaN'", { amount: 'NaN' }, 'amount'],
    ['NaN', { amount: Number.NaN }, 'amount'],
    ["'Infinity'", { amount: 'Infinity' }, 'amount'],
    ['Infinity', { amount: Number.POSITIVE_INFINITY }, 'amount'],
    ['no amount', { amount: undefined }, 'amount'],
    ['an unknown method', { method: 'paypal' }, 'method'],
    ['a 10,000-character message', { message: '赞'.repeat(10_000) }, 'message'],
    ['no idempotency key', { idempotencyKey: undefined }, 'idempotencyKey'],
    ['a too short idempotency key', { idempotencyKey: 'abc' }, 'idempotencyKey'],
    ['no article', { articleSlug: '' }, 'articleSlug'],
  ])('refuses %s and stores nothing', async (_name, changes, field) => {
    const before = await tipCount(db);
    const result = await submitTip(tipInput(article(), changes), context(db));
    expect(result).toMatchObject({ ok: false, error: 'invalid', message: t.tip.errors.invalid });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual([field]);
    expect(await tipCount(db)).toBe(before);
  });

  it('refuses input that is not an object', async () => {
    const before = await tipCount(db);
    expect(await submitTip(null, context(db))).toMatchObject({ ok: false, error: 'invalid' });
    expect(await tipCount(db)).toBe(before);
  });

  it('refuses a tip for an article the content does not have and stores nothing', async () => {
    const before = await tipCount(db);
    const result = await submitTip(tipInput('没有这篇文章'), context(db));
    expect(result).toEqual({ ok: false, error: 'unknown-article', message: t.tip.errors['unknown-article'] });
    expect(await tipCount(db)).toBe(before);
  });

  it.each([
    ['"5"', '5', 500],
    ['"5.2"', '5.2', 520],
    ['5.2 as a number', 5.2, 520],
    ['full-width digits', '５．２０', 520],
    ['the minimum', String(TIP_LIMITS.min), TIP_LIMITS.min * 100],
    ['the maximum', `${TIP_LIMITS.max}.00`, TIP_LIMITS.max * 100],
  ])('accepts %s as yuan', async (_name, amount, fen) => {
    const result = await submitTip(tipInput(article(), { amount }), context(db));
    expect(result).toMatchObject({ ok: true, tip: { amountFen: fen } });
  });

  it('stores an HTML message verbatim, as text', async () => {
    const html = '<img src=x onerror=alert(1)>';
    const result = await submitTip(tipInput(article(), { message: html }), context(db));
    expect(result).toMatchObject({ ok: true, tip: { message: html } });
    if (!result.ok) return;
    const [stored] = await db.select({ message: tips.message }).from(tips).where(eq(tips.id, result.tip.id));
    expect(stored?.message).toBe(html);
  });

  it('trims the message, drops control characters PostgreSQL cannot store, and stores a blank one as none', async () => {
    const withNul = await submitTip(tipInput(article(), { message: '  第一行\r\n第二\u0000行 \u0007 ' }), context(db));
    expect(withNul).toMatchObject({ ok: true, tip: { message: '第一行\n第二行' } });
    const blank = await submitTip(tipInput(article(), { message: ' \n ' }), context(db));
    expect(blank).toMatchObject({ ok: true, tip: { message: null } });
  });

  it('refuses the 11th tip in a minute from one client, stores nothing for it, and lets another client tip', async () => {
    const slug = article();
    const now = new Date('2030-01-01T00:00:00Z');
    const client = context(db, { now });
    for (let i = 0; i < 10; i++) expect(await submitTip(tipInput(slug), client)).toMatchObject({ ok: true });
    expect(await submitTip(tipInput(slug), client)).toEqual({ ok: false, error: 'rate-limited', message: t.tip.errors['rate-limited'] });
    expect((await getArticleSupporters(db, slug)).count).toBe(10);
    expect(await submitTip(tipInput(slug), context(db, { now }))).toMatchObject({ ok: true });
    expect((await getArticleSupporters(db, slug)).count).toBe(11);
  });

  it('lists the latest supporters newest first, with the count of all', async () => {
    const slug = article();
    const start = Date.parse('2030-02-01T08:00:00Z');
    const reader = (name: string) => upsertReader(db, { provider: 'oidc', providerAccountId: randomUUID(), name, image: `https://img.example/${name}.png` });
    const [r1, r3, r4] = [await reader('一号'), await reader('三号'), await reader('四号')];
    for (const [i, readerId] of [r1.id, null, r3.id, r4.id].entries()) {
      const result = await submitTip(tipInput(slug), context(db, { readerId, now: new Date(start + i * 1000) }));
      expect(result.ok).toBe(true);
    }
    expect(await getArticleSupporters(db, slug, 3)).toEqual({
      count: 4,
      latest: [
        { reader: { name: '四号', image: 'https://img.example/四号.png' }, createdAt: new Date(start + 3000) },
        { reader: { name: '三号', image: 'https://img.example/三号.png' }, createdAt: new Date(start + 2000) },
        { reader: null, createdAt: new Date(start + 1000) },
      ],
    });
    expect(await getArticleSupporters(db, '没有人赞赏的文章')).toEqual({ count: 0, latest: [] });
  });

  it("counts an author's tips across their articles and no one else's", async () => {
    const author = `author-${randomUUID()}`;
    for (const slug of [article(author), article(author), article(author), article()]) {
      expect((await submitTip(tipInput(slug), context(db))).ok).toBe(true);
    }
    expect(await getAuthorSupporterCount(db, author)).toBe(3);
    expect(await getAuthorSupporterCount(db, 'nobody')).toBe(0);
  });

  it("answers 'unavailable' without a database", async () => {
    expect(await submitTip(tipInput(article()), context(null))).toEqual({
      ok: false,
      error: 'unavailable',
      message: t.tip.errors.unavailable,
    });
  });
});
