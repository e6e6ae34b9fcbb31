/**
 * Valine's comments live in a LeanCloud class, `Comment` unless the blog named another, and leave
 * through LeanCloud's data export (导入导出 → 导出): JSON lines, an object a line, or in China one
 * document `{"results": […], "className": "Comment"}`. A row holds `objectId`, `url` (the path
 * decoded by `decodeURI`, so Chinese as written), `nick`, `mail`, `link`, `comment` (HTML from its
 * Markdown editor), `insertedAt` (`{"__type": "Date", "iso": …}`), `createdAt` (ISO text),
 * `pid` (the comment answered) and `rid` (the top-level comment), and `isSpam` where
 * Valine-Admin's spam check marked it. Valine itself has no moderation, so all else was shown.
 */
import { z } from 'zod';
import { expectFormat, rowsOf } from './detect';
import { rowId, thread, valineCommentFields, writtenAt } from './fields';
import { parseExport, type ParsedExport } from './parse';
import { readRows, withBrokenLines } from './rows';
import type { ImportedComment, ReadResult } from './types';

export function readValineExport(text: string): ReadResult {
  return readValine(parseExport(text));
}

export function readValine(parsed: ParsedExport): ReadResult {
  expectFormat(parsed, 'valine');
  return withBrokenLines(parsed, readRows(rowsOf(parsed), commentRow, { field: 'objectId', schema: rowId }));
}

const commentRow = z
  .object(
    { ...valineCommentFields, isSpam: z.unknown().optional() },
    { error: 'not an object' },
  )
  .transform((row, ctx): ImportedComment => {
    const createdAt = writtenAt(row, ctx);
    if (!createdAt) return z.NEVER;
    return {
      source: 'valine',
      id: row.objectId,
      url: row.url,
      // Valine's own default nickname.
      authorName: row.nick ?? 'Anonymous',
      email: row.mail,
      site: row.link,
      byOwner: false,
      body: row.comment,
      createdAt,
      ...thread(row.pid, row.rid),
      status: row.isSpam === true ? 'spam' : 'approved',
    };
  });
