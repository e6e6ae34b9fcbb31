import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from './connection';
import { commentBlocks, commentRoles, comments, commentStatuses } from './schema';

export type CommentStatus = (typeof commentStatuses)[number];
export type CommentRole = (typeof commentRoles)[number];
export type StoredComment = typeof comments.$inferSelect;

/**
 * Who writes a comment: a signed-in reader, or a guest known by a nickname (and an address's hash).
 * A guest has a role only when imported: the old comment service marked the blog's owner.
 */
export type Commenter = { readerId: string; name: string; role?: CommentRole | null } | { guest: { name: string; emailHash?: string | null; site?: string | null; role?: CommentRole | null } };

export type NewComment = {
  articleSlug: string;
  body: string;
  by: Commenter;
  status: CommentStatus;
  /** The comment answered; a reply to a reply hangs under the same top-level comment. */
  replyTo?: string;
  importKey?: string;
  createdAt?: Date;
};

/** How long a reader may still edit or withdraw their own comment. */
export const OWN_EDIT_WINDOW_MS = 10 * 60 * 1000;

export class CommentError extends Error {
  constructor(readonly reason: 'no-such-comment' | 'other-article') {
    super(reason);
  }
}

/**
 * Stores a comment. A reply is attached one level deep: to the comment it answers, or to that
 * comment's own top-level comment, with the @mention of whom it answers. An `importKey` already
 * stored makes this a no-op (undefined), so an import can run again.
 */
export async function addComment(db: Database, input: NewComment): Promise<StoredComment | undefined> {
  let parentId: string | null = null;
  let replyToName: string | null = null;
  if (input.replyTo) {
    const [answered] = await db.select().from(comments).where(eq(comments.id, input.replyTo));
    if (!answered) throw new CommentError('no-such-comment');
    if (answered.articleSlug !== input.articleSlug) throw new CommentError('other-article');
    parentId = answered.parentId ?? answered.id;
    replyToName = answered.authorName;
  }
  const who =
    'readerId' in input.by
      ? { readerId: input.by.readerId, authorName: input.by.name, role: input.by.role ?? null }
      : { authorName: input.by.guest.name, emailHash: input.by.guest.emailHash ?? null, site: input.by.guest.site ?? null, role: input.by.guest.role ?? null };
  const [stored] = await db
    .insert(comments)
    .values({
      articleSlug: input.articleSlug,
      body: input.body,
      status: input.status,
      parentId,
      replyToName,
      importKey: input.importKey,
      ...(input.createdAt && { createdAt: input.createdAt }),
      ...who,
    })
    .onConflictDoNothing({ target: comments.importKey })
    .returning();
  return stored;
}

/** Shown to readers: approved. A withdrawn comment is shown as withdrawn while replies hang on it. */
const shown = (slug: string) => and(eq(comments.articleSlug, slug), eq(comments.status, 'approved'));

export type CommentThread = { comment: StoredComment; replies: StoredComment[] };

/** A page of an article's approved top-level comments, each with its approved replies (oldest first). */
export async function listComments(
  db: Database,
  articleSlug: string,
  { order = 'oldest', page = 1, perPage = 50 }: { order?: 'oldest' | 'newest'; page?: number; perPage?: number } = {},
): Promise<{ threads: CommentThread[]; total: number; pages: number }> {
  const topLevel = and(shown(articleSlug), isNull(comments.parentId));
  const [{ total }] = (await db.select({ total: count() }).from(comments).where(topLevel)) as [{ total: number }];
  const tops = await db
    .select()
    .from(comments)
    .where(topLevel)
    .orderBy(order === 'oldest' ? asc(comments.createdAt) : desc(comments.createdAt), asc(comments.id))
    .limit(perPage)
    .offset((page - 1) * perPage);
  const replies = tops.length
    ? await db
        .select()
        .from(comments)
        .where(and(shown(articleSlug), inArray(comments.parentId, tops.map((c) => c.id))))
        .orderBy(asc(comments.createdAt), asc(comments.id))
    : [];
  const threads = tops.map((comment) => ({ comment, replies: replies.filter((reply) => reply.parentId === comment.id) }));
  return { threads, total, pages: Math.max(1, Math.ceil(total / perPage)) };
}

/** Approved, not withdrawn comments (replies included) of each article asked for; 0 for one with none. */
export async function countComments(db: Database, articleSlugs: string[]): Promise<Map<string, number>> {
  const counts = new Map(articleSlugs.map((slug) => [slug, 0]));
  if (articleSlugs.length === 0) return counts;
  const rows = await db
    .select({ slug: comments.articleSlug, n: count() })
    .from(comments)
    .where(and(inArray(comments.articleSlug, articleSlugs), eq(comments.status, 'approved'), isNull(comments.withdrawnAt)))
    .groupBy(comments.articleSlug);
  for (const row of rows) counts.set(row.slug, Number(row.n));
  return counts;
}

