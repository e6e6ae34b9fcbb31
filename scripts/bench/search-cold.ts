// One cold search, run by the search benchmark in a fresh process: the first query of a process
// that has loaded the search code but no index, as a new server instance answers it. Prints one
// line of JSON: milliseconds from the start of the search to its results (reading and parsing the
// file, or opening a connection and querying), the results' count, and the process's RSS after it.
//
//   tsx scripts/bench/search-cold.ts file <index.json> <query>
//   tsx scripts/bench/search-cold.ts postgres <database url> <fingerprint> <query>
import fs from 'node:fs/promises';
import { createDb } from '@/lib/db';
import type { SearchIndex } from '@/lib/search/build';
import { queryPostgresIndex } from '@/lib/search/postgres/query';
import { searchIndex } from '@/lib/search/query';
import { site } from '@/lib/site';

async function firstSearch([backend, ...args]: string[]): Promise<number> {
  if (backend === 'file') {
    const [file, query] = args as [string, string];
    const index = JSON.parse(await fs.readFile(file, 'utf8')) as SearchIndex;
    return searchIndex(index, query, { pageSize: site.pageSize }).total;
  }
  const [url, fingerprint, query] = args as [string, string, string];
  const { db } = await createDb({ url });
  return (await queryPostgresIndex(db, fingerprint, query, { pageSize: site.pageSize }))!.total;
}

const started = performance.now();
const total = await firstSearch(process.argv.slice(2));
console.log(JSON.stringify({ ms: performance.now() - started, total, rss: process.memoryUsage().rss }));
process.exit(0);
