// PostgreSQL's own full-text search as the alternative to the stored index (lib/search/postgres/):
// precision@1 on the relevance cases (tests/unit/search-relevance.json, over the included content
// and the corpus) and query latency, for
//   tsvector   every field cut into terms by our tokenizer (segmenter words and Han bigrams; PostgreSQL
//              has no Chinese parser), weighted title A, tags / author / categories B, excerpt C,
//              body D, queried with the query's terms OR-ed and ranked by ts_rank_cd, newer first on ties;
//   pg_trgm    word_similarity of the folded query to the folded title, excerpt and body, the title
//              counted twice, newer first on ties;
//   stored     the stored index ranked in SQL, which the site uses, for comparison.
//
//   npm run bench -- search-fulltext [--database-url postgres://…] [--corpus ../shared/corpus]
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { createDb } from '@/lib/db';
import { buildSearchIndex, type SearchDocument } from '@/lib/search/build';
import { collectSearchDocuments } from '@/lib/search/documents';
import { queryPostgresIndex } from '@/lib/search/postgres/query';
import { rows } from '@/lib/search/postgres/rows';
import { writePostgresSearchIndex } from '@/lib/search/postgres/write';
import { queryTerms } from '@/lib/search/query';
import { foldText, tokenize } from '@/lib/search/tokenize';
import cases from '../../tests/unit/search-relevance.json';
import { SHARED_CORPUS } from './corpus';
import { round, type Report } from './report';

const DATABASE = 'yuedu_bench_fulltext';

/** A field's terms as one space-separated string for to_tsvector('simple', …): lexemes as our tokenizer cuts them. */
const terms = (text: string, segment = true) => {
  const tokens = tokenize(text, { segment });
  return [...tokens.words, ...tokens.bigrams].join(' ');
};

/** A tsquery of the query's units and words, OR-ed, each quoted as a lexeme. */
function tsquery(query: string): string {
  const { units, words } = queryTerms(query);
  return [...units.map((u) => u.term), ...words].map((t) => `'${t.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`).join(' | ');
}

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { corpus: { type: 'string', default: SHARED_CORPUS }, 'database-url': { type: 'string', default: process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL } },
  });
  if (!values['database-url']) throw new Error('search-fulltext needs --database-url (or TEST_DATABASE_URL / DATABASE_URL)');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yuedu-fulltext-'));
  await fs.cp('content', dir, { recursive: true });
  await fs.cp(values.corpus, path.join(dir, 'articles', 'corpus'), { recursive: true });
  process.env.CONTENT_DIR = dir;
  process.env.ARTICLES_DIR = path.join(dir, 'articles');
  const documents: SearchDocument[] = await collectSearchDocuments();
  await fs.rm(dir, { recursive: true, force: true });

  const admin = new pg.Client({ connectionString: values['database-url'] });
  await admin.connect();
  await admin.query(`drop database if exists ${DATABASE} with (force)`);
  await admin.query(`create database ${DATABASE}`);
  await admin.end();
  const url = new URL(values['database-url']);
  url.pathname = `/${DATABASE}`;
  const connection = await createDb({ url: url.toString() });
  const { db } = connection;
  try {
    await connection.migrate();
    await writePostgresSearchIndex(db, 'fulltext', buildSearchIndex(documents));
    await db.execute(sql`create extension if not exists pg_trgm`);
    await db.execute(sql`create table ft_docs (slug text primary key, title text, date timestamptz, folded text, doc tsvector)`);
    for (const d of documents) {
      const presence = [d.tags.join(' '), d.author, d.categories.join(' ')].join(' ');
      await db.execute(sql`insert into ft_docs values (${d.slug}, ${d.title}, ${d.date}, ${foldText([d.title, d.title, d.excerpt, d.body].join(' '))},
        setweight(to_tsvector('simple', ${terms(d.title)}), 'A') || setweight(to_tsvector('simple', ${terms(presence)}), 'B') ||
        setweight(to_tsvector('simple', ${terms(d.excerpt)}), 'C') || setweight(to_tsvector('simple', ${terms(d.body, false)}), 'D'))`);
    }
    await db.execute(sql`create index on ft_docs using gin (doc)`);
    await db.execute(sql`create index on ft_docs using gin (folded gin_trgm_ops)`);

    const approaches: Record<string, (query: string) => Promise<string | undefined>> = {
      tsvector: async (q) => first(sql`select slug from ft_docs where doc @@ to_tsquery('simple', ${tsquery(q)}) order by ts_rank_cd(doc, to_tsquery('simple', ${tsquery(q)})) desc, date desc limit 1`),
      pg_trgm: async (q) => first(sql`select slug from ft_docs where ${foldText(q)} <% folded order by word_similarity(${foldText(q)}, folded) desc, date desc limit 1`),
      stored: async (q) => (await queryPostgresIndex(db, 'fulltext', q, { pageSize: 1 }))?.hits[0]?.slug,
    };
    async function first(query: SQL): Promise<string | undefined> {
      return (await rows<{ slug: string }>(db, query))[0]?.slug;
    }

    const titleOf = new Map(documents.map((d) => [d.slug, d.title]));
    const table = [];
    for (const [name, search] of Object.entries(approaches)) {
      const timings: number[] = [];
      let hits = 0;
      for (const { query, expected } of cases) {
        const started = performance.now();
        const slug = await search(query);
        timings.push(performance.now() - started);
        if (titleOf.get(slug ?? '') === expected) hits++;
      }
      timings.sort((a, b) => a - b);
      table.push({
        approach: name,
        'precision@1': round(hits / cases.length, 3),
        hits: `${hits}/${cases.length}`,
        'p50 ms': round(timings[Math.floor(timings.length / 2)]!, 2),
      });
    }
    report.section(`search: PostgreSQL full text against the stored index (${documents.length} articles, ${cases.length} relevance queries)`, table);
  } finally {
    await connection.close();
  }
}
