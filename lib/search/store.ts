import fs from 'node:fs/promises';
import path from 'node:path';
import { getArticles } from '../content';
import { env } from '../env';
import { buildSearchIndex, type SearchIndex } from './build';
import { collectSearchDocuments } from './documents';

/** Bumped whenever the file's shape or the tokenizer changes, so an old file is rebuilt, not misread. */
const FORMAT_VERSION = 1;

/** The content folders an index was built from, relative to the working directory. */
type Sources = { contentDir: string; articlesDir: string };
type SearchIndexFile = { version: number; sources: Sources; index: SearchIndex };

/**
 * `.search/<build folder>.json`: one file per NEXT_DIST_DIR, because the e2e tests build the site
 * twice side by side (.next-test, .next-corpus) from different content.
 */
export function searchIndexPath(): string {
  const dist = path.basename(process.env.NEXT_DIST_DIR || '.next');
  return path.resolve(/*turbopackIgnore: true*/ '.search', `${dist}.json`);
}

function relative(dir: string): string {
  return path.relative(process.cwd(), dir).split(path.sep).join('/') || '.';
}

function currentSources(): Sources {
  const { contentDir, articlesDir } = env();
  return { contentDir: relative(contentDir), articlesDir: relative(articlesDir) };
}

/** Builds the index from the content folders in the environment (CONTENT_DIR, ARTICLES_DIR). */
export async function buildContentSearchIndex(): Promise<SearchIndex> {
  return buildSearchIndex(await collectSearchDocuments());
}

/** Builds the index and writes it where `getSearchIndex` looks (replacing the old file in one step). */
export async function writeSearchIndex(): Promise<{ file: string; documents: number; bytes: number }> {
  const index = await buildContentSearchIndex();
  const file = searchIndexPath();
  const json = JSON.stringify({ version: FORMAT_VERSION, sources: currentSources(), index } satisfies SearchIndexFile);
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
  if (stored.version !== FORMAT_VERSION) return `has format ${stored.version}, not ${FORMAT_VERSION}`;
  const sources = currentSources();
  if (stored.sources.contentDir !== sources.contentDir || stored.sources.articlesDir !== sources.articlesDir) {
    return `was built from ${stored.sources.articlesDir}, not ${sources.articlesDir}`;
  }
  const slugs = (await getArticles()).map((a) => a.slug);
  const indexed = stored.index.docs.slugs;
  if (slugs.length !== indexed.length || slugs.some((slug, i) => slug !== indexed[i])) return 'lists other articles than the content has now';
  return stored.index;
}

let loaded: Promise<SearchIndex> | undefined;

/**
 * The search index, once per server process: the file `npm run build` wrote, or — when it is
 * missing or was built from other content (`next dev` without a build, articles published since) —
 * built in memory from the content, with a warning.
 */
export function getSearchIndex(): Promise<SearchIndex> {
  loaded ??= (async () => {
    const file = searchIndexPath();
    const stored = await readSearchIndex(file);
    if (typeof stored !== 'string') return stored;
    console.warn(`The search index ${relative(file)} ${stored}; building it in memory. \`npm run build\` writes it ahead of time.`);
    return buildContentSearchIndex();
  })().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
