import { describe, expect, it } from 'vitest';
import { formatChineseDate, parseContentDate } from '@/lib/content/dates';

function iso(value: unknown, timeZone = 'Asia/Shanghai'): string {
  const result = parseContentDate(value, timeZone);
  if (!result.ok) throw new Error(`expected a date, got: ${result.message}`);
  return result.date.toISOString();
}

function failure(value: unknown, timeZone = 'Asia/Shanghai'): string {
  const result = parseContentDate(value, timeZone);
  if (result.ok) throw new Error(`expected an error, got ${result.date.toISOString()}`);
  return result.message;
}

describe('parseContentDate: forms with their own zone', () => {
  it('reads RFC 1123 as written, whatever the site zone', () => {
    expect(iso('Mon, 24 May 2021 00:00:00 GMT')).toBe('2021-05-24T00:00:00.000Z');
    expect(iso('Mon, 24 May 2021 00:00:00 GMT', 'America/New_York')).toBe('2021-05-24T00:00:00.000Z');
    expect(iso('Mon, 1 Feb 2021 00:00:00 UTC')).toBe('2021-02-01T00:00:00.000Z');
    expect(iso('Mon, 24 May 2021 08:00:00 +0800')).toBe('2021-05-24T00:00:00.000Z');
  });

  it('reads ISO 8601 with Z or an offset', () => {
    expect(iso('2021-05-24T00:00:00Z')).toBe('2021-05-24T00:00:00.000Z');
    expect(iso('2021-05-24T00:00:00.250Z')).toBe('2021-05-24T00:00:00.250Z');
    expect(iso('2021-05-24T08:00:00+08:00')).toBe('2021-05-24T00:00:00.000Z');
    expect(iso('2021-05-24T08:00+08:00', 'America/New_York')).toBe('2021-05-24T00:00:00.000Z');
    expect(iso('2021-05-23T20:00:00-04:00')).toBe('2021-05-24T00:00:00.000Z');
  });

  it('ignores surrounding spaces', () => {
    expect(iso('  2021-05-24T00:00:00Z \n')).toBe('2021-05-24T00:00:00.000Z');
  });
});

describe('parseContentDate: wall-clock forms in the site zone', () => {
  it('reads YYYY-MM-DD HH:mm:ss in Asia/Shanghai as 8 hours earlier in UTC', () => {
    expect(iso('2021-05-24 08:00:00')).toBe('2021-05-24T00:00:00.000Z');
    expect(iso('2021-05-24 06:08:57')).toBe('2021-05-23T22:08:57.000Z');
    expect(iso('2021-05-24T08:00:00')).toBe('2021-05-24T00:00:00.000Z');
    expect(iso('2021-05-24 08:30')).toBe('2021-05-24T00:30:00.000Z');
  });

  it('reads a bare YYYY-MM-DD as midnight in the site zone', () => {
    expect(iso('2021-05-24')).toBe('2021-05-23T16:00:00.000Z');
    expect(iso('2021-01-01')).toBe('2020-12-31T16:00:00.000Z');
    expect(iso('2021-5-4')).toBe('2021-05-03T16:00:00.000Z');
  });

  it('follows daylight saving time in America/New_York', () => {
    const zone = 'America/New_York';
    expect(iso('2021-01-15 12:00:00', zone)).toBe('2021-01-15T17:00:00.000Z');
    expect(iso('2021-07-15 12:00:00', zone)).toBe('2021-07-15T16:00:00.000Z');
    expect(iso('2021-07-15', zone)).toBe('2021-07-15T04:00:00.000Z');
    // Clocks went forward at 02:00 on 14 March 2021 and back at 02:00 on 7 November 2021.
    expect(iso('2021-03-14 01:30:00', zone)).toBe('2021-03-14T06:30:00.000Z');
    expect(iso('2021-03-14 03:30:00', zone)).toBe('2021-03-14T07:30:00.000Z');
    expect(iso('2021-11-07 03:00:00', zone)).toBe('2021-11-07T08:00:00.000Z');
  });

  it('accepts 29 February in leap years, and otherwise rolls it over as Hexo does, with a note', () => {
    expect(parseContentDate('2020-02-29', 'Asia/Shanghai')).toEqual({ ok: true, date: new Date('2020-02-28T16:00:00.000Z') });
    const rolled = parseContentDate('2021-02-29', 'Asia/Shanghai');
    expect(rolled).toMatchObject({ ok: true, date: new Date('2021-02-28T16:00:00.000Z'), note: expect.stringContaining('"2021-02-29" is not a real day; read as 2021-03-01') });
  });
});

