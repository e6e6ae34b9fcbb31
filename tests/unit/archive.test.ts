import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupByMonth } from '@/lib/content/archive';
import { loadContent } from '@/lib/content/load';
import type { ArchiveYear } from '@/lib/content';
import { post, useTempDirs, writeFiles } from './helpers';

const newTempDir = useTempDirs();

async function articles(dates: Record<string, string>) {
  const contentDir = await newTempDir();
  await writeFiles(contentDir, Object.fromEntries(Object.entries(dates).map(([slug, date]) => [`articles/${slug}.md`, post(`title: ${slug}\nslug: ${slug}\ndate: ${date}`)])));
  const index = await loadContent({ contentDir, articlesDir: path.join(contentDir, 'articles'), timeZone: 'Asia/Shanghai' });
  expect(index.problems).toEqual([]);
  return index.articles;
}

/** `{ '2021 (2)': { '6 (1)': ['slug 1'] } }`: easy to read in a failure message. */
function outline(years: ArchiveYear[]) {
  return Object.fromEntries(
    years.map((y) => [
      `${y.year} (${y.count})`,
      Object.fromEntries(y.months.map((m) => [`${m.month} (${m.entries.length})`, m.entries.map((e) => `${e.article.slug} ${e.day}`)])),
    ]),
  );
}

describe('the archive', () => {
  it('groups by year and month of the site time zone, not of UTC', async () => {
    const list = await articles({
      // 04:00 on 1 June in Shanghai, still 31 May in UTC.
      'june-in-shanghai': '2021-05-31T20:00:00Z',
      'may-everywhere': '2021-05-31T15:00:00Z',
      // 00:30 on New Year's Day in Shanghai, still 2020 in UTC.
      'new-year': '2020-12-31T16:30:00Z',
    });
    expect(outline(groupByMonth(list, 'Asia/Shanghai'))).toEqual({
      '2021 (3)': { '6 (1)': ['june-in-shanghai 1'], '5 (1)': ['may-everywhere 31'], '1 (1)': ['new-year 1'] },
    });
    expect(outline(groupByMonth(list, 'UTC'))).toEqual({
      '2021 (2)': { '5 (2)': ['june-in-shanghai 31', 'may-everywhere 31'] },
      '2020 (1)': { '12 (1)': ['new-year 31'] },
    });
  });

  it('keeps every article once, newest first within each month, years and months newest first', async () => {
    const list = await articles({
      a: '2024-03-12 09:30:00',
      b: '2024-03-02 08:00:00',
      c: '2024-01-20 08:00:00',
      d: '2022-11-05 08:00:00',
      e: '2024-05-20 21:00:00',
    });
    const years = groupByMonth(list, 'Asia/Shanghai');
    expect(outline(years)).toEqual({
      '2024 (4)': { '5 (1)': ['e 20'], '3 (2)': ['a 12', 'b 2'], '1 (1)': ['c 20'] },
      '2022 (1)': { '11 (1)': ['d 5'] },
    });
    expect(years.flatMap((y) => y.months.flatMap((m) => m.entries.map((e) => e.article)))).toEqual(list);
  });

  it('is empty for no articles', () => {
    expect(groupByMonth([], 'Asia/Shanghai')).toEqual([]);
  });
});
