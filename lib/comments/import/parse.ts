import type { SkippedRow } from './types';

/**
 * An export's text, read as one JSON document (Waline's and Twikoo's admin exports, LeanCloud's
 * `{"results": […]}`) or, failing that, as JSON lines, one object a line (LeanCloud's export
 * outside China, Twikoo's older exports). A line that is not a JSON object is kept as skipped,
 * so one broken line costs one comment, not the file.
 */
export type ParsedExport = { kind: 'document'; value: unknown } | { kind: 'lines'; rows: Record<string, unknown>[]; broken: SkippedRow[] };

export function parseExport(text: string): ParsedExport {
  // Windows editors save a byte-order mark that JSON.parse refuses.
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') throw new Error('Not a comment export: the file is empty');
  let documentError: unknown;
  try {
    return { kind: 'document', value: JSON.parse(clean) };
  } catch (error) {
    documentError = error;
  }
  const rows: Record<string, unknown>[] = [];
  const broken: SkippedRow[] = [];
  clean.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const value = jsonObject(line);
    if (value) rows.push(value);
    else broken.push({ reason: `line ${index + 1}: not a JSON object` });
  });
  // No line an object: the file is neither, and the document's own error says where it breaks.
  if (rows.length === 0) throw new Error(`Not a comment export: not JSON (${(documentError as Error).message})`);
  return { kind: 'lines', rows, broken };
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function jsonObject(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
