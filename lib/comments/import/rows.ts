import type { z } from 'zod';
import { isRecord, type ParsedExport } from './parse';
import type { ImportedComment, ReadResult, SkippedRow } from './types';

type RowSchema = { safeParse(row: unknown): z.ZodSafeParseResult<ImportedComment> };

/**
 * Reads each row on its own: a row that does not validate is skipped with the fields that failed,
 * never thrown, and with its id when that much can be read, so a person can find it.
 */
export function readRows(rows: readonly unknown[], schema: RowSchema, id: { field: string; schema: z.ZodType<string> }): ReadResult {
  const comments: ImportedComment[] = [];
  const skipped: SkippedRow[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) {
      comments.push(parsed.data);
      continue;
    }
    const rowId = id.schema.safeParse(isRecord(row) ? row[id.field] : undefined);
    skipped.push({ ...(rowId.success && { id: rowId.data }), reason: reasonOf(parsed.error) });
  }
  return { comments, skipped };
}

const reasonOf = (error: z.ZodError) =>
  error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');

/** What was read, with the lines of a JSON-lines export that were no JSON object at all skipped first. */
export function withBrokenLines(parsed: ParsedExport, read: ReadResult): ReadResult {
  return parsed.kind === 'lines' ? { ...read, skipped: [...parsed.broken, ...read.skipped] } : read;
}
