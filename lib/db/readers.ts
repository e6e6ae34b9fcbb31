import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Database } from './connection';
import { accounts, bookmarks, likes, readingHistory, tips, users } from './schema';

/** A signed-in reader as the site shows them. */
export type Reader = { id: string; name: string | null; image: string | null };

/** Who a provider says signed in: its name for itself, and its own id for the person. */
export type ProviderIdentity = {
  provider: string;
  providerAccountId: string;
  name?: string | null;
  image?: string | null;
  email?: string | null;
};

/**
 * The reader behind a provider identity, created on first sign-in; name, avatar and email follow
 * the provider on every sign-in. Concurrent first sign-ins of one identity end with one reader:
 * the account's primary key decides, and the loser's new user row is removed again.
 */
export async function upsertReader(db: Database, identity: ProviderIdentity, at = new Date()): Promise<Reader> {
  const profile = { name: identity.name ?? null, image: identity.image ?? null, email: identity.email ?? null };
  const key = and(eq(accounts.provider, identity.provider), eq(accounts.providerAccountId, identity.providerAccountId));
  const [known] = await db.select({ userId: accounts.userId }).from(accounts).where(key);
  if (known) {
    const [updated] = await db
      .update(users)
      .set({ ...profile, lastSignInAt: at })
      .where(eq(users.id, known.userId))
      .returning({ id: users.id, name: users.name, image: users.image });
    if (updated) return updated;
  }
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ ...profile, createdAt: at, lastSignInAt: at })
      .returning({ id: users.id, name: users.name, image: users.image });
    const [linked] = await tx
      .insert(accounts)
      .values({ provider: identity.provider, providerAccountId: identity.providerAccountId, userId: created!.id, createdAt: at })
      .onConflictDoNothing()
      .returning({ userId: accounts.userId });
    if (linked) return created!;
    // Another sign-in of the same identity got there first: use its reader, drop ours.
    await tx.delete(users).where(eq(users.id, created!.id));
    const [winner] = await tx.select({ userId: accounts.userId }).from(accounts).where(key);
    const [reader] = await tx.select({ id: users.id, name: users.name, image: users.image }).from(users).where(eq(users.id, winner!.userId));
    return reader!;
  });
}

export async function getReader(db: Database, id: string): Promise<Reader | undefined> {
  const [reader] = await db.select({ id: users.id, name: users.name, image: users.image }).from(users).where(eq(users.id, id));
  return reader;
}

/** Bookmarks (收藏) and likes (点赞): a reader marks an article once. */
export type MarkKind = 'bookmark' | 'like';
const markTables = { bookmark: bookmarks, like: likes } as const;

/** Marks or unmarks; doing either twice changes nothing the second time. */
export async function setMark(db: Database, kind: MarkKind, userId: string, articleSlug: string, on: boolean, at = new Date()): Promise<void> {
  const table = markTables[kind];
  if (on) {
    await db.insert(table).values({ userId, articleSlug, createdAt: at }).onConflictDoNothing();
  } else {
    await db.delete(table).where(and(eq(table.userId, userId), eq(table.articleSlug, articleSlug)));
  }
}

export type Mark = { articleSlug: string; createdAt: Date };

/** A reader's marks of one kind, newest first. */
export async function listMarks(db: Database, kind: MarkKind, userId: string, limit = 1000): Promise<Mark[]> {
  const table = markTables[kind];
  return db
    .select({ articleSlug: table.articleSlug, createdAt: table.createdAt })
    .from(table)
    .where(eq(table.userId, userId))
    .orderBy(desc(table.createdAt), desc(table.articleSlug))
    .limit(limit);
}

/** How many readers bookmarked and liked an article. */
export async function getMarkCounts(db: Database, articleSlug: string): Promise<{ bookmarks: number; likes: number }> {
  const [[bookmarked], [liked]] = await Promise.all([
    db.select({ n: count() }).from(bookmarks).where(eq(bookmarks.articleSlug, articleSlug)),
    db.select({ n: count() }).from(likes).where(eq(likes.articleSlug, articleSlug)),
  ]);
  return { bookmarks: bookmarked?.n ?? 0, likes: liked?.n ?? 0 };
}

export type Reading = { articleSlug: string; progress: number; firstReadAt: Date; lastReadAt: Date };

/**
 * Records that the reader was at `progress` (0 to 1) in the article at `at`. The latest reading
 * wins, whichever device it came from; a report older than the one stored (a slow request, a
 * merge of a browser's old history) changes nothing.
 */
