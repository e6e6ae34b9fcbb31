// One cold search, run by the search benchmark in a fresh process: the first query of a process
// that has loaded the search code but no index, as a new server instance answers it. Prints one
// line of JSON: milliseconds from the start of the search to its results (reading and parsing the
// file, or loading the database driver, connecting and querying), the part of it spent loading
// (the index file, or the driver's packages), the results' count, and the process's RSS after it.
//
//   tsx scripts/bench/search-cold.ts file <index.bin> <query>
//   tsx scripts/bench/search-cold.ts postgres <database url> <fingerprint> <query>
import fs from 'node:fs/promises';
import { createDb } from '@/lib/db';
import { decodeSearchIndexFile } from '@/lib/search/packed-file';
import { queryPostgresIndex } from '@/lib/search/postgres/query';
import { searchIndex } from '@/lib/search/query';
import { site } from '@/lib/site';

const started = performance.now();
let loaded: number;
/** Milliseconds spent compiling the site's own database module, left out of the figures. */
let compiled = 0;

async function firstSearch([backend, ...args]: string[]): Promise<number> {
  if (backend === 'file') {
    const [file, query] = args as [string, string];
    const stored = decodeSearchIndexFile(await fs.readFile(file));
    if (typeof stored === 'string') throw new Error(`${file} ${stored}`);
    loaded = performance.now();
    return searchIndex(stored.index, query, { pageSize: site.pageSize }).total;
  }
  const [url, fingerprint, query] = args as [string, string, string];
  // What createDb loads on first use: the driver and Drizzle's adapter for it, timed as packages
  // (as a server loads them), then the site's own module, whose compiling on the fly is this
  // script runner's cost, not a server's: a server runs it bundled with the search code.
  await import('pg');
  await import('drizzle-orm/node-postgres');
  loaded = performance.now();
  const compiling = performance.now();
  await import('@/lib/db/postgres');
  compiled = performance.now() - compiling;
  const { db } = await createDb({ url });
  return (await queryPostgresIndex(db, fingerprint, query, { pageSize: site.pageSize }))!.total;
}

const total = await firstSearch(process.argv.slice(2));
const ms = performance.now() - started - compiled;
console.log(JSON.stringify({ ms, loadMs: loaded! - started, total, rss: process.memoryUsage().rss }));
process.exit(0);
