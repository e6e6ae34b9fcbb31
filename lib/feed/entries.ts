import { articleHref, authorHref, getArticleBody, tipHref, type ArticleMeta } from '../content';
import { bodyToHast } from '../content/markdown';
import { absoluteUrl } from '../seo';
import { site } from '../site';
import { feedHtml } from './html';
import type { FeedEntry } from './render';

/** Built once per article and process: the same article is in the site, category and author feeds. */
const entries = new Map<string, Promise<FeedEntry>>();

export function articleFeedEntry(article: ArticleMeta): Promise<FeedEntry> {
  let entry = entries.get(article.slug);
  if (!entry) {
    entry = buildEntry(article);
    entries.set(article.slug, entry);
  }
  return entry;
}

async function buildEntry(article: ArticleMeta): Promise<FeedEntry> {
  const url = absoluteUrl(articleHref(article.slug));
  const authorUrl = absoluteUrl(authorHref(article.author.slug));
  const image = article.cover ? absoluteUrl(article.cover) : undefined;
  return {
    url,
    title: article.title,
    published: new Date(article.date),
    updated: new Date(article.updated ?? article.date),
    excerpt: article.excerpt,
    html: site.feed.fullContent ? await bodyHtml(article, url, image) : undefined,
    author: { name: article.author.name, url: authorUrl },
    categories: [...new Set([...article.categories.map((path) => path.at(-1)!), ...article.tags])],
    image,
  };
}

/** The body as the page shows it, with the cover on top when the page shows it above the body. */
async function bodyHtml(article: ArticleMeta, url: string, image: string | undefined): Promise<string> {
  const { source, format, context } = await getArticleBody(article);
  const tree = await bodyToHast(source, format, context);
  if (image && !article.coverInBody) tree.children.unshift({ type: 'element', tagName: 'img', properties: { src: image, alt: '' }, children: [] });
  return feedHtml(tree, { articleUrl: url, tipUrl: absoluteUrl(tipHref(article.author.slug, article.slug)) });
}
