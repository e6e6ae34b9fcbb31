import type { Env } from '../env';
import type { ThemeOutdatedNotice } from '../hexo/notice-outdate';
import { site } from '../site';
import { categoryKey } from './categories';
import { wallClockParts } from './dates';
import type { ArticleMeta } from './types';

/** Whether, and after how long, articles carry the notice that their content may be out of date. */
export type OutdatedSettings = {
  /** Every article, unless its front matter says `outdated: false`. */
  enabled: boolean;
  /** Days since the article was last updated (or published) before the notice shows. */
  days: number;
  /** Category paths (`编程`, `编程/前端`) whose articles, and their subcategories' articles, carry it. */
  categories: readonly string[];
};

/** Per deployment (OUTDATED_NOTICE, OUTDATED_NOTICE_DAYS), then the Hexo theme's `noticeOutdate`, then lib/site.ts. */
export function outdatedSettings(config: Pick<Env, 'outdatedNotice'>, theme: ThemeOutdatedNotice = {}): OutdatedSettings {
  return {
    enabled: config.outdatedNotice.enabled ?? theme.enabled ?? site.outdatedNotice.enabled,
    days: config.outdatedNotice.days ?? theme.days ?? site.outdatedNotice.days,
    categories: site.outdatedNotice.categories,
  };
}

/** The age a notice states: whole years, else whole months, else whole days. */
export type OutdatedAge = { unit: 'years' | 'months' | 'days'; count: number };

/** What the notice says: the date the age is counted from, whether that is an update, and how old. */
export type OutdatedNotice = { since: string; updated: boolean; age: OutdatedAge };

const DAY_MS = 86_400_000;

/** Under one of the configured categories: a configured path is a prefix of one of the article's paths. */
function inCategories(paths: string[][], configured: readonly string[]): boolean {
  return paths.some((names) => names.some((_, i) => configured.includes(categoryKey(names.slice(0, i + 1)))));
}

/**
 * Whole calendar units from one instant to a later one, on the site's wall clock: the largest unit
 * with at least one in it. Rounded down, so the age stated is a lower bound.
 */
export function ageBetween(from: Date, to: Date, timeZone: string): OutdatedAge {
  const a = wallClockParts(from, timeZone);
  const b = wallClockParts(to, timeZone);
  const stamp = (p: typeof a) => `${p.day}${p.hour}${p.minute}${p.second}`;
  const months = (Number(b.year) - Number(a.year)) * 12 + Number(b.month) - Number(a.month) - (stamp(b) < stamp(a) ? 1 : 0);
  if (months >= 12) return { unit: 'years', count: Math.floor(months / 12) };
  if (months >= 1) return { unit: 'months', count: months };
  return { unit: 'days', count: Math.floor((to.getTime() - from.getTime()) / DAY_MS) };
}

/**
 * The notice an article carries at `now`, or undefined. Its own `outdated:` decides first (false
 * wins over the site and its categories; true turns it on at the site's age); otherwise the site's
 * switch or its categories. The age is counted from the last update when the article has one,
 * since an update is what makes content current again, else from publication; the notice shows
 * once that is `days` days or more ago.
 */
export function outdatedNotice(
  article: Pick<ArticleMeta, 'date' | 'updated' | 'categories' | 'outdated'>,
  settings: OutdatedSettings,
  now: Date,
  timeZone: string,
): OutdatedNotice | undefined {
  const applies = article.outdated ?? (settings.enabled || inCategories(article.categories, settings.categories));
  if (!applies) return undefined;
  const since = article.updated ?? article.date;
  if (now.getTime() - Date.parse(since) < settings.days * DAY_MS) return undefined;
  return { since, updated: article.updated !== undefined, age: ageBetween(new Date(since), now, timeZone) };
}
