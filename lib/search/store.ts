import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { getArticles, type ArticleMeta } from '../content';
import { buildSearchIndex, type SearchIndex } from './build';
import { collectSearchDocuments } from './documents';

/** Bumped whenever the file's shape or the tokenizer changes, so an old file is rebuilt, not misread. */
const FORMAT_VERSION = 1;

type SearchIndexFile = { version: number; fingerprint: string; index: SearchIndex };

/**
 * `.search/next.json`, or `.search/next-test.json` for NEXT_DIST_DIR=.next-test: one file per build
 * folder, because the e2e tests build the site twice side by side from different content. No
 * leading dot, which file globs (the trace's `outputFileTracingIncludes`) would skip.
 */
export function searchIndexPath(): string {
  const dist = path.basename(process.env.NEXT_DIST_DIR || '.next').replace(/^\.+/, '') || 'next';
  return path.resolve(/*turbopackIgnore: true*/ '.search', `${dist}.json`);
}

/**
 * Identifies the articles an index was built from (CONTENT_DIR / ARTICLES_DIR at the time). It
 * changes whenever an article is added, removed, published or edited: its metadata, and through
 * the word count and excerpt, (nearly) any edit to its body.
 */
function contentFingerprint(articles: ArticleMeta[]): string {
  const fields = articles.map((a) => [a.slug, a.date, a.updated, a.title, a.excerpt, a.categories, a.tags, a.author.name, a.wordCount]);
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 16);
}

/** Builds the index from the content in the environment's CONTENT_DIR / ARTICLES_DIR. */
export async function buildContentSearchIndex(): Promise<SearchIndex> {
  return buildSearchIndex(await collectSearchDocuments());
}

/** Builds the index and writes it where `getSearchIndex` looks (replacing the old file in one step). */
export async function writeSearchIndex(): Promise<{ file: string; documents: number; bytes: number }> {
  const index = await buildContentSearchIndex();
  const file = searchIndexPath();
  const fingerprint = contentFingerprint(await getArticles());
  const json = JSON.stringify({ version: FORMAT_VERSION, fingerprint, index } satisfies SearchIndexFile);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(`${file}.tmp`, json);
  await fs.rename(`${file}.tmp`, file);
  return { file, documents: index.docs.slugs.length, bytes: Buffer.byteLength(json) };
}

/** The stored index if it was built from the content this process serves; otherwise why not. */
async function readSearchIndex(file: string): Promise<SearchIndex | string> {
  let stored: SearchIndexFile;
  try {
    stored = JSON.parse(await fs.readFile(/*turbopackIgnore: true*/ file, 'utf8')) as SearchIndexFile;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
  }
  if (stored?.version !== FORMAT_VERSION) return `has format ${stored?.version}, not ${FORMAT_VERSION}`;
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
