/**
 * A moment as one of the three services writes it into an export, or undefined when it is none:
 * - milliseconds since the epoch (Twikoo's `created`);
 * - `{ "$numberLong": "…" }`, the same in MongoDB's extended JSON (Twikoo's older exports);
 * - `{ "__type": "Date", "iso": "…" }`, LeanCloud's typed date (Valine's `insertedAt`);
 * - ISO 8601 text (LeanCloud's `createdAt`; Waline on MySQL, PostgreSQL or MongoDB);
 * - `YYYY-MM-DD HH:mm:ss` without a zone (Waline on SQLite), read as UTC, the zone its hosts run in.
 */
export function exportDate(value: unknown): Date | undefined {
  if (typeof value === 'number') return valid(new Date(value));
  if (typeof value === 'string') return fromText(value);
  if (typeof value !== 'object' || value === null) return undefined;
  if ('$numberLong' in value && typeof value.$numberLong === 'string' && /^\d+$/.test(value.$numberLong)) {
    return valid(new Date(Number(value.$numberLong)));
  }
  if ('__type' in value && value.__type === 'Date' && 'iso' in value && typeof value.iso === 'string') return fromText(value.iso);
  return undefined;
}

const ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?$/;

function fromText(text: string): Date | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const [, day, time, zone] = match;
  return valid(new Date(`${day}T${time}${zone ?? 'Z'}`));
}

/** MySQL's zero date and the like parse to an invalid Date: none at all, not a wrong one. */
const valid = (date: Date) => (Number.isNaN(date.getTime()) ? undefined : date);
