/**
 * Readers and what they keep (accounts, bookmarks, likes, reading history, their tips), run once
 * per database engine: PGlite always, PostgreSQL when TEST_DATABASE_URL names a server (always in CI).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, count, eq, sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db';
import { migrationsFolder } from '@/lib/db/connection';
import {
  getMarkCounts,
  getReader,
  getReading,
  listHistory,
  listMarks,
  listReaderTips,
  mergeLocalData,
  recordReading,
  setMark,
  upsertReader,
  type ProviderIdentity,
  type Reader,
} from '@/lib/db/readers';
import { accounts, bookmarks, likes, readingHistory, tips, users } from '@/lib/db/schema';
import { getArticleSupporters, insertTip } from '@/lib/db/tips';
import { submitTip, type SubmitTipContext } from '@/lib/tips/submit';
import { backends, postgresSkipNote, useMigratedConnection, type Backend } from './backends';

// Opening a database (PGlite starts PostgreSQL in WebAssembly) takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

if (postgresSkipNote) {
  console.warn(`\n*** ${postgresSkipNote} ***\n`);
  it.skip(postgresSkipNote, () => {});
}

const article = () => `文章-${randomUUID()}`;
const at = (iso: string) => new Date(iso);

function identity(changes: Partial<ProviderIdentity> = {}): ProviderIdentity {
  return { provider: 'github', providerAccountId: randomUUID(), name: '读者', image: 'https://avatars.example/1.png', email: null, ...changes };
}

/** The tip context of a signed-in (or not) reader, for an article written by `author-x`. */
function tipContext(db: Database, changes: Partial<SubmitTipContext> = {}): SubmitTipContext {
  return { db, clientKey: randomUUID(), resolveArticle: async (slug) => ({ slug, authorSlug: 'author-x' }), ...changes };
}

const tipInput = (articleSlug: string) => ({ articleSlug, amount: '5', method: 'wechat', idempotencyKey: randomUUID() });

async function userCount(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row!.n;
}

/** How many rows of `table` belong to the reader. */
async function rowsOf(db: Database, table: typeof accounts | typeof bookmarks | typeof likes | typeof readingHistory, userId: string) {
  const [row] = await db.select({ n: count() }).from(table).where(eq(table.userId, userId));
  return row!.n;
}

