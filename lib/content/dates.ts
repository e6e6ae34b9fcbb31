import { fromZonedTime } from 'date-fns-tz';

/**
 * The date forms posts carry, read exactly first; then anything else Hexo itself reads (it hands
 * the value to JavaScript's Date: `2023/9/22 20:00`, `May 24, 2021`, even 31 February, which rolls
 * over into March), with a note where that reading may not be what the writer meant.
 */
const RFC_1123 = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:GMT|UT|UTC|[+-]\d{4})$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** Local wall-clock forms: `2021-08-24`, `2021-08-24 06:08`, `2021-08-24 06:08:57`, `2021-08-24T06:08:57`. */
const LOCAL = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** `note`: the value was read as Hexo reads it, but perhaps not as meant; worth a warning. */
export type DateResult = { ok: true; date: Date; note?: string } | { ok: false; message: string };

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
  const hexo = readAsHexo(text, timeZone);
  if (hexo) return hexo;
  // `2023/10/2 20：00`: a full-width colon or digit typed with a Chinese input method.
  const halfWidth = text.normalize('NFKC');
  if (halfWidth !== text && readAsHexo(halfWidth, timeZone)) {
    return { ok: false, message: `"${text}" is not a date: it has full-width characters; write "${halfWidth}"` };
  }
  return {
    ok: false,
    message: `"${text}" is not a date: use RFC 1123 (Mon, 24 May 2021 00:00:00 GMT), ISO 8601 (2021-05-24T08:00:00+08:00) or YYYY-MM-DD HH:mm:ss`,
  };
}

/** A zone written in the value itself: Z, an offset, GMT / UTC. */
const HAS_ZONE = /(?:\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})$|\b(?:GMT|UTC|UT)\b)/i;
/** `03/04/2021`: JavaScript (so Hexo) reads month/day/year, many writers mean day/month. */
const SLASHED_DAY_FIRST = /^\d{1,2}\/\d{1,2}\/\d{4}/;

/**
 * How Hexo reads a date string: `new Date(value)`. Without a zone of its own, that is wall-clock
 * time where Hexo ran; here, the site's zone. The parser's local fields are that wall clock,
 * whatever zone this process runs in.
 */
function readAsHexo(text: string, timeZone: string): DateResult | undefined {
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return undefined;
  const date = HAS_ZONE.test(text) ? parsed : fromZonedTime(localWallClock(parsed), timeZone);
  const read = formatWallClock(date, timeZone);
  // A day or time that does not exist (31 February, 24:00) rolls over: Hexo keeps it so, the writer should hear of it.
  const local = LOCAL.exec(text);
  const written = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  const rolledOver = local
    ? !validParts(...([local[1], local[2], local[3], local[4] ?? '0', local[5] ?? '0', local[6] ?? '0'].map(Number) as [number, number, number, number, number, number]))
    : written
      ? !validParts(Number(written[1]), Number(written[2]), Number(written[3]), 0, 0, 0)
      : RFC_1123.test(text) && !isRealDay(text);
  if (rolledOver) return { ok: true, date, note: `"${text}" is not a real day; read as ${read}, as Hexo reads it. Correct the date` };
  if (SLASHED_DAY_FIRST.test(text)) {
    return { ok: true, date, note: `"${text}" is read month first, as ${read}, as Hexo reads it; write ${read.slice(0, 10)} to make it unambiguous` };
  }
  return { ok: true, date };
}

const two = (n: number) => String(n).padStart(2, '0');

function localWallClock(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

/** The date formats the site uses, each made once per time zone: making one costs far more than formatting with it. */
const FORMATS = {
  wallClock: ['en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }],
  chineseDate: ['zh-CN', { year: 'numeric', month: 'long', day: 'numeric' }],
  chineseDateTime: ['zh-CN', { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }],
} as const satisfies Record<string, [string, Intl.DateTimeFormatOptions]>;
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(name: keyof typeof FORMATS, timeZone: string): Intl.DateTimeFormat {
  const key = `${name} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    const [locale, options] = FORMATS[name];
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}

/** The wall clock in `timeZone` at `date`, each part two digits (the year four). */
export function wallClockParts(date: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const parts = Object.fromEntries(dateFormat('wallClock', timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** `2021-03-03 10:00:00` in `timeZone`, for messages. */
function formatWallClock(date: Date, timeZone: string): string {
  const parts = wallClockParts(date, timeZone);
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
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
  return dateFormat('chineseDate', timeZone).format(new Date(iso));
}

/** Date and time to the minute, for when a scheduled article goes public: 2030年1月1日 08:00. */
export function formatChineseDateTime(iso: string, timeZone: string): string {
  return dateFormat('chineseDateTime', timeZone).format(new Date(iso));
}
