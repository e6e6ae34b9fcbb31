/**
 * Stores the comments read from an export under the articles their pages were, for
 * `npm run comments:import`. Each keeps its author's name, its date, its status and its place in
 * its thread; an address only as its hash. Each is stored once under its origin
 * (`waline:<id>`), so a second run, or one after a run that stopped half-way, adds only what is
 * missing. Nothing is left out without a reason in the outcome.
 */
import type { Database } from '../../db';
import { addComment, findImportedComment, type CommentStatus } from '../../db/comments';
import { emailHash, guestSite } from '../input';
import type { PageMatch } from './match';
import { importedText } from './text';
import { answeredFirst } from './thread-order';
import type { ImportedComment, ReadResult } from './types';

/** Why a comment was left out: its row could not be read, its page is none of our articles, it answers one left out, or it has no text to keep. */
export type SkipReason = 'unreadable' | 'no-article' | 'thread' | 'text';
export type SkippedComment = { id?: string; reason: SkipReason; detail: string };

export type ImportOutcome = {
  /** Stored by this run (with `dryRun`, would have been). */
  imported: number;
  /** Stored by an earlier run. */
  alreadyThere: number;
  skipped: SkippedComment[];
};

/** The comments table's bound on a body (lib/db/schema.ts), in characters. */
const BODY_MAX = 20_000;

/**
 * A deleted row that still has its text is kept hidden rather than dropped: out of sight, as it
 * was, and there for a moderator to see.
 */
const statusHere: Record<ImportedComment['status'], CommentStatus> = { approved: 'approved', pending: 'pending', spam: 'spam', deleted: 'hidden' };

/** Where a comment of the export went: its id here (none in a dry run) and its article. */
type Placed = { id?: string; articleSlug: string };

export async function storeImportedComments(
  db: Database,
  read: ReadResult,
  matchPage: (pageUrl: string) => PageMatch,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = {
    imported: 0,
    alreadyThere: 0,
    skipped: read.skipped.map((row) => ({ id: row.id, reason: 'unreadable', detail: row.reason })),
  };
  const inExport = new Set(read.comments.map((comment) => comment.id));
  // By the comment's id in the export: a reply is stored under the comment it answers.
  const placed = new Map<string, Placed>();

  for (const comment of answeredFirst(read.comments)) {
    const skip = (reason: SkipReason, detail: string) => outcome.skipped.push({ id: comment.id, reason, detail });
    const importKey = `${comment.source}:${comment.id}`;
    const earlier = await findImportedComment(db, importKey);
    if (earlier) {
      placed.set(comment.id, earlier);
      outcome.alreadyThere++;
      continue;
    }
    const page = matchPage(comment.url);
    if ('reason' in page) {
      skip('no-article', page.reason);
      continue;
    }
    const articleSlug = page.article.slug;
    let answered: Placed | undefined;
    if (comment.replyToId) {
      // The comment it answers, or else, when that one is gone from the export, its top-level
      // comment, under which the old service still showed it.
      const answeredId = inExport.has(comment.replyToId) ? comment.replyToId : comment.parentId;
      answered = answeredId === undefined ? undefined : placed.get(answeredId);
      if (!answered) {
        skip('thread', `answers ${comment.replyToId}, which ${inExport.has(comment.replyToId) ? 'was not imported' : 'is not in the export'}`);
        continue;
      }
      if (answered.articleSlug !== articleSlug) {
        skip('thread', `answers ${answeredId}, which is under another article`);
        continue;
      }
    }
    const body = importedText(comment);
    if (body === '' || [...body].length > BODY_MAX) {
      skip('text', body === '' ? 'no text once its HTML is read' : `longer than ${BODY_MAX.toLocaleString('en')} characters`);
      continue;
    }
    if (dryRun) {
      placed.set(comment.id, { articleSlug });
      outcome.imported++;
      continue;
    }
    const stored = await addComment(db, {
      articleSlug,
      body,
      by: {
        guest: {
          name: comment.authorName,
          emailHash: comment.email ? emailHash(comment.email) : null,
          site: guestSite.safeParse(comment.site).data ?? null,
          role: comment.byOwner ? 'author' : null,
        },
      },
      status: statusHere[comment.status],
      replyTo: answered?.id,
      importKey,
      createdAt: comment.createdAt,
    });
    // None only when another run stored the same comment since the look-up above.
    placed.set(comment.id, stored ?? (await findImportedComment(db, importKey))!);
    if (stored) outcome.imported++;
    else outcome.alreadyThere++;
  }
  return outcome;
}
