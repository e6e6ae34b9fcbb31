/**
 * Waline's export: its admin's 导出 (Migration → Export) saves what the server's `GET /db` gives,
 * `{ "__version", "type": "waline", "version": 1, "time", "tables", "data": { "Comment": […],
 * "Counter": […], "Users": […] } }`. A comment row holds `objectId`, `url`, `nick`, `mail`,
 * `link`, `comment` (Markdown), `insertedAt` (when it was written; `createdAt` is when the row was,
 * which an earlier import resets), `pid` (the comment answered), `rid` (the top-level comment),
 * `status` and `user_id` (a signed-in commenter's `Users` row, whose `type` is `administrator` for
 * the blog's owner). Ids and dates come as the store hands them out: numbers on MySQL,
 * PostgreSQL and SQLite, text on LeanCloud and MongoDB.
 */
import { z } from 'zod';
import { expectFormat } from './detect';
import { optionalText, refId, rowId, thread, valineCommentFields, writtenAt } from './fields';
import { isRecord, parseExport, type ParsedExport } from './parse';
import { readRows } from './rows';
import type { ImportedComment, ReadResult } from './types';

export function readWalineExport(text: string): ReadResult {
  return readWaline(parseExport(text));
}

export function readWaline(parsed: ParsedExport): ReadResult {
  expectFormat(parsed, 'waline');
  const data = parsed.kind === 'document' && isRecord(parsed.value) && isRecord(parsed.value.data) ? parsed.value.data : {};
  // Waline's own importer passes over a table that is not an array; so does this.
  const comments = Array.isArray(data.Comment) ? data.Comment : [];
  const users = Array.isArray(data.Users) ? data.Users : [];
  return readRows(comments, commentRow(usersById(users)), { field: 'objectId', schema: rowId });
}

type User = { name?: string; email?: string; site?: string; administrator: boolean };

const userRow = z.object({ objectId: rowId, display_name: optionalText, email: optionalText, url: optionalText, type: z.unknown().optional() });

/** A signed-in commenter's row, whose name, address and site Waline shows instead of the comment's own. */
function usersById(rows: unknown[]): Map<string, User> {
  const users = new Map<string, User>();
  for (const row of rows) {
    const user = userRow.safeParse(row);
    if (user.success) users.set(user.data.objectId, {
        name: user.data.display_name,
        email: user.data.email,
        site: user.data.url,
        administrator: user.data.type === 'administrator',
      });
  }
  return users;
}

/**
 * The status Waline keeps, as it treats it: everything but `waiting` and `spam` is shown, which
 * takes in rows from Valine that have none.
 */
const statusOf = (status: unknown): ImportedComment['status'] =>
  status === 'waiting' ? 'pending' : status === 'spam' ? 'spam' : 'approved';

const commentRow = (users: Map<string, User>) =>
  z
    .object(
      { ...valineCommentFields, status: z.unknown().optional(), user_id: refId },
      { error: 'not an object' },
    )
    .transform((row, ctx): ImportedComment => {
      const createdAt = writtenAt(row, ctx);
      if (!createdAt) return z.NEVER;
      const user = row.user_id === undefined ? undefined : users.get(row.user_id);
      const by = user ?? { name: row.nick, email: row.mail, site: row.link, administrator: false };
      return {
        source: 'waline',
        id: row.objectId,
        url: row.url,
        // Waline's own fallback when a comment has neither a user nor a nickname.
        authorName: by.name ?? 'Anonymous',
        email: by.email,
        site: by.site,
        byOwner: by.administrator,
        body: row.comment,
        createdAt,
        ...thread(row.pid, row.rid),
        status: statusOf(row.status),
      };
    });
