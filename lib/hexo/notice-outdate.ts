import type { HexoSite } from './config';

/** What a Hexo theme says about its outdated-content notice; a key it leaves out is not set. */
export type ThemeOutdatedNotice = { enabled?: boolean; days?: number };

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/**
 * Butterfly's `noticeOutdate: { enable, limit_day }` (its style, position and English message are
 * the theme's look, not kept: the site's own notice and wording stand in for them). Other themes
 * have no such setting.
 */
export function themeOutdatedNotice(site: Pick<HexoSite, 'themeConfig'> | undefined): ThemeOutdatedNotice {
  const notice = record(record(site?.themeConfig).noticeOutdate);
  const days = notice.limit_day;
  return {
    enabled: typeof notice.enable === 'boolean' ? notice.enable : undefined,
    days: typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : undefined,
  };
}
