import { isRecord, type ParsedExport } from './parse';
import type { ImportSource } from './types';

/**
 * The comment rows of a Twikoo or Valine export however it came: an array (Twikoo's admin export),
 * `{"results": […]}` (LeanCloud's export in China, which Twikoo's own importer also takes), JSON
 * lines, or a file of one line, which parses as a single object.
 */
export function rowsOf(parsed: ParsedExport): unknown[] {
  if (parsed.kind === 'lines') return parsed.rows;
  const { value } = parsed;
  if (Array.isArray(value)) return value;
  if (isRecord(value)) return Array.isArray(value.results) ? value.results : [value];
  return [];
}

/**
 * Which service wrote an export. Waline's names itself (`"type": "waline"`); a Twikoo row's id is
 * `_id` (its stores are MongoDB-like), a Valine row's `objectId` (LeanCloud's). The first row that
 * has either decides, so a few broken rows at the top do not hide the format.
 */
export function detectFormat(parsed: ParsedExport): ImportSource {
  if (parsed.kind === 'document' && isRecord(parsed.value) && parsed.value.type === 'waline') return 'waline';
  const first = rowsOf(parsed).find((row) => isRecord(row) && ('_id' in row || 'objectId' in row));
  if (isRecord(first)) return '_id' in first ? 'twikoo' : 'valine';
  throw new Error(`Not a Waline, Twikoo or Valine comment export: found ${describe(parsed)}`);
}

/** For a reader called on its own: the file must be of its format. */
export function expectFormat(parsed: ParsedExport, format: ImportSource): void {
  const found = detectFormat(parsed);
  if (found !== format) throw new Error(`Not a ${serviceNames[format]} export: this is a ${serviceNames[found]} export`);
}

export const serviceNames: Record<ImportSource, string> = { waline: 'Waline', twikoo: 'Twikoo', valine: 'Valine' };

/** What a file that is no export holds, in a few words for the error. */
function describe(parsed: ParsedExport): string {
  if (parsed.kind === 'lines') return `${parsed.rows.length} JSON lines, none with an "_id" or "objectId"`;
  const { value } = parsed;
  if (Array.isArray(value)) return `a JSON array of ${value.length} items, none an object with an "_id" or "objectId"`;
  if (isRecord(value)) {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty JSON object' : `a JSON object with ${keys.slice(0, 8).map((key) => `"${key}"`).join(', ')}`;
  }
  return `a JSON ${value === null ? 'null' : typeof value}`;
}
