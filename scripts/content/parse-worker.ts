// One worker thread of the parse pool (parse-pool.ts): parses the files it is sent, a chunk at a time,
// and counts each body's search terms while the text is at hand.
import { parentPort } from 'node:worker_threads';
import { readArticleFile } from '@/lib/content/load';
import { countBodyTerms } from '@/lib/search/build';
import type { ParsedFile } from './parse-pool';

type Chunk = { id: number; articlesDir: string; files: string[]; timeZone: string };

parentPort!.on('message', async ({ id, articlesDir, files, timeZone }: Chunk) => {
  const results: ParsedFile[] = [];
  for (const file of files) {
    const result: ParsedFile = await readArticleFile(articlesDir, file, timeZone);
    if (result.text !== undefined) result.bodyTerms = countBodyTerms(result.text);
    results.push(result);
  }
  parentPort!.postMessage({ id, results });
});
