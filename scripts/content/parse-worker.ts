// One worker thread of the parse pool (parse-pool.ts): parses the files it is sent, a chunk at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { readArticleFile, type FileSettings } from '@/lib/content/load';

type Chunk = { id: number; files: string[] };
const { articlesDir, settings } = workerData as { articlesDir: string; settings: FileSettings };

parentPort!.on('message', async ({ id, files }: Chunk) => {
  const results = [];
  for (const file of files) results.push(await readArticleFile(articlesDir, file, settings));
  parentPort!.postMessage({ id, results });
});
