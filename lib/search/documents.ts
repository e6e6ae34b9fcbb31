import { toText } from 'hast-util-to-text';
import { getArticleBody, getArticles, type ArticleMeta } from '../content';
import { bodyToHast } from '../content/markdown';
import type { SearchDocument } from './build';

/** One article's fields as text; `body` is its body as the page renders it (sanitized), as text. */
export function searchDocument(article: ArticleMeta, body: string): SearchDocument {
  return {
    slug: article.slug,
    date: article.date,
    title: article.title,
    excerpt: article.excerpt,
    categories: [...new Set(article.categories.flat())],
    tags: article.tags,
    author: article.author.name,
    body,
  };
}

/** Every public article, newest first. One at a time: rendering is CPU-bound and bodies can be large. */
export async function collectSearchDocuments(): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  for (const article of await getArticles()) {
    const { source, format, context } = await getArticleBody(article);
    documents.push(searchDocument(article, toText(await bodyToHast(source, format, { ...context, purpose: 'text' }))));
  }
  return documents;
}
