import { toText } from 'hast-util-to-text';
import { getArticleBody, getArticles, type ArticleMeta } from '../content';
import { bodyToHast } from '../content/markdown';
import type { SearchDocument } from './build';

/** One article's fields as text, its body rendered by the site's own (sanitizing) pipeline. */
export async function searchDocument(article: ArticleMeta): Promise<SearchDocument> {
  const { source, format } = await getArticleBody(article);
  return {
    slug: article.slug,
    date: article.date,
    title: article.title,
    excerpt: article.excerpt,
    categories: [...new Set(article.categories.flat())],
    tags: article.tags,
    author: article.author.name,
    body: toText(await bodyToHast(source, format)),
  };
}

/** Every public article, newest first. One at a time: rendering is CPU-bound and bodies can be large. */
export async function collectSearchDocuments(): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  for (const article of await getArticles()) documents.push(await searchDocument(article));
  return documents;
}
