import type { ArticleMeta } from '../content';
import { env } from '../env';

/** Whether an article shows comments at all: the site's switch, then its own `comments:`. */
export function commentsOpen(article: Pick<ArticleMeta, 'comments'>): boolean {
  return env().comments.enabled && article.comments;
}

/** Whether readers who are not signed in may comment (moderated first). */
export function guestsAllowed(): boolean {
  return env().comments.guests;
}
