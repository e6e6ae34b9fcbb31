import fs from 'node:fs';
import path from 'node:path';
import { normalize, splitFrontMatter } from './content';
import { contentDir } from './paths';

/** One public article of the included content, as its front matter says. */
export type IncludedArticle = { file: string; title: string; slug?: string; tags: string[]; year: number; month: number };

/** A date written without a zone is wall-clock time in the site's zone (Asia/Shanghai). */
const LOCAL_DATE = /^(\d{4})-(\d{1,2})-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Year and month of a front-matter date on a calendar in China. */
export function chinaYearMonth(date: string): { year: number; month: number } {
  const local = LOCAL_DATE.exec(date.trim());
  if (local) return { year: Number(local[1]), month: Number(local[2]) };
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric' }).formatToParts(new Date(date));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month') };
}

/** Every article under content/articles that is neither a draft nor unpublished. */
export function readIncludedArticles(): IncludedArticle[] {
  const dir = path.join(contentDir, 'articles');
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown|mdx)$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .map((file) => ({ file, data: splitFrontMatter(fs.readFileSync(file, 'utf8')).data }))
    .filter(({ data }) => data.draft !== true && data.published !== false && data.publishAt === undefined)
    .map(({ file, data }) => ({
      file,
      title: normalize(String(data.title)),
      slug: data.slug === undefined ? undefined : String(data.slug),
      tags: data.tags === undefined ? [] : [data.tags].flat().map(String),
      ...chinaYearMonth(String(data.date)),
    }));
}
