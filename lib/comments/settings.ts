import type { ArticleMeta } from '../content';
import { env, type Env } from '../env';

/** Whether an article shows comments at all: the site's switch, then its own `comments:`. */
export function commentsOpen(article: Pick<ArticleMeta, 'comments'>, config: Env = env()): boolean {
  return config.comments.enabled && article.comments;
}

/** Whether readers who are not signed in may comment (moderated first). */
export function guestsAllowed(config: Env = env()): boolean {
  return config.comments.guests;
}
