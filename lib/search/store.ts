import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildFilePath, readBuildFileBytes, writeBuildFile } from '../build-files';
import { getArticles, type ArticleMeta } from '../content';
import { buildSearchIndex, type SearchDocument, type SearchIndex } from './build';
import { collectSearchDocuments } from './documents';
import { packSearchIndex, type PackedSearchIndex } from './packed';
import { decodeSearchIndexFile, encodeSearchIndexFile } from './packed-file';

/** `.search/next.bin`, or `.search/next-test.bin` for NEXT_DIST_DIR=.next-test. */
export function searchIndexPath(): string {
  return buildFilePath('.search', 'bin');
}

/**
 * Identifies the articles an index was built from (CONTENT_DIR / ARTICLES_DIR at the time). It
 * changes whenever an article is added, removed, published or edited: its metadata, and through
 * the word count and excerpt, (nearly) any edit to its body.
 */
export function contentFingerprint(articles: ArticleMeta[]): string {
  const fields = articles.map((a) => [a.slug, a.date, a.updated, a.title, a.excerpt, a.categories, a.tags, a.author.name, a.wordCount]);
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 16);
}

/** Builds the index from the content in the environment's CONTENT_DIR / ARTICLES_DIR. */
export async function buildContentSearchIndex(): Promise<SearchIndex> {
  return buildSearchIndex(await collectSearchDocuments());
}

/**
 * Writes the index where `getSearchIndex` looks (replacing the old file in one step): of the given
 * public articles and their documents, or else of the content in the environment's folders.
 */
export async function writeSearchIndex(
  from?: { articles: ArticleMeta[]; documents: Iterable<SearchDocument> },
): Promise<{ file: string; documents: number; bytes: number }> {
  const index = packSearchIndex(from ? buildSearchIndex(from.documents) : await buildContentSearchIndex());
  const file = searchIndexPath();
  const fingerprint = contentFingerprint(from?.articles ?? (await getArticles()));
  const bytes = await writeBuildFile(file, encodeSearchIndexFile({ fingerprint, index }));
  return { file, documents: index.slugs.length, bytes };
}

/** The stored index if it was built from the content this process serves; otherwise why not. */
async function readSearchIndex(file: string): Promise<PackedSearchIndex | string> {
  const bytes = await readBuildFileBytes(file);
  if (typeof bytes === 'string') return bytes;
  const stored = decodeSearchIndexFile(bytes);
  if (typeof stored === 'string') return stored;
  if (stored.fingerprint !== contentFingerprint(await getArticles())) return 'was built from other articles than the content has now';
  return stored.index;
}

let loaded: { articles: ArticleMeta[]; index: Promise<PackedSearchIndex> } | undefined;

/**
 * The search index of the public articles: the file `npm run build` wrote, or — when it is
 * missing, or was built from other or older content (`next dev` without a build, articles edited or
 * published since) — built in memory from the content, with a warning. Kept until the public
 * articles change (a scheduled article's time comes).
 */
export async function getSearchIndex(): Promise<PackedSearchIndex> {
  const articles = await getArticles();
  if (loaded?.articles !== articles) {
    const index = (async () => {
      const file = searchIndexPath();
      const stored = await readSearchIndex(file);
      if (typeof stored !== 'string') return stored;
      console.warn(`The search index ${path.relative(process.cwd(), file)} ${stored}; building it in memory. \`npm run build\` writes it ahead of time.`);
      return packSearchIndex(await buildContentSearchIndex());
    })();
    const entry = { articles, index };
    loaded = entry;
    index.catch(() => {
      if (loaded === entry) loaded = undefined;
    });
  }
  return loaded.index;
}
