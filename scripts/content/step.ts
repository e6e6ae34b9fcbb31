import path from 'node:path';
import { now } from '@/lib/clock';
import { reportProblems } from '@/lib/content';
import { indexContent, readContent, type ContentRead, type ParseFiles } from '@/lib/content/load';
import { writeContentManifest } from '@/lib/content/manifest';
import { env } from '@/lib/env';
import type { BodyTerms } from '@/lib/search/build';
import { searchDocument } from '@/lib/search/documents';
import { writeSearchIndex } from '@/lib/search/store';
import { site } from '@/lib/site';
import { parseInParallel } from './parse-pool';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const relative = (file: string) => path.relative(process.cwd(), file);

/** What the content step read: the content, and each file's body text and terms for the search index. */
export type ContentStep = { read: ContentRead; bodies: Map<string, { text: string; terms?: BodyTerms }> };

/**
 * Reads and checks every article once, on every core, and writes the content manifest
 * (lib/content/manifest.ts). Problems are printed here, once; with CONTENT_STRICT=1 any problem
 * throws, listing all of them.
 */
export async function writeManifest(): Promise<ContentStep> {
  const config = env();
  const options = { contentDir: config.contentDir, articlesDir: config.articlesDir, timeZone: config.timeZone, defaultAuthor: site.defaultAuthor };
  const started = performance.now();
  const bodies: ContentStep['bodies'] = new Map();
  const parse = parseInParallel();
  const parseKeepingBodies: ParseFiles = async (articlesDir, files, timeZone) => {
    const results = await parse(articlesDir, files, timeZone);
    files.forEach((file, i) => {
      const { text, bodyTerms } = results[i]!;
      if (text !== undefined) bodies.set(file, { text, terms: bodyTerms });
    });
    return results;
  };
  const read = await readContent(options, parseKeepingBodies);
  reportProblems(read.problems, config.strictContent);
  const manifest = await writeContentManifest(read, options);
  console.log(`Content: ${read.all.length} articles, ${(manifest.bytes / 1024).toFixed(0)} KiB, ${relative(manifest.file)} (${seconds(started)})`);
  return { read, bodies };
}

/** Writes the search index (lib/search/store.ts) of the articles public now, from the step's bodies. */
export async function writeSearch({ read, bodies }: ContentStep): Promise<void> {
  const started = performance.now();
  const { articles } = indexContent(read, now());
  const documents = articles.map((article) => {
    const body = bodies.get(article.file);
    return { ...searchDocument(article, body?.text ?? ''), bodyTerms: body?.terms };
  });
  bodies.clear();
  const search = await writeSearchIndex({ articles, documents });
  console.log(`Search index: ${search.documents} articles, ${(search.bytes / 1024).toFixed(0)} KiB, ${relative(search.file)} (${seconds(started)})`);
}
