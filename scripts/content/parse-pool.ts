import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseOneByOne, type FileResult, type ParseFiles } from '@/lib/content/load';

/** Files per message: large enough that messaging costs nothing, small enough to keep every thread busy to the end. */
const CHUNK = 50;

/**
 * Parses article files on one worker thread per core. Parsing is CPU-bound (Markdown, raw HTML,
 * sanitizing), so this divides the content step's time by the number of cores. A chunk or less (a
 * rebuild's few changed files) is parsed on this thread, which has the parser loaded already: a
 * worker would spend longer loading it than parsing them.
 */
export function parseInParallel(threads: number = os.availableParallelism()): ParseFiles {
  return async (articlesDir, files, settings) => {
    if (files.length <= CHUNK) return parseOneByOne(articlesDir, files, settings);
    const results: FileResult[] = new Array(files.length);
    const chunks = Array.from({ length: Math.ceil(files.length / CHUNK) }, (_, i) => i);
    const count = Math.max(1, Math.min(threads, chunks.length));
    // What every file shares (the site, every post's name for post_link) goes to a worker once, not with each chunk.
    const workers = Array.from({ length: count }, () => new Worker(new URL('./parse-worker.mjs', import.meta.url), { workerData: { articlesDir, settings } }));
    try {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const sendNext = () => {
                const id = chunks.shift();
                if (id === undefined) return resolve();
                worker.postMessage({ id, files: files.slice(id * CHUNK, (id + 1) * CHUNK) });
              };
              worker.on('message', ({ id, results: chunk }: { id: number; results: FileResult[] }) => {
                chunk.forEach((result, i) => (results[id * CHUNK + i] = result));
                sendNext();
              });
              worker.on('error', reject);
              worker.on('exit', (code) => code !== 0 && reject(new Error(`a parse worker stopped with exit code ${code}`)));
              sendNext();
            }),
        ),
      );
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    return results;
  };
}
