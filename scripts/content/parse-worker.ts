// One worker thread of the parse pool (parse-pool.ts): parses the files it is sent, a chunk at a time.
import { parentPort } from 'node:worker_threads';
import { readArticleFile } from '@/lib/content/load';

type Chunk = { id: number; articlesDir: string; files: string[]; timeZone: string };

parentPort!.on('message', async ({ id, articlesDir, files, timeZone }: Chunk) => {
  const results = [];
  for (const file of files) results.push(await readArticleFile(articlesDir, file, timeZone));
  parentPort!.postMessage({ id, results });
});