/** A comment imported before, by its origin (`waline:<id>`): where an import run again finds what it stored. */
export async function findImportedComment(db: Database, importKey: string): Promise<Pick<StoredComment, 'id' | 'articleSlug'> | undefined> {
  const [row] = await db.select({ id: comments.id, articleSlug: comments.articleSlug }).from(comments).where(eq(comments.importKey, importKey));
  return row;
}

export type OwnChange = 'done' | 'not-found' | 'too-late';

/** A reader's own comment, changed within the edit window: its text, or withdrawn. */
async function changeOwn(db: Database, id: string, readerId: string, now: Date, change: Partial<StoredComment>): Promise<OwnChange> {
  const [own] = await db
    .select({ createdAt: comments.createdAt, withdrawnAt: comments.withdrawnAt })
    .from(comments)
    .where(and(eq(comments.id, id), eq(comments.readerId, readerId)));
  if (!own || own.withdrawnAt) return 'not-found';
  if (now.getTime() - own.createdAt.getTime() > OWN_EDIT_WINDOW_MS) return 'too-late';
  await db.update(comments).set(change).where(eq(comments.id, id));
  return 'done';
}

export const editOwnComment = (db: Database, id: string, readerId: string, body: string, now = new Date()) => changeOwn(db, id, readerId, now, { body, editedAt: now });
export const withdrawOwnComment = (db: Database, id: string, readerId: string, now = new Date()) => changeOwn(db, id, readerId, now, { withdrawnAt: now });

/** Moderation: a comment approved, hidden or marked spam; false when there is no such comment. */
export async function setCommentStatus(db: Database, id: string, status: CommentStatus): Promise<boolean> {
  const changed = await db.update(comments).set({ status }).where(eq(comments.id, id)).returning({ id: comments.id });
  return changed.length > 0;
}

/** Moderation: a comment removed for good (its replies stay, at the top). */
export async function deleteComment(db: Database, id: string): Promise<boolean> {
  const removed = await db.delete(comments).where(eq(comments.id, id)).returning({ id: comments.id });
  return removed.length > 0;
}

/** The comments waiting for (or given) a moderator's decision, newest first; limited to some articles for an author. */
export async function commentsByStatus(db: Database, status: CommentStatus, { articleSlugs, limit = 50 }: { articleSlugs?: string[]; limit?: number } = {}): Promise<StoredComment[]> {
  if (articleSlugs?.length === 0) return [];
  return db
    .select()
    .from(comments)
    .where(and(eq(comments.status, status), articleSlugs ? inArray(comments.articleSlug, articleSlugs) : undefined))
    .orderBy(desc(comments.createdAt))
    .limit(limit);
}

/** One comment by id, whatever its status: what a moderator or its writer acts on. */
export async function findComment(db: Database, id: string): Promise<StoredComment | undefined> {
  const [row] = await db.select().from(comments).where(eq(comments.id, id));
  return row;
}

/** How many comments stand in each status (the moderation tabs); limited to some articles for an author. */
export async function countCommentsByStatus(db: Database, { articleSlugs }: { articleSlugs?: string[] } = {}): Promise<Record<CommentStatus, number>> {
  const counts = Object.fromEntries(commentStatuses.map((status) => [status, 0])) as Record<CommentStatus, number>;
  if (articleSlugs?.length === 0) return counts;
  const rows = await db
    .select({ status: comments.status, n: count() })
    .from(comments)
    .where(articleSlugs ? inArray(comments.articleSlug, articleSlugs) : undefined)
    .groupBy(comments.status);
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}

export type BlockTarget = { readerId: string } | { emailHash: string };

/** A reader or a guest address may no longer comment; blocking twice is one block. */
export async function blockCommenter(db: Database, target: BlockTarget, blockedBy: string): Promise<void> {
  await db
    .insert(commentBlocks)
    .values({ ...target, blockedBy })
    .onConflictDoNothing();
}

/** Whether this reader or this guest address is blocked. */
export async function isBlocked(db: Database, who: { readerId?: string; emailHash?: string | null }): Promise<boolean> {
  const checks = [who.readerId ? eq(commentBlocks.readerId, who.readerId) : undefined, who.emailHash ? eq(commentBlocks.emailHash, who.emailHash) : undefined].filter(Boolean);
  if (checks.length === 0) return false;
  const [row] = await db
    .select({ id: commentBlocks.id })
    .from(commentBlocks)
    .where(checks.length === 1 ? checks[0] : sql`${checks[0]} or ${checks[1]}`)
    .limit(1);
  return row !== undefined;
}

/** The same text by the same writer under the same article already stored: a double post or a flood. */
export async function isDuplicate(db: Database, articleSlug: string, by: Commenter, body: string): Promise<boolean> {
  const writer = 'readerId' in by ? eq(comments.readerId, by.readerId) : by.guest.emailHash ? eq(comments.emailHash, by.guest.emailHash) : eq(comments.authorName, by.guest.name);
  const [row] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.articleSlug, articleSlug), writer, eq(comments.body, body)))
    .limit(1);
  return row !== undefined;
}
