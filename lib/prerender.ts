import { env } from './env';

/**
 * What `next build` renders ahead of time. The newest articles and the first pages of every list
 * are built; an older article, a deeper page or a per-author or per-category feed is rendered
 * on its first request and cached from then on (ISR), so a site of 50,000 articles builds about as
 * fast as one of 1,000.
 */
export function prerenderedArticles<T>(newestFirst: T[], count: number = env().prerender.articles): T[] {
  return newestFirst.slice(0, count);
}

/** Page numbers after the first (which has its own route) that a list of `total` items prerenders. */
export function prerenderedPageNumbers(total: number, pageSize: number, listPages: number = env().prerender.listPages): number[] {
  const pages = Math.min(Math.ceil(total / pageSize), listPages);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2);
}