export async function recordReading(db: Database, userId: string, articleSlug: string, progress: number, at = new Date()): Promise<void> {
  await recordReadings(db, userId, [{ articleSlug, progress, at }]);
}

/** `recordReading` for many articles in one statement; several reports of one article fold into one first. */
async function recordReadings(db: Database, userId: string, readings: { articleSlug: string; progress: number; at: Date }[]): Promise<void> {
  const bySlug = new Map<string, { userId: string; articleSlug: string; progress: number; firstReadAt: Date; lastReadAt: Date }>();
  for (const { articleSlug, progress, at } of readings) {
    const seen = bySlug.get(articleSlug);
    if (!seen) bySlug.set(articleSlug, { userId, articleSlug, progress, firstReadAt: at, lastReadAt: at });
    else if (at >= seen.lastReadAt) Object.assign(seen, { progress, lastReadAt: at });
    else if (at < seen.firstReadAt) seen.firstReadAt = at;
  }
  if (bySlug.size === 0) return;
  await db
    .insert(readingHistory)
    .values([...bySlug.values()])
    .onConflictDoUpdate({
      target: [readingHistory.userId, readingHistory.articleSlug],
      set: {
        progress: sql`case when excluded.last_read_at >= ${readingHistory.lastReadAt} then excluded.progress else ${readingHistory.progress} end`,
        lastReadAt: sql`greatest(${readingHistory.lastReadAt}, excluded.last_read_at)`,
        firstReadAt: sql`least(${readingHistory.firstReadAt}, excluded.first_read_at)`,
      },
    });
}

export async function getReading(db: Database, userId: string, articleSlug: string): Promise<Reading | undefined> {
  const [reading] = await db
    .select({ articleSlug: readingHistory.articleSlug, progress: readingHistory.progress, firstReadAt: readingHistory.firstReadAt, lastReadAt: readingHistory.lastReadAt })
    .from(readingHistory)
    .where(and(eq(readingHistory.userId, userId), eq(readingHistory.articleSlug, articleSlug)));
  return reading;
}

/** The articles a reader opened, most recently read first. */
export async function listHistory(db: Database, userId: string, limit = 1000): Promise<Reading[]> {
  return db
    .select({ articleSlug: readingHistory.articleSlug, progress: readingHistory.progress, firstReadAt: readingHistory.firstReadAt, lastReadAt: readingHistory.lastReadAt })
    .from(readingHistory)
    .where(eq(readingHistory.userId, userId))
    .orderBy(desc(readingHistory.lastReadAt), desc(readingHistory.articleSlug))
    .limit(limit);
}

/** What one browser kept before its reader signed in. */
export type LocalReaderData = {
  bookmarks: { articleSlug: string; at: Date }[];
  history: { articleSlug: string; progress: number; at: Date }[];
};

/**
 * Moves a browser's bookmarks and history into the reader's account, in one transaction. Marks the
 * account has already are kept as they are (the earlier time stays), so merging twice, or merging
 * the same bookmarks from two devices, adds nothing the second time.
 */
export async function mergeLocalData(db: Database, userId: string, data: LocalReaderData): Promise<{ bookmarks: number; history: number }> {
  return db.transaction(async (tx) => {
    const added =
      data.bookmarks.length === 0
        ? []
        : await tx
            .insert(bookmarks)
            .values(data.bookmarks.map((b) => ({ userId, articleSlug: b.articleSlug, createdAt: b.at })))
            .onConflictDoNothing()
            .returning({ articleSlug: bookmarks.articleSlug });
    await recordReadings(tx, userId, data.history);
    return { bookmarks: added.length, history: data.history.length };
  });
}

export type ReaderTip = { articleSlug: string; amountFen: number; method: string; message: string | null; anonymous: boolean; createdAt: Date };

/** The tips a reader gave while signed in, newest first. */
export async function listReaderTips(db: Database, userId: string, limit = 1000): Promise<ReaderTip[]> {
  return db
    .select({ articleSlug: tips.articleSlug, amountFen: tips.amountFen, method: tips.method, message: tips.message, anonymous: tips.anonymous, createdAt: tips.createdAt })
    .from(tips)
    .where(eq(tips.readerId, userId))
    .orderBy(desc(tips.createdAt), desc(tips.id))
    .limit(limit);
}
