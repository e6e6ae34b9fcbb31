/**
 * Reads a comment export from Waline, Twikoo or Valine, telling which from its content, for
 * `npm run comments:import`. A row that does not validate is skipped with its reason; a file that
 * is none of the three is an error naming what it holds.
 */
import { detectFormat } from './detect';
import { parseExport } from './parse';
import { readTwikoo } from './twikoo';
import type { ImportSource, ReadResult } from './types';
import { readValine } from './valine';
import { readWaline } from './waline';

export type { ImportedComment, ImportSource, ReadResult, SkippedRow } from './types';

const readers: Record<ImportSource, typeof readWaline> = { waline: readWaline, twikoo: readTwikoo, valine: readValine };

export function readCommentExport(text: string): ReadResult & { format: ImportSource } {
  const parsed = parseExport(text);
  const format = detectFormat(parsed);
  return { format, ...readers[format](parsed) };
}
