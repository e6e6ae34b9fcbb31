import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '@/lib/content/load';
import type { BodyTerms } from '@/lib/search/build';

/** A file's parse, with its body's search terms counted (for the search index). */
export type ParsedFile = FileResult & { bodyTerms?: BodyTerms };

/** Files per message: large enough that messaging costs nothing, small enough to keep every thread busy to the end. */
const CHUNK = 50;

/**
 * Parses article files on one worker thread per core. Parsing is CPU-bound (Markdown, raw HTML,
 * sanitizing, segmenting Han text into search terms), so this divides the content step's time by
 * the number of cores. Results come back in the order of `files`.
 */
export function parseInParallel(threads: number = os.availableParallelism()) {
  return async (articlesDir: string, files: string[], timeZone: string): Promise<ParsedFile[]> => {
    const results: ParsedFile[] = new Array(files.length);
    const chunks = Array.from({ length: Math.ceil(files.length / CHUNK) }, (_, i) => i);
    const count = Math.max(1, Math.min(threads, chunks.length));
    const workers = Array.from({ length: count }, () => new Worker(new URL('./parse-worker.mjs', import.meta.url)));
    try {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const sendNext = () => {
                const id = chunks.shift();
                if (id === undefined) return resolve();
                worker.postMessage({ id, articlesDir, files: files.slice(id * CHUNK, (id + 1) * CHUNK), timeZone });
              };
              worker.on('message', ({ id, results: chunk }: { id: number; results: ParsedFile[] }) => {
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
