import type { ArticleMeta } from './types';

/** `day` is the day of the month in the site's time zone. */
export type ArchiveEntry = { article: ArticleMeta; day: number };
export type ArchiveMonth = { month: number; entries: ArchiveEntry[] };
export type ArchiveYear = { year: number; count: number; months: ArchiveMonth[] };

/**
 * Articles (newest first) grouped by year and month of their date in `timeZone`: an article
 * published at 04:00 on 1 June in Shanghai is a June article, although it is still May in UTC.
 */
export function groupByMonth(articles: ArticleMeta[], timeZone: string): ArchiveYear[] {
  const calendar = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
  const years: ArchiveYear[] = [];
  for (const article of articles) {
    const parts = Object.fromEntries(calendar.formatToParts(new Date(article.date)).map((p) => [p.type, p.value]));
    const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
    let group = years.at(-1);
    if (group?.year !== year) years.push((group = { year, count: 0, months: [] }));
    let monthGroup = group.months.at(-1);
    if (monthGroup?.month !== month) group.months.push((monthGroup = { month, entries: [] }));
    monthGroup.entries.push({ article, day });
    group.count++;
  }
  return years;
}
