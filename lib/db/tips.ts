import { count, desc, eq } from 'drizzle-orm';
import type { Database } from './connection';
import { tipMethods, tips, users } from './schema';

export type TipMethod = (typeof tipMethods)[number];

export type Tip = {
  id: string;
  articleSlug: string;
  authorSlug: string;
  amountFen: number;
  method: TipMethod;
  message: string | null;
  readerId: string | null;
  /** Given signed in, but not to be shown under the reader's name. */
  anonymous: boolean;
  createdAt: Date;
};

export type NewTip = Omit<Tip, 'id' | 'createdAt' | 'anonymous'> & {
  anonymous?: boolean;
  idempotencyKey: string;
  /** Defaults to the database's clock. */
  createdAt?: Date;
};

/**
 * Records a tip once per idempotency key: a second call with the key, even a concurrent one,
 * records nothing and returns the first tip with created=false. The unique constraint decides
 * the race, so this holds across processes and servers too.
 */
export async function insertTip(db: Database, tip: NewTip): Promise<{ tip: Tip; created: boolean }> {
  const [inserted] = await db
    .insert(tips)
    .values(tip)
    .onConflictDoNothing({ target: tips.idempotencyKey })
    .returning();
  if (inserted) return { tip: toTip(inserted), created: true };
  // The conflicting row is committed by now: PostgreSQL waits for its transaction before skipping.
  const [existing] = await db.select().from(tips).where(eq(tips.idempotencyKey, tip.idempotencyKey));
  if (!existing) throw new Error(`tip with idempotency key ${tip.idempotencyKey} conflicted but cannot be found`);
  return { tip: toTip(existing), created: false };
}

/** One of an article's latest supporters: a named reader, or null for an anonymous tip. */
export type Supporter = { reader: { name: string | null; image: string | null } | null; createdAt: Date };

/** How many tips an article has had, and who gave the latest ones, newest first. */
export async function getArticleSupporters(db: Database, articleSlug: string, latest = 10): Promise<{ count: number; latest: Supporter[] }> {
  const [total, recent] = await Promise.all([
    db.select({ count: count() }).from(tips).where(eq(tips.articleSlug, articleSlug)),
    db
      .select({ readerId: tips.readerId, anonymous: tips.anonymous, name: users.name, image: users.image, createdAt: tips.createdAt })
      .from(tips)
      .leftJoin(users, eq(users.id, tips.readerId))
      .where(eq(tips.articleSlug, articleSlug))
      .orderBy(desc(tips.createdAt), desc(tips.id))
      .limit(latest),
  ]);
  return {
    count: total[0]?.count ?? 0,
    latest: recent.map(({ readerId, anonymous, name, image, createdAt }) => ({
      reader: readerId !== null && !anonymous ? { name, image } : null,
      createdAt,
    })),
  };
}

/** Tips across all of an author's articles (a reader who tips twice counts twice). */
export async function getAuthorSupporterCount(db: Database, authorSlug: string): Promise<number> {
  const [row] = await db.select({ count: count() }).from(tips).where(eq(tips.authorSlug, authorSlug));
  return row?.count ?? 0;
}

function toTip(row: typeof tips.$inferSelect): Tip {
  const { idempotencyKey: _key, ...tip } = row;
  return tip;
}
