/**
 * Which of our articles a comment's page was. The three services key comments by the page's
 * address as the blog stored it: a path or a whole URL, percent-encoded or raw, with or without
 * `index.html`, a query or a hash. Tried in order:
 * 1. the Hexo blog's old address, through the table the site redirects with (lib/hexo/old-urls.ts);
 * 2. the address's last segment as a slug, which covers our own `/articles/<slug>` and an old blog
 *    whose post addresses ended in the file name (`/posts/读书笔记.html`).
 * None of the three services keeps the page's title in a comment row, so there is nothing else
 * to go by. The host is not checked: an export holds one blog's comments, which may have moved.
 */
import { resolveOldUrl, type ContentIndex } from '../../content/load';
import { decodeParam, slugify } from '../../content/slug';
import { oldUrlKey } from '../../hexo/old-urls';
import type { ArticleMeta } from '../../content/types';

/** The article, or else the address as the report names it, with what it is here when it is something else. */
export type PageMatch = { article: ArticleMeta } | { reason: string };

const ARTICLE_PATH = '/articles/';

export function matchArticle(index: Pick<ContentIndex, 'bySlug' | 'oldUrls'>, pageUrl: string): PageMatch {
  const pathname = pathOf(pageUrl);
  if (pathname === undefined) return { reason: `${pageUrl} (not a page address)` };
  const moved = resolveOldUrl(index, pathname);
  if (moved !== undefined) {
    const article = moved.startsWith(ARTICLE_PATH) ? index.bySlug.get(decodeParam(moved.slice(ARTICLE_PATH.length))) : undefined;
    return article ? { article } : { reason: `${pageUrl} (here ${decodeParam(moved)}, not an article)` };
  }
  const lastSegment = oldUrlKey(pathname).split('/').at(-1)!.replace(/\.html?$/, '');
  const article = index.bySlug.get(slugify(lastSegment));
  return article ? { article } : { reason: pageUrl };
}

/** The path of a page address, whole or not, without its query and hash; undefined for what is no address. */
function pathOf(pageUrl: string): string | undefined {
  try {
    // The base only completes a bare path; a whole URL keeps its own.
    return new URL(pageUrl, 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}
