// One worker thread of the parse pool (parse-pool.ts): parses the files it is sent, a chunk at a time.
import { parentPort } from 'node:worker_threads';
import { readArticleFile, type FileSettings } from '@/lib/content/load';

type Chunk = { id: number; articlesDir: string; files: string[]; settings: FileSettings };

parentPort!.on('message', async ({ id, articlesDir, files, settings }: Chunk) => {
  const results = [];
  for (const file of files) results.push(await readArticleFile(articlesDir, file, settings));
  parentPort!.postMessage({ id, results });
});