describe('parseContentDate: Date objects', () => {
  it('passes a valid Date through unchanged', () => {
    const date = new Date('2021-05-24T00:00:00Z');
    const result = parseContentDate(date, 'America/New_York');
    expect(result).toEqual({ ok: true, date });
  });

  it('refuses an invalid Date', () => {
    expect(failure(new Date('nonsense'))).toBe('is not a valid date');
  });
});

/** The wall clock a Date shows in `timeZone`: `2021-05-24 08:00:00`. */
function wallClock(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
}

describe('parseContentDate: the forms Hexo reads', () => {
  // Hexo hands a date string to `new Date()`, read on the writer's machine; its local fields are
  // what the writer meant, whatever zone this test runs in.
  it.each(['2023/11/9', '2015/07/20 12:34:50', '2023/9/22 20:00', '2021-5-3 7:05', 'May 24, 2021', '24 May 2021 10:00', '2021.05.24', '2021-02-31', '2021-02-31 10:00:00', '03/04/2021'])(
    'reads %j at the wall-clock time Hexo reads, in the site zone',
    (value) => {
      const hexo = new Date(value);
      const localFields = `${hexo.getFullYear()}-${String(hexo.getMonth() + 1).padStart(2, '0')}-${String(hexo.getDate()).padStart(2, '0')} ${String(hexo.getHours()).padStart(2, '0')}:${String(hexo.getMinutes()).padStart(2, '0')}:${String(hexo.getSeconds()).padStart(2, '0')}`;
      for (const zone of ['Asia/Shanghai', 'America/New_York']) {
        const result = parseContentDate(value, zone);
        if (!result.ok) throw new Error(result.message);
        expect(wallClock(result.date, zone)).toBe(localFields);
      }
    },
  );

  it.each(['2021-02-31T00:00:00Z', 'Wed, 31 Feb 2021 00:00:00 GMT', '2021-05-24 08:00:00 +0800'])('keeps the instant of %j, which names its zone, as Hexo does', (value) => {
    const result = parseContentDate(value, 'America/New_York');
    expect(result.ok && result.date.getTime()).toBe(new Date(value).getTime());
  });

  it('notes a day that does not exist and a day-first date read month first', () => {
    expect(parseContentDate('Wed, 31 Feb 2021 00:00:00 GMT', 'UTC')).toMatchObject({ ok: true, note: expect.stringContaining('is not a real day') });
    expect(parseContentDate('03/04/2021', 'UTC')).toMatchObject({ ok: true, note: expect.stringContaining('write 2021-03-04') });
    expect(parseContentDate('2023/9/22 20:00', 'UTC')).not.toHaveProperty('note');
  });
});

describe('parseContentDate: invalid values', () => {
  it.each(['2021-13-01', '2021-00-10', '2021-05-24 25:00:00', '2021-05-24 10:60:00', '2021-05-24T23:60:00Z', 'yesterday', '24/05/2021', '2021年5月24日', ''])(
    'refuses %j, which Hexo cannot read either, and says which forms work',
    (value) => {
      expect(Number.isNaN(new Date(value).getTime())).toBe(true);
      const message = failure(value);
      expect(message).toContain(`"${value}" is not a date`);
      expect(message).toContain('RFC 1123');
      expect(message).toContain('ISO 8601');
      expect(message).toContain('YYYY-MM-DD HH:mm:ss');
    },
  );

  it('says how to write a date typed with full-width characters, which Hexo cannot read', () => {
    expect(Number.isNaN(new Date('2023/10/2 20：00').getTime())).toBe(true);
    expect(failure('2023/10/2 20：00')).toBe('"2023/10/2 20：00" is not a date: it has full-width characters; write "2023/10/2 20:00"');
  });

  it('refuses numbers and other non-strings, naming what it got', () => {
    expect(failure(20210524)).toBe('must be a date, got number 20210524');
    expect(failure(1621814400000)).toBe('must be a date, got number 1621814400000');
    expect(failure(true)).toBe('must be a date, got boolean true');
    expect(failure(null)).toBe('must be a date, got null');
    expect(failure(['2021-05-24'])).toBe('must be a date, got a list');
    expect(failure({ year: 2021 })).toBe('must be a date, got an object');
  });
});

describe('formatChineseDate', () => {
  it('writes year, month and day in Chinese without leading zeros', () => {
    expect(formatChineseDate('2021-05-24T00:00:00.000Z', 'Asia/Shanghai')).toBe('2021年5月24日');
    expect(formatChineseDate('2021-01-04T12:00:00.000Z', 'Asia/Shanghai')).toBe('2021年1月4日');
  });

  it('uses the site zone to decide the day', () => {
    expect(formatChineseDate('2021-05-23T20:00:00.000Z', 'Asia/Shanghai')).toBe('2021年5月24日');
    expect(formatChineseDate('2021-05-23T20:00:00.000Z', 'America/New_York')).toBe('2021年5月23日');
  });
});
