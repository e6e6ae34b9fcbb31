import type { ArticleMeta } from '../content';
import { formatChineseDateTime } from '../content/dates';
import { publishTime } from '../content/load';
import { env } from '../env';
import { t } from '../strings';

/** Why an article is not public yet, as the preview banner and /drafts say it: 草稿, or 定时发布于 …. */
export function unpublishedStatus(article: ArticleMeta): string {
  return article.draft ? t.preview.draft : t.preview.scheduled(formatChineseDateTime(new Date(publishTime(article)).toISOString(), env().timeZone));
}
