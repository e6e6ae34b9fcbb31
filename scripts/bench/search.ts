// Search at scale: builds indexes of generated sites (1,000 and 10,000 articles by default) made
// from the real corpus, stores each in the chosen backends and prints, per size and backend, the
// time to write the index, its size, query latency (p50 / p95 over the queries below, each ranking
// everything and making the first page's snippets, as the search page does), and the cold start:
// the first search of a fresh process (scripts/bench/search-cold.ts), with that process's RSS.
//
//   npm run bench -- search [--corpus ../shared/corpus] [--sizes 1000,10000] [--backends file,postgres]
//                           [--database-url postgres://…] [--cold-runs 3]
//
// PostgreSQL: a new database `yuedu_bench_search` on the server of --database-url (default
// TEST_DATABASE_URL, then DATABASE_URL), dropped and made again each run; the URL's role needs CREATEDB.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { writeBuildFile } from '@/lib/build-files';
import { createDb, type Connection } from '@/lib/db';
import { buildSearchIndex, type SearchDocument, type SearchIndex } from '@/lib/search/build';
import { collectSearchDocuments } from '@/lib/search/documents';
import { packSearchIndex } from '@/lib/search/packed';
import { encodeSearchIndexFile } from '@/lib/search/packed-file';
import { queryPostgresIndex } from '@/lib/search/postgres/query';
import { rows } from '@/lib/search/postgres/rows';
import { writePostgresSearchIndex } from '@/lib/search/postgres/write';
import { normalizeQuery, searchIndex, type SearchResults } from '@/lib/search/query';
import { site } from '@/lib/site';
import relevanceCases from '../../tests/unit/search-relevance.json';
import { SHARED_CORPUS } from './corpus';
import { random } from './random';
import { round, type Report } from './report';

/** The relevance queries, plus single characters, common words, Latin, nonsense and a long query. */
const QUERIES = [
  ...relevanceCases.map((c) => c.query),
  '的',
  '产品',
  '互联网',
  '用户体验',
  'docker',
  'Kubernetes 网络',
  'qwxzvbnm',
  '如何在没有人带的情况下快速进入一个新的领域并且在两年之内成为这个行业里真正懂产品的人',
];
const RUNS_PER_QUERY = 5;

const sentences = (text: string) => text.split(/(?<=[。！？!?\n])/).filter((s) => s.trim());

/**
 * Article `i` of a generated site: a corpus article's sentences, rotated and interleaved with a
 * second article's, under a title joining both, dated `i` hours apart. Sizes and vocabulary follow
 * the corpus.
 */
function generate(corpus: SearchDocument[], count: number): SearchDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const next = random(i + 1);
    const base = corpus[i % corpus.length]!;
    const other = corpus[Math.floor(next() * corpus.length)]!;
    const own = sentences(base.body);
    const borrowed = sentences(other.body);
    const shift = Math.floor(next() * Math.max(1, own.length));
    const body = [...own.slice(shift), ...own.slice(0, shift)]
      .flatMap((s, j) => (j % 3 === 2 && borrowed.length ? [s, borrowed[j % borrowed.length]!] : [s]))
      .join('');
    return {
      ...base,
      slug: `${base.slug}-${i}`,
      title: `${base.title}：${Array.from(other.title).slice(0, 8).join('')}`,
      date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
      excerpt: Array.from(body).slice(0, site.excerptLength).join(''),
      body,
    };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

/** Latencies of every query, RUNS_PER_QUERY times each after one warm-up round, sorted. */
async function measureQueries(search: (query: string) => SearchResults | Promise<SearchResults>): Promise<number[]> {
  const queries = QUERIES.map((q) => normalizeQuery(q));
  for (const q of queries) await search(q);
  const timings: number[] = [];
  for (let run = 0; run < RUNS_PER_QUERY; run++) {
    for (const q of queries) {
      const started = performance.now();
      await search(q);
      timings.push(performance.now() - started);
    }
  }
  return timings.sort((a, b) => a - b);
}

/** The query a cold start answers: common enough to touch long posting lists. */
const COLD_QUERY = '用户体验';
const BENCH_DATABASE = 'yuedu_bench_search';
const FINGERPRINT = 'bench';
const execFileAsync = promisify(execFile);

type Cold = { ms: number; loadMs: number; total: number; rss: number };

/** The median of `runs` cold searches, each in a new process. */
async function measureColdStart(runs: number, args: string[]): Promise<Cold> {
  const results: Cold[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'search-cold.ts'), ...args], { maxBuffer: 1 << 20 });
    results.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as Cold);
  }
  return results.sort((a, b) => a.ms - b.ms)[Math.floor(runs / 2)]!;
}

