import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildFilePath, readBuildFile, writeBuildFile } from '../build-files';
import { getArticles, type ArticleMeta } from '../content';
import { buildSearchIndex, type SearchDocument, type SearchIndex } from './build';
import { collectSearchDocuments } from './documents';

/** Bumped whenever the file's shape or the tokenizer changes, so an old file is rebuilt, not misread. */
const FORMAT_VERSION = 3;

type SearchIndexFile = { version: number; fingerprint: string; index: SearchIndex };

/** `.search/next.json`, or `.search/next-test.json` for NEXT_DIST_DIR=.next-test. */
export function searchIndexPath(): string {
  return buildFilePath('.search');
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
  const index = from ? buildSearchIndex(from.documents) : await buildContentSearchIndex();
  const file = searchIndexPath();
  const fingerprint = contentFingerprint(from?.articles ?? (await getArticles()));
  const bytes = await writeBuildFile(file, searchIndexJson({ version: FORMAT_VERSION, fingerprint, index }));
  return { file, documents: index.docs.slugs.length, bytes };
}

/**
 * The file's JSON, exactly `JSON.stringify(stored)`, in parts of about a megabyte: at 10,000
 * articles the whole is a 75 MB string, and the build makes it while Next.js starts its render workers.
 */
function* searchIndexJson({ version, fingerprint, index }: SearchIndexFile): Generator<string> {
  let part = `{"version":${version},"fingerprint":${JSON.stringify(fingerprint)},"index":{"docs":${JSON.stringify(index.docs)}`;
  for (const namespace of ['words', 'bigrams'] as const) {
    let separator = `,"${namespace}":{`;
    for (const term in index[namespace]) {
      part += `${separator}${JSON.stringify(term)}:[${index[namespace][term]!.join(',')}]`;
      separator = ',';
      if (part.length < 1 << 20) continue;
      yield part;
      part = '';
    }
    part += separator === ',' ? '}' : `${separator}}`;
  }
  yield `${part}}}`;
}

/** The stored index if it was built from the content this process serves; otherwise why not. */
async function readSearchIndex(file: string): Promise<SearchIndex | string> {
  const stored = await readBuildFile<SearchIndexFile>(file, FORMAT_VERSION);
  if (typeof stored === 'string') return stored;
  if (stored.fingerprint !== contentFingerprint(await getArticles())) return 'was built from other articles than the content has now';
  return stored.index;
}

let loaded: { articles: ArticleMeta[]; index: Promise<SearchIndex> } | undefined;

/**
 * The search index of the public articles: the file `npm run build` wrote, or — when it is
 * missing, or was built from other or older content (`next dev` without a build, articles edited or
 * published since) — built in memory from the content, with a warning. Kept until the public
 * articles change (a scheduled article's time comes).
 */
export async function getSearchIndex(): Promise<SearchIndex> {
  const articles = await getArticles();
  if (loaded?.articles !== articles) {
    const index = (async () => {
      const file = searchIndexPath();
      const stored = await readSearchIndex(file);
      if (typeof stored !== 'string') return stored;
      console.warn(`The search index ${path.relative(process.cwd(), file)} ${stored}; building it in memory. \`npm run build\` writes it ahead of time.`);
      return buildContentSearchIndex();
    })();
    const entry = { articles, index };
    loaded = entry;
    index.catch(() => {
      if (loaded === entry) loaded = undefined;
    });
  }
  return loaded.index;
}
