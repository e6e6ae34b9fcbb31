import path from 'node:path';
import { now } from '@/lib/clock';
import { reportProblems } from '@/lib/content';
import { indexContent, readContent, type ContentRead, type FileResult, type ParseFiles } from '@/lib/content/load';
import { writeContentManifest } from '@/lib/content/manifest';
import { contentOptions } from '@/lib/content/options';
import { env } from '@/lib/env';
import { searchDocument } from '@/lib/search/documents';
import { writeSearchIndexToPostgres } from '@/lib/search/postgres/deploy';
import { writeSearchIndex } from '@/lib/search/store';
import { cachedParse, currentCacheInputs, type CacheCounts } from './cache';
import { parseInParallel } from './parse-pool';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const relative = (file: string) => path.relative(process.cwd(), file);

/** What the content step read: the content, and each file's body text for the search index. */
export type ContentStep = { read: ContentRead; texts: Map<string, string> };

/**
 * Reads and checks every article once, on every core, and writes the content manifest
 * (lib/content/manifest.ts). An article unchanged since the last build is taken from the content
 * cache (./cache.ts) instead, its problems too. Problems are printed here, once; with
 * CONTENT_STRICT=1 any problem throws, listing all of them.
 */
export async function writeManifest(): Promise<ContentStep> {
  const config = env();
  const options = await contentOptions(config);
  const started = performance.now();
  const texts = new Map<string, string>();
  let counts: CacheCounts | undefined;
  let parse = parseInParallel();
  if (config.contentCache) ({ parse, counts } = cachedParse(parse, currentCacheInputs()));
  const parseKeepingText: ParseFiles = async (articlesDir, files, settings) => {
    const results: FileResult[] = await parse(articlesDir, files, settings);
    files.forEach((file, i) => results[i]!.text !== undefined && texts.set(file, results[i]!.text!));
    return results;
  };
  const read = await readContent(options, parseKeepingText);
  reportProblems(read.problems, config.strictContent);
  const manifest = await writeContentManifest(read, options);
  const cache = counts ? ` (${counts.parsed} parsed, ${counts.reused} from cache)` : ' (cache off)';
  console.log(`Content: ${read.all.length} articles${cache}, ${(manifest.bytes / 1024).toFixed(0)} KiB, ${relative(manifest.file)} (${seconds(started)})`);
  return { read, texts };
}

/**
 * Writes the search index of the articles public now, from the step's texts: to the file
 * (lib/search/store.ts) or, with SEARCH_STORE=postgres, to the database (lib/search/postgres/).
 */
export async function writeSearch({ read, texts }: ContentStep): Promise<void> {
  const started = performance.now();
  const config = env();
  const { articles } = indexContent(read, now());
  // Made one at a time as the index reads them, each text let go once read, so no body is held twice.
  const documents = (function* () {
    for (const article of articles) {
      const text = texts.get(article.file) ?? '';
      texts.delete(article.file);
      yield searchDocument(article, text);
    }
    texts.clear();
  })();
  if (config.searchStore === 'postgres') {
    const stored = await writeSearchIndexToPostgres(config.databaseUrl!, { articles, documents });
    console.log(`Search index: ${stored.documents} articles, PostgreSQL generation ${stored.generation} (${seconds(started)})`);
    return;
  }
  const search = await writeSearchIndex({ articles, documents });
  console.log(`Search index: ${search.documents} articles, ${(search.bytes / 1024).toFixed(0)} KiB, ${relative(search.file)} (${seconds(started)})`);
}