describe.each(backends)('$name', (backend: Backend) => {
  let db: Database;
  const connection = useMigratedConnection(backend);
  beforeAll(() => {
    db = connection().db;
  });

  describe('upsertReader', () => {
    it('creates a reader on first sign-in and finds the same one on the next, with the new name, avatar and email', async () => {
      const who = identity({ name: '小明', image: 'https://avatars.example/old.png', email: 'ming@example.com' });
      const usersBefore = await userCount(db);
      const first = await upsertReader(db, who, at('2030-01-01T00:00:00Z'));
      expect(first).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: '小明', image: 'https://avatars.example/old.png' });
      const next = { ...who, name: '明明', image: 'https://avatars.example/new.png', email: null };
      const again = await upsertReader(db, next, at('2030-01-02T00:00:00Z'));
      expect(again).toEqual({ id: first.id, name: '明明', image: 'https://avatars.example/new.png' });
      expect(await getReader(db, first.id)).toEqual(again);
      expect(await userCount(db)).toBe(usersBefore + 1);
      const [row] = await db.select().from(users).where(eq(users.id, first.id));
      expect(row).toMatchObject({ email: null, createdAt: at('2030-01-01T00:00:00Z'), lastSignInAt: at('2030-01-02T00:00:00Z') });
    });

    it('makes two readers of one account id at two providers', async () => {
      const providerAccountId = randomUUID();
      const github = await upsertReader(db, identity({ provider: 'github', providerAccountId }));
      const google = await upsertReader(db, identity({ provider: 'google', providerAccountId }));
      expect(google.id).not.toBe(github.id);
      expect(await getReader(db, github.id)).toBeDefined();
      expect(await getReader(db, google.id)).toBeDefined();
    });

    it('ends 20 concurrent first sign-ins of one identity with one reader and one account', async () => {
      const who = identity({ provider: 'oidc' });
      const usersBefore = await userCount(db);
      const readers = await Promise.all(Array.from({ length: 20 }, () => upsertReader(db, who)));
      expect(new Set(readers.map((r) => r.id)).size).toBe(1);
      expect(await userCount(db)).toBe(usersBefore + 1);
      const linked = await db
        .select({ userId: accounts.userId })
        .from(accounts)
        .where(and(eq(accounts.provider, 'oidc'), eq(accounts.providerAccountId, who.providerAccountId)));
      expect(linked).toEqual([{ userId: readers[0]!.id }]);
      expect(await getReader(db, readers[0]!.id)).toEqual({ id: readers[0]!.id, name: who.name, image: who.image });
    });

    it('knows no reader by an unknown id', async () => {
      expect(await getReader(db, randomUUID())).toBeUndefined();
    });
  });

  describe('bookmarks and likes', () => {
    let reader: Reader;
    let other: Reader;
    beforeAll(async () => {
      reader = await upsertReader(db, identity());
      other = await upsertReader(db, identity());
    });

    it('marks once however often marked, and unmarks however often unmarked', async () => {
      const slug = article();
      await setMark(db, 'bookmark', reader.id, slug, true, at('2030-03-01T00:00:00Z'));
      await setMark(db, 'bookmark', reader.id, slug, true, at('2030-03-02T00:00:00Z'));
      // The first time stays: marking again is no change.
      expect(await listMarks(db, 'bookmark', reader.id)).toContainEqual({ articleSlug: slug, createdAt: at('2030-03-01T00:00:00Z') });
      expect((await getMarkCounts(db, slug)).bookmarks).toBe(1);
      await setMark(db, 'bookmark', reader.id, slug, false);
      await setMark(db, 'bookmark', reader.id, slug, false);
      expect(await getMarkCounts(db, slug)).toEqual({ bookmarks: 0, likes: 0 });
      expect((await listMarks(db, 'bookmark', reader.id)).map((m) => m.articleSlug)).not.toContain(slug);
    });

    it('records 50 concurrent identical likes as one', async () => {
      const slug = article();
      await Promise.all(Array.from({ length: 50 }, () => setMark(db, 'like', reader.id, slug, true)));
      expect(await getMarkCounts(db, slug)).toEqual({ bookmarks: 0, likes: 1 });
    });

    it('counts the readers who marked an article, bookmarks and likes apart', async () => {
      const slug = article();
      const third = await upsertReader(db, identity());
      for (const id of [reader.id, other.id, third.id]) await setMark(db, 'bookmark', id, slug, true);
      await setMark(db, 'bookmark', reader.id, slug, true);
      await setMark(db, 'like', other.id, slug, true);
      await setMark(db, 'like', third.id, slug, true);
      await setMark(db, 'bookmark', reader.id, article(), true);
      expect(await getMarkCounts(db, slug)).toEqual({ bookmarks: 3, likes: 2 });
      await setMark(db, 'like', third.id, slug, false);
      expect(await getMarkCounts(db, slug)).toEqual({ bookmarks: 3, likes: 1 });
      expect(await getMarkCounts(db, article())).toEqual({ bookmarks: 0, likes: 0 });
    });

    it("lists a reader's marks newest first, and only theirs", async () => {
      const reader = await upsertReader(db, identity());
      const [a, b, c] = [article(), article(), article()];
      await setMark(db, 'bookmark', reader.id, b, true, at('2030-04-02T00:00:00Z'));
      await setMark(db, 'bookmark', reader.id, c, true, at('2030-04-01T00:00:00Z'));
      await setMark(db, 'bookmark', reader.id, a, true, at('2030-04-03T00:00:00Z'));
      await setMark(db, 'like', reader.id, c, true, at('2030-04-04T00:00:00Z'));
      await setMark(db, 'bookmark', other.id, article(), true, at('2030-04-05T00:00:00Z'));
      expect(await listMarks(db, 'bookmark', reader.id)).toEqual([
        { articleSlug: a, createdAt: at('2030-04-03T00:00:00Z') },
        { articleSlug: b, createdAt: at('2030-04-02T00:00:00Z') },
        { articleSlug: c, createdAt: at('2030-04-01T00:00:00Z') },
      ]);
      expect(await listMarks(db, 'like', reader.id)).toEqual([{ articleSlug: c, createdAt: at('2030-04-04T00:00:00Z') }]);
      expect(await listMarks(db, 'bookmark', reader.id, 2)).toHaveLength(2);
      const othersMarks = (await listMarks(db, 'bookmark', other.id)).map((m) => m.articleSlug);
      expect(othersMarks).not.toContain(a);
      expect(othersMarks).not.toContain(b);
      expect(othersMarks).not.toContain(c);
    });
  });

  describe('reading history', () => {
    let reader: Reader;
    beforeAll(async () => {
      reader = await upsertReader(db, identity());
    });

    it('keeps the latest report, the first time read and the last', async () => {
      const slug = article();
      expect(await getReading(db, reader.id, slug)).toBeUndefined();
      await recordReading(db, reader.id, slug, 0.25, at('2030-05-01T10:00:00Z'));
      await recordReading(db, reader.id, slug, 0.75, at('2030-05-01T11:00:00Z'));
      await recordReading(db, reader.id, slug, 0.5, at('2030-05-02T09:00:00Z'));
      expect(await getReading(db, reader.id, slug)).toEqual({
        articleSlug: slug,
        progress: 0.5,
        firstReadAt: at('2030-05-01T10:00:00Z'),
        lastReadAt: at('2030-05-02T09:00:00Z'),
      });
    });

    it('ignores a report older than the stored one, but takes an earlier first reading from it', async () => {
      const slug = article();
      await recordReading(db, reader.id, slug, 0.75, at('2030-06-02T00:00:00Z'));
      await recordReading(db, reader.id, slug, 0.25, at('2030-06-01T00:00:00Z'));
      expect(await getReading(db, reader.id, slug)).toEqual({
        articleSlug: slug,
        progress: 0.75,
        firstReadAt: at('2030-06-01T00:00:00Z'),
        lastReadAt: at('2030-06-02T00:00:00Z'),
      });
    });

    it('accepts progress 0 and 1, and the database itself refuses anything outside them', async () => {
      const slug = article();
      await recordReading(db, reader.id, slug, 0, at('2030-07-01T00:00:00Z'));
      await recordReading(db, reader.id, slug, 1, at('2030-07-02T00:00:00Z'));
      expect(await getReading(db, reader.id, slug)).toMatchObject({ progress: 1 });
      // Drizzle wraps the driver's error, which names the violated constraint.
      const violation = { cause: { message: expect.stringContaining('reading_history_progress_range') } };
      await expect(recordReading(db, reader.id, article(), 1.5)).rejects.toMatchObject(violation);
      await expect(recordReading(db, reader.id, article(), -0.1)).rejects.toMatchObject(violation);
      await expect(recordReading(db, reader.id, article(), Number.NaN)).rejects.toMatchObject(violation);
      // Also when the row exists and the report is too old to win.
      await expect(recordReading(db, reader.id, slug, 2, at('2030-01-01T00:00:00Z'))).rejects.toMatchObject(violation);
      expect(await getReading(db, reader.id, slug)).toMatchObject({ progress: 1, lastReadAt: at('2030-07-02T00:00:00Z') });
    });

    it('lists what the reader read, most recently read first, and only theirs', async () => {
      const reader = await upsertReader(db, identity());
      const other = await upsertReader(db, identity());
      const [a, b, c] = [article(), article(), article()];
      await recordReading(db, reader.id, a, 0.5, at('2030-08-01T00:00:00Z'));
      await recordReading(db, reader.id, b, 0.5, at('2030-08-02T00:00:00Z'));
      await recordReading(db, reader.id, c, 0.5, at('2030-08-03T00:00:00Z'));
      await recordReading(db, reader.id, a, 1, at('2030-08-04T00:00:00Z'));
      await recordReading(db, other.id, b, 0.25, at('2030-08-05T00:00:00Z'));
      expect((await listHistory(db, reader.id)).map((r) => [r.articleSlug, r.progress])).toEqual([
        [a, 1],
        [c, 0.5],
        [b, 0.5],
      ]);
      expect(await listHistory(db, other.id)).toEqual([
        { articleSlug: b, progress: 0.25, firstReadAt: at('2030-08-05T00:00:00Z'), lastReadAt: at('2030-08-05T00:00:00Z') },
      ]);
    });
  });

  describe('mergeLocalData', () => {
    it("adds the browser's new bookmarks and keeps the account's own, with their time", async () => {
      const reader = await upsertReader(db, identity());
      const [kept, added] = [article(), article()];
      await setMark(db, 'bookmark', reader.id, kept, true, at('2030-09-10T00:00:00Z'));
      const merged = await mergeLocalData(db, reader.id, {
        bookmarks: [
          { articleSlug: kept, at: at('2030-09-01T00:00:00Z') },
          { articleSlug: added, at: at('2030-09-05T00:00:00Z') },
        ],
        history: [],
      });
      expect(merged).toEqual({ bookmarks: 1, history: 0 });
      expect(await listMarks(db, 'bookmark', reader.id)).toEqual([
        { articleSlug: kept, createdAt: at('2030-09-10T00:00:00Z') },
        { articleSlug: added, createdAt: at('2030-09-05T00:00:00Z') },
      ]);
    });

    it('adds nothing when the same data is merged a second time', async () => {
      const reader = await upsertReader(db, identity());
      const [a, b] = [article(), article()];
      const data = {
        bookmarks: [
          { articleSlug: a, at: at('2030-10-01T00:00:00Z') },
          { articleSlug: b, at: at('2030-10-02T00:00:00Z') },
        ],
        history: [{ articleSlug: a, progress: 0.5, at: at('2030-10-03T00:00:00Z') }],
      };
      expect((await mergeLocalData(db, reader.id, data)).bookmarks).toBe(2);
      const marks = await listMarks(db, 'bookmark', reader.id);
      const history = await listHistory(db, reader.id);
      expect((await mergeLocalData(db, reader.id, data)).bookmarks).toBe(0);
      expect(await listMarks(db, 'bookmark', reader.id)).toEqual(marks);
      expect(await listHistory(db, reader.id)).toEqual(history);
      expect(await rowsOf(db, bookmarks, reader.id)).toBe(2);
    });

    it('counts a bookmark given twice in one merge once', async () => {
      const reader = await upsertReader(db, identity());
      const slug = article();
      const merged = await mergeLocalData(db, reader.id, {
        bookmarks: [
          { articleSlug: slug, at: at('2030-10-05T00:00:00Z') },
          { articleSlug: slug, at: at('2030-10-06T00:00:00Z') },
        ],
        history: [],
      });
      expect(merged.bookmarks).toBe(1);
      expect(await rowsOf(db, bookmarks, reader.id)).toBe(1);
    });

    it("merges history the way readings are recorded: the latest wins, the browser's old position does not", async () => {
      const reader = await upsertReader(db, identity());
      const [newerHere, newerThere, onlyThere] = [article(), article(), article()];
      await recordReading(db, reader.id, newerHere, 0.75, at('2030-11-10T00:00:00Z'));
      await recordReading(db, reader.id, newerThere, 0.25, at('2030-11-01T00:00:00Z'));
      await mergeLocalData(db, reader.id, {
        bookmarks: [],
        history: [
          { articleSlug: newerHere, progress: 0.25, at: at('2030-11-05T00:00:00Z') },
          { articleSlug: newerThere, progress: 1, at: at('2030-11-06T00:00:00Z') },
          { articleSlug: onlyThere, progress: 0.5, at: at('2030-11-07T00:00:00Z') },
        ],
      });
      expect(await getReading(db, reader.id, newerHere)).toEqual({
        articleSlug: newerHere,
        progress: 0.75,
        firstReadAt: at('2030-11-05T00:00:00Z'),
        lastReadAt: at('2030-11-10T00:00:00Z'),
      });
      expect(await getReading(db, reader.id, newerThere)).toMatchObject({ progress: 1, lastReadAt: at('2030-11-06T00:00:00Z') });
      expect(await getReading(db, reader.id, onlyThere)).toMatchObject({ progress: 0.5 });
    });

    it('stores nothing of a merge that fails part way', async () => {
      const reader = await upsertReader(db, identity());
      const slug = article();
      await expect(
        mergeLocalData(db, reader.id, {
          bookmarks: [{ articleSlug: slug, at: at('2030-12-01T00:00:00Z') }],
          history: [
            { articleSlug: slug, progress: 0.5, at: at('2030-12-01T00:00:00Z') },
            { articleSlug: article(), progress: 7, at: at('2030-12-01T00:00:00Z') },
          ],
        }),
      ).rejects.toThrow();
      expect(await listMarks(db, 'bookmark', reader.id)).toEqual([]);
      expect(await listHistory(db, reader.id)).toEqual([]);
    });
  });

  describe('tips of signed-in readers', () => {
    it("shows a reader's name and avatar beside their tip, as they are now", async () => {
      const who = identity({ name: '小红', image: 'https://avatars.example/red.png' });
      const reader = await upsertReader(db, who);
      const slug = article();
      const tippedAt = at('2031-01-01T00:00:00Z');
      expect(await submitTip(tipInput(slug), tipContext(db, { readerId: reader.id, now: tippedAt }))).toMatchObject({
        ok: true,
        tip: { readerId: reader.id, anonymous: false },
      });
      expect((await getArticleSupporters(db, slug)).latest).toEqual([
        { reader: { name: '小红', image: 'https://avatars.example/red.png' }, createdAt: tippedAt },
      ]);
      await upsertReader(db, { ...who, name: '红红', image: null });
      expect((await getArticleSupporters(db, slug)).latest).toEqual([{ reader: { name: '红红', image: null }, createdAt: tippedAt }]);
    });

    it('hides the reader of an anonymous tip from the supporters but lists it on their own page', async () => {
      const reader = await upsertReader(db, identity({ name: '不留名' }));
      const slug = article();
      await submitTip(tipInput(slug), tipContext(db, { readerId: reader.id, now: at('2031-02-01T00:00:00Z') }));
      await submitTip(tipInput(slug), tipContext(db, { readerId: reader.id, anonymous: true, now: at('2031-02-02T00:00:00Z') }));
      await submitTip(tipInput(slug), tipContext(db, { readerId: null, now: at('2031-02-03T00:00:00Z') }));
      expect(await getArticleSupporters(db, slug)).toEqual({
        count: 3,
        latest: [
          { reader: null, createdAt: at('2031-02-03T00:00:00Z') },
          { reader: null, createdAt: at('2031-02-02T00:00:00Z') },
          { reader: { name: '不留名', image: 'https://avatars.example/1.png' }, createdAt: at('2031-02-01T00:00:00Z') },
        ],
      });
      expect(await listReaderTips(db, reader.id)).toEqual([
        { articleSlug: slug, amountFen: 500, method: 'wechat', message: null, anonymous: true, createdAt: at('2031-02-02T00:00:00Z') },
        { articleSlug: slug, amountFen: 500, method: 'wechat', message: null, anonymous: false, createdAt: at('2031-02-01T00:00:00Z') },
      ]);
    });

    it('records a tip without a reader as not anonymous, whatever the context asks', async () => {
      const result = await submitTip(tipInput(article()), tipContext(db, { readerId: null, anonymous: true }));
      expect(result).toMatchObject({ ok: true, tip: { readerId: null, anonymous: false } });
    });

    it('refuses a tip naming a reader that does not exist', async () => {
      const tip = { articleSlug: article(), authorSlug: 'author-x', amountFen: 100, method: 'wechat', message: null } as const;
      await expect(insertTip(db, { ...tip, readerId: randomUUID(), idempotencyKey: randomUUID() })).rejects.toThrow();
      await expect(insertTip(db, { ...tip, readerId: 'reader-1', idempotencyKey: randomUUID() })).rejects.toThrow();
    });

    it("deletes a reader's accounts, marks and history with them, and keeps their tips without them", async () => {
      const reader = await upsertReader(db, identity());
      const other = await upsertReader(db, identity());
      const slug = article();
      for (const id of [reader.id, other.id]) {
        await db.insert(accounts).values({ provider: 'oidc', providerAccountId: randomUUID(), userId: id });
        await setMark(db, 'bookmark', id, slug, true);
        await setMark(db, 'like', id, slug, true);
        await recordReading(db, id, slug, 0.5);
      }
      const tipped = await submitTip(tipInput(slug), tipContext(db, { readerId: reader.id, now: at('2031-03-01T00:00:00Z') }));
      expect(tipped.ok).toBe(true);

      await db.delete(users).where(eq(users.id, reader.id));

      for (const table of [accounts, bookmarks, likes, readingHistory]) {
        expect(await rowsOf(db, table, reader.id)).toBe(0);
        expect(await rowsOf(db, table, other.id)).toBeGreaterThan(0);
      }
      expect(await getMarkCounts(db, slug)).toEqual({ bookmarks: 1, likes: 1 });
      const [tip] = await db.select({ readerId: tips.readerId }).from(tips).where(eq(tips.articleSlug, slug));
      expect(tip).toEqual({ readerId: null });
      expect(await getArticleSupporters(db, slug)).toEqual({ count: 1, latest: [{ reader: null, createdAt: at('2031-03-01T00:00:00Z') }] });
      expect(await listReaderTips(db, reader.id)).toEqual([]);
    });
  });

  it('migrates a database with tips from before reader accounts, keeping its tips', async () => {
    const fresh = await backend.open();
    try {
      // The state 0000 left: its statements applied, and recorded as the migrator records them (it
      // applies every migration newer than the latest recorded `created_at`).
      const [first, ...later] = readMigrationFiles({ migrationsFolder: migrationsFolder() });
      expect(later.length).toBeGreaterThan(0);
      const firstSql = readFileSync(path.join(migrationsFolder(), '0000_create_tips.sql'), 'utf8');
      expect(first!.sql).toEqual(firstSql.split('--> statement-breakpoint'));
      for (const statement of first!.sql) await fresh.db.execute(sql.raw(statement));
      await fresh.db.execute(sql`create schema drizzle`);
      await fresh.db.execute(sql`create table drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`);
      await fresh.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${first!.hash}, ${first!.folderMillis})`);
      await fresh.db.execute(
        sql`insert into tips (article_slug, author_slug, amount_fen, method, message, reader_id, idempotency_key, created_at)
            values ('旧文章', 'author-old', 520, 'alipay', '老读者', null, 'old-tip-key', '2029-01-01T00:00:00Z')`,
      );

      await fresh.migrate();

      expect(await fresh.db.select().from(tips)).toEqual([
        {
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          articleSlug: '旧文章',
          authorSlug: 'author-old',
          amountFen: 520,
          method: 'alipay',
          message: '老读者',
          readerId: null,
          anonymous: false,
          idempotencyKey: 'old-tip-key',
          createdAt: at('2029-01-01T00:00:00Z'),
        },
      ]);
      // reader_id is now a reader: a reader's id is taken, an unknown one refused.
      const reader = await upsertReader(fresh.db, identity({ name: '新读者' }));
      const tip = { articleSlug: '旧文章', authorSlug: 'author-old', amountFen: 100, method: 'wechat', message: null } as const;
      await insertTip(fresh.db, { ...tip, readerId: reader.id, idempotencyKey: 'new-tip-key', createdAt: at('2030-01-01T00:00:00Z') });
      await expect(insertTip(fresh.db, { ...tip, readerId: randomUUID(), idempotencyKey: 'stray-key' })).rejects.toThrow();
      expect(await getArticleSupporters(fresh.db, '旧文章')).toEqual({
        count: 2,
        latest: [
          { reader: { name: '新读者', image: 'https://avatars.example/1.png' }, createdAt: at('2030-01-01T00:00:00Z') },
          { reader: null, createdAt: at('2029-01-01T00:00:00Z') },
        ],
      });
      // Migrating again applies nothing twice.
      await fresh.migrate();
      expect(await fresh.db.select({ n: count() }).from(tips)).toEqual([{ n: 2 }]);
    } finally {
      await fresh.close();
    }
  });
});
