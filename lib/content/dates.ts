import { fromZonedTime } from 'date-fns-tz';

/**
 * The date forms Hexo posts carry, tried in order. A value that fits none of them is an error
 * rather than whatever `Date.parse` happens to guess.
 */
const RFC_1123 = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:GMT|UT|UTC|[+-]\d{4})$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** Local wall-clock forms: `2021-08-24`, `2021-08-24 06:08`, `2021-08-24 06:08:57`, `2021-08-24T06:08:57`. */
const LOCAL = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export type DateResult = { ok: true; date: Date } | { ok: false; message: string };

export function parseContentDate(value: unknown, timeZone: string): DateResult {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { ok: false, message: 'is not a valid date' } : { ok: true, date: value };
  }
  if (typeof value !== 'string') {
    return { ok: false, message: `must be a date, got ${describe(value)}` };
  }
  const text = value.trim();
  if (RFC_1123.test(text) || ISO_WITH_ZONE.test(text)) {
    const time = Date.parse(text);
    if (!Number.isNaN(time) && isRealDay(text)) return { ok: true, date: new Date(time) };
  }
  const local = LOCAL.exec(text);
  if (local) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = local;
    const parts = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
    if (validParts(...parts)) {
      const iso = `${y}-${pad(mo!)}-${pad(d!)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
      return { ok: true, date: fromZonedTime(iso, timeZone) };
    }
  }
  return {
    ok: false,
    message: `"${text}" is not a date: use RFC 1123 (Mon, 24 May 2021 00:00:00 GMT), ISO 8601 (2021-05-24T08:00:00+08:00) or YYYY-MM-DD HH:mm:ss`,
  };
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

function validParts(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Date.parse` rolls 31 Feb over to March; refuse such days instead of silently moving the article. */
function isRealDay(text: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return validParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), 0, 0, 0);
  const rfc = /, (\d{1,2}) (\w{3}) (\d{4}) /.exec(text);
  return !!rfc && validParts(Number(rfc[3]), MONTHS.indexOf(rfc[2]!) + 1, Number(rfc[1]), 0, 0, 0);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** `2021年5月24日`, in the site's time zone. */
export function formatChineseDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone, year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(iso));
}

/** Date and time to the minute, for when a scheduled article goes public: 2030年1月1日 08:00. */
export function formatChineseDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}
