/**
 * The fields the three formats share, each validated on its own so that a row which fails names
 * the field (`url: missing`, `insertedAt: not a date`). Text loses its control characters: they
 * cannot be seen, and in a name or an address they only do harm.
 */
import { z } from 'zod';
import { exportDate } from './dates';

/** C0, DEL and C1 control characters; a single-line field loses its line breaks too. */
const oneLine = (text: string) => text.replace(/\p{Cc}/gu, '').trim();
/** A body keeps its line breaks and tabs (Windows line ends made plain), and otherwise its text as stored. */
const multiLine = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\n\t]/gu, '');

const expected = (what: string) => (issue: { input?: unknown }) => (issue.input == null ? 'missing' : `not ${what}`);

/** A row's own id: text, or a number where the store counts (Waline on MySQL, PostgreSQL, SQLite). */
export const rowId = z
  .union([z.string(), z.number()], { error: expected('an id') })
  .transform((id) => oneLine(String(id)))
  .refine((id) => id !== '', 'empty');

/** Another row's id (`pid`, `rid`, `user_id`): absent, null or empty when there is none. */
export const refId = z
  .union([z.string(), z.number(), z.null()], { error: 'not an id' })
  .optional()
  .transform((id) => (id == null ? undefined : oneLine(String(id)) || undefined));

/** The page a comment belongs to, kept as stored: percent-encoded or not, with `index.html` or not. */
export const pageUrl = z
  .string({ error: expected('text') })
  .transform(oneLine)
  .refine((url) => url !== '', 'empty');

export const body = z
  .string({ error: expected('text') })
  .transform(multiLine)
  .refine((text) => text.trim() !== '', 'empty');

/** A name, address or site: whatever is not text, or is empty, is none. */
export const optionalText = z
  .unknown()
  .optional()
  .transform((value) => (typeof value === 'string' ? oneLine(value) || undefined : undefined));

/** Adds the issue and returns z.NEVER when a value is no moment, so the row is skipped. */
const dateOf = (value: unknown, ctx: { addIssue(issue: { code: 'custom'; message: string }): void }) => {
  const date = exportDate(value);
  if (date) return date;
  ctx.addIssue({ code: 'custom', message: value == null ? 'missing' : 'not a date' });
  return z.NEVER;
};

export const requiredDate = z.unknown().optional().transform(dateOf);
export const optionalDate = z
  .unknown()
  .optional()
  .transform((value, ctx) => (value == null ? undefined : dateOf(value, ctx)));

/**
 * All three keep a reply's top-level comment in `rid` and the comment it answers in `pid`. A reply
 * saved without `pid` answers its top-level comment: Twikoo and Valine fill `pid` from `rid`.
 */
export const thread = (pid: string | undefined, rid: string | undefined) => ({ parentId: rid, replyToId: pid ?? rid });

/**
 * The fields of a Valine comment row, which Waline kept when it took Valine's LeanCloud class over
 * (its own export adds `status` and `user_id`).
 */
export const valineCommentFields = {
  objectId: rowId,
  url: pageUrl,
  comment: body,
  nick: optionalText,
  mail: optionalText,
  link: optionalText,
  insertedAt: optionalDate,
  createdAt: optionalDate,
  pid: refId,
  rid: refId,
};

/**
 * When a Valine or Waline comment was written: `insertedAt`, else `createdAt` for rows from before
 * Valine kept one; an issue on the row when it has neither.
 */
export function writtenAt(row: { insertedAt?: Date; createdAt?: Date }, ctx: z.RefinementCtx): Date | undefined {
  const at = row.insertedAt ?? row.createdAt;
  if (!at) ctx.addIssue({ code: 'custom', message: 'missing', path: ['insertedAt'] });
  return at;
}
