/**
 * Twikoo's export: its admin's 导出 (Export → comments) saves the `comment` collection as a JSON
 * array, each document as stored: `_id`, `url` (the page's `location.pathname` unless the blog set
 * a path, so percent-encoded), `nick`, `mail`, `link`, `comment` (HTML, sanitised when written),
 * `created` (milliseconds), `pid` (the comment answered), `rid` (the top-level comment),
 * `isSpam` and `master` (written by the blog's owner). Older exports are MongoDB's extended JSON, a document a line, with
 * `"_id": {"$oid": …}` and `"created": {"$numberLong": …}`.
 */
import { z } from 'zod';
import { expectFormat, rowsOf } from './detect';
import { body, optionalText, pageUrl, refId, requiredDate, rowId, thread } from './fields';
import { parseExport, type ParsedExport } from './parse';
import { readRows, withBrokenLines } from './rows';
import type { ImportedComment, ReadResult } from './types';

export function readTwikooExport(text: string): ReadResult {
  return readTwikoo(parseExport(text));
}

export function readTwikoo(parsed: ParsedExport): ReadResult {
  expectFormat(parsed, 'twikoo');
  return withBrokenLines(parsed, readRows(rowsOf(parsed), commentRow, { field: '_id', schema: twikooId }));
}

const twikooId = z.union([z.object({ $oid: rowId }).transform(({ $oid }) => $oid), rowId], { error: 'not an id' });

const commentRow = z
  .object(
    {
      _id: twikooId,
      url: pageUrl,
      comment: body,
      nick: optionalText,
      mail: optionalText,
      link: optionalText,
      created: requiredDate,
      pid: refId,
      rid: refId,
      isSpam: z.unknown().optional(),
      master: z.unknown().optional(),
    },
    { error: 'not an object' },
  )
  .transform(
    (row): ImportedComment => ({
      source: 'twikoo',
      id: row._id,
      url: row.url,
      // What Twikoo itself stores for a comment sent without a nickname.
      authorName: row.nick ?? '匿名',
      email: row.mail,
      site: row.link,
      // Set when the blog's owner, signed in to the admin, wrote it with the 博主 address.
      byOwner: row.master === true,
      body: row.comment,
      createdAt: row.created,
      ...thread(row.pid, row.rid),
      // Twikoo has one flag for both: caught as spam, or held for review where every comment is
      // (its MANUAL_REVIEW setting). Either way it was hidden; its admin labels it spam.
      status: row.isSpam === true ? 'spam' : 'approved',
    }),
  );