/** A new, migrated database for the benchmark on the server of `serverUrl`. */
async function openBenchDatabase(serverUrl: string): Promise<{ url: string; connection: Connection }> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
  await admin.query(`create database ${BENCH_DATABASE}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${BENCH_DATABASE}`;
  const connection = await createDb({ url: url.toString() });
  await connection.migrate();
  return { url: url.toString(), connection };
}

type Figures = { writeMs: number; storedMiB: number; timings: number[]; cold: Cold };

async function measureFile(index: SearchIndex, size: number, coldRuns: number): Promise<Figures> {
  const file = path.resolve('bench-results', `search-${size}.bin`);
  const started = performance.now();
  const packed = packSearchIndex(index);
  const storedMiB = (await writeBuildFile(file, encodeSearchIndexFile({ fingerprint: FINGERPRINT, index: packed }))) / 2 ** 20;
  const writeMs = performance.now() - started;
  const timings = await measureQueries((q) => searchIndex(packed, q, { pageSize: site.pageSize }));
  const cold = await measureColdStart(coldRuns, ['file', file, COLD_QUERY]);
  await fs.rm(file);
  return { writeMs, storedMiB, timings, cold };
}

async function measurePostgres(index: SearchIndex, serverUrl: string, coldRuns: number): Promise<Figures> {
  const { url, connection } = await openBenchDatabase(serverUrl);
  try {
    const started = performance.now();
    await writePostgresSearchIndex(connection.db, FINGERPRINT, index);
    const writeMs = performance.now() - started;
    await connection.db.execute(sql`vacuum analyze search_terms`).catch(() => undefined);
    const [size] = await rows<{ bytes: string }>(
      connection.db,
      sql`select sum(pg_total_relation_size(t))::text as bytes from unnest(array['search_terms', 'search_documents', 'search_indexes']::regclass[]) as t`,
    );
    const timings = await measureQueries(async (q) => (await queryPostgresIndex(connection.db, FINGERPRINT, q, { pageSize: site.pageSize }))!);
    const cold = await measureColdStart(coldRuns, ['postgres', url, FINGERPRINT, COLD_QUERY]);
    return { writeMs, storedMiB: Number(size!.bytes) / 2 ** 20, timings, cold };
  } finally {
    await connection.close();
  }
}

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: 'string', default: SHARED_CORPUS },
      sizes: { type: 'string', default: '1000,10000' },
      backends: { type: 'string' },
      'database-url': { type: 'string', default: process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL },
      'cold-runs': { type: 'string', default: '3' },
    },
  });
  const serverUrl = values['database-url'];
  const backends = (values.backends ?? (serverUrl ? 'file,postgres' : 'file')).split(',');
  if (backends.some((b) => b !== 'file' && b !== 'postgres')) throw new Error('--backends: file, postgres or both');
  if (backends.includes('postgres') && !serverUrl) throw new Error('--backends postgres needs --database-url (or TEST_DATABASE_URL / DATABASE_URL)');
  const coldRuns = Number(values['cold-runs']);
  // The content layer reads its folders once, on first use; point it at the corpus before that.
  process.env.CONTENT_DIR = process.env.ARTICLES_DIR = path.resolve(values.corpus);
  const corpus = await collectSearchDocuments();
  const corpusChars = corpus.reduce((sum, d) => sum + d.body.length, 0);
  console.log(`corpus: ${corpus.length} articles from ${values.corpus}, ${Math.round(corpusChars / corpus.length)} body characters on average`);
  console.log(`queries: ${QUERIES.length}, each run ${RUNS_PER_QUERY} times after a warm-up; page size ${site.pageSize}; cold start: median of ${coldRuns} fresh processes searching ${COLD_QUERY}`);

  const table: Record<string, string | number>[] = [];
  for (const size of values.sizes.split(',').map(Number)) {
    const started = performance.now();
    const index = buildSearchIndex(generate(corpus, size));
    const buildMs = performance.now() - started;
    console.log(`\n${size.toLocaleString('en')} articles: index built in ${ms(buildMs)}; ${Object.keys(index.words).length.toLocaleString('en')} words, ${Object.keys(index.bigrams).length.toLocaleString('en')} bigrams`);
    for (const backend of backends) {
      const figures = backend === 'file' ? await measureFile(index, size, coldRuns) : await measurePostgres(index, serverUrl!, coldRuns);
      const row = {
        articles: size,
        backend,
        'write ms': round(figures.writeMs, 0),
        'stored MiB': round(figures.storedMiB, 1),
        'query p50 ms': round(percentile(figures.timings, 50), 2),
        'query p95 ms': round(percentile(figures.timings, 95), 2),
        'cold start ms': round(figures.cold.ms, 0),
        'of it loading ms': round(figures.cold.loadMs, 0),
        'cold RSS MiB': round(figures.cold.rss / 2 ** 20, 0),
      };
      console.log(`  ${backend}: ${JSON.stringify(row)} (cold query found ${figures.cold.total})`);
      table.push(row);
    }
  }
  report.section('search', table);
}
