import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getArticles } from '@/lib/content';
import { createDb } from '@/lib/db';
import { buildSearchIndex, type SearchDocument, type SearchIndex } from '@/lib/search/build';
import { searchPostgresIndex, SearchUnavailableError } from '@/lib/search/postgres';
import { queryPostgresIndex } from '@/lib/search/postgres/query';
import { rows } from '@/lib/search/postgres/rows';
import { packSearchIndex, type PackedSearchIndex } from '@/lib/search/packed';
import { writePostgresSearchIndex } from '@/lib/search/postgres/write';
import { searchIndex, type SearchResults } from '@/lib/search/query';
import { contentFingerprint } from '@/lib/search/store';
import cases from '../unit/search-relevance.json';
import { relevanceCorpus, searchDocument } from '../unit/helpers';
import { backends, postgresSkipNote, useMigratedConnection } from './backends';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

if (postgresSkipNote) {
  console.warn(`\n*** ${postgresSkipNote} ***\n`);
  it.skip(postgresSkipNote, () => {});
}

const postgres = backends.find((b) => b.name === 'PostgreSQL');
const PAGE_SIZE = 10;
/** Beyond the relevance cases: one character, Latin, nonsense, a long query, punctuation only. */
const MORE_QUERIES = ['的', '产品', 'docker', 'Kubernetes 网络', 'qwxzvbnm', '如何在没有人带的情况下快速进入一个新的领域并且在两年之内成为这个行业里真正懂产品的人', '！？'];

describe.runIf(postgres)('search index in PostgreSQL', () => {
  const connection = useMigratedConnection(postgres!);
  let corpus: Awaited<ReturnType<typeof relevanceCorpus>>;
  let documents: SearchDocument[];
  let index: SearchIndex;
  /** The same index as the file store serves it. */
  let packed: PackedSearchIndex;
  const fingerprint = 'relevance';

  beforeAll(async () => {
    corpus = await relevanceCorpus();
    documents = corpus.documents;
    index = buildSearchIndex(documents);
    packed = packSearchIndex(index);
    await writePostgresSearchIndex(connection().db, fingerprint, index);
  });

  afterAll(async () => {
    await corpus.remove();
  });

  const fromPostgres = async (query: string, page = 1) => (await queryPostgresIndex(connection().db, fingerprint, query, { page, pageSize: PAGE_SIZE }))!;

  it('ranks every relevance query as the file index does, the expected article first (precision@1 = 1.000)', async () => {
    const titleOf = new Map(documents.map((d) => [d.slug, d.title]));
    const misses: string[] = [];
    for (const { query, expected } of cases) {
      const stored = await fromPostgres(query);
      expect(stored, query).toEqual(searchIndex(packed, query, { pageSize: PAGE_SIZE }));
      if (titleOf.get(stored.hits[0]?.slug ?? '') !== expected) misses.push(query);
    }
    expect(misses).toEqual([]);
  });

  it('ranks other queries, and later pages, as the file index does', async () => {
    for (const query of MORE_QUERIES) {
      for (const page of [1, 2, 50]) {
        expect(await fromPostgres(query, page), `${query} page ${page}`).toEqual(searchIndex(packed, query, { page, pageSize: PAGE_SIZE }));
      }
    }
    expect((await fromPostgres('产品', 2)).hits.length).toBe(PAGE_SIZE);
  });

  it('finds Simplified text by a Traditional query, as the file index does', async () => {
    const traditional = await fromPostgres('標點擠壓');
    expect(traditional.hits[0]?.slug).toBe((await fromPostgres('标点挤压')).hits[0]?.slug);
    expect(traditional).toEqual(searchIndex(packed, '標點擠壓', { pageSize: PAGE_SIZE }));
    expect(traditional.hits[0]!.snippet).toContain('<mark>');
  });

  it('answers undefined for articles it holds no index of', async () => {
    expect(await queryPostgresIndex(connection().db, 'other articles', '撮合', { pageSize: PAGE_SIZE })).toBeUndefined();
  });

  it('shows a query running during a rewrite the old index or the new, never a mix', async () => {
    const db = connection().db;
    const small = buildSearchIndex([searchDocument({ slug: 'old', title: '撮合旧文' })]);
    await writePostgresSearchIndex(db, 'rewrite', small);
    const query = (q: string) => queryPostgresIndex(db, 'rewrite', q, { pageSize: PAGE_SIZE });
    const before = { 撮合: await query('撮合'), 产品: await query('产品') };

    let done = false;
    const rewrite = writePostgresSearchIndex(db, 'rewrite', index).finally(() => (done = true));
    const during: { q: '撮合' | '产品'; result: SearchResults | undefined }[] = [];
    while (!done) {
      for (const q of ['撮合', '产品'] as const) during.push({ q, result: await query(q) });
    }
    await rewrite;
    const after = { 撮合: await query('撮合'), 产品: await query('产品') };
    expect(after.撮合).toEqual(searchIndex(packed, '撮合', { pageSize: PAGE_SIZE }));
    expect(during.length, 'queries ran while the rewrite was under way').toBeGreaterThan(4);
    for (const { q, result } of during) expect([before[q], after[q]]).toContainEqual(result);
    await expectNoOrphanRows();
  });

  /** Rows are left only under generations an index points at: a replaced generation is deleted whole. */
  async function expectNoOrphanRows() {
    const db = connection().db;
    const pointed = await rows<{ generation: number }>(db, sql`select generation from search_indexes order by generation`);
    for (const table of ['search_terms', 'search_documents']) {
      expect(await rows(db, sql`select distinct generation from ${sql.identifier(table)} order by generation`), table).toEqual(pointed);
    }
  }

  it('lets two builds of one article set take turns: the index is one of them whole', async () => {
    const db = connection().db;
    const a = buildSearchIndex([searchDocument({ slug: 'a', title: '撮合甲' }), searchDocument({ slug: 'a2', title: '撮合乙' })]);
    const b = buildSearchIndex(documents.slice(0, 20));
    await Promise.all([writePostgresSearchIndex(db, 'race', a), writePostgresSearchIndex(db, 'race', b)]);
    const stored = await queryPostgresIndex(db, 'race', '撮合', { pageSize: PAGE_SIZE });
    expect([searchIndex(packSearchIndex(a), '撮合', { pageSize: PAGE_SIZE }), searchIndex(packSearchIndex(b), '撮合', { pageSize: PAGE_SIZE })]).toContainEqual(stored);
    const [count] = await rows<{ n: number }>(db, sql`select count(*)::int as n from search_documents where generation = (select generation from search_indexes where fingerprint = 'race')`);
    expect([2, 20]).toContain(count!.n);
    await expectNoOrphanRows();
  });

  it('builds the index of a new set of public articles into the database once, when none is stored (a scheduled article came due)', async () => {
    const db = connection().db;
    const articles = await getArticles();
    await db.execute(sql`delete from search_indexes where fingerprint = ${contentFingerprint(articles)}`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const [first, second] = await Promise.all([
        searchPostgresIndex(async () => db, articles, '撮合', { pageSize: PAGE_SIZE }),
        searchPostgresIndex(async () => db, articles, '撮合', { pageSize: PAGE_SIZE }),
      ]);
      expect(first).toEqual(searchIndex(packed, '撮合', { pageSize: PAGE_SIZE }));
      expect(second).toEqual(first);
      expect(warn.mock.calls.filter(([line]) => String(line).startsWith('[搜索]'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('turns a database that is down into SearchUnavailableError', async () => {
    const down = await createDb({ url: 'postgres://postgres@127.0.0.1:1/yuedu' });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await expect(searchPostgresIndex(async () => down.db, [], '撮合', { pageSize: PAGE_SIZE })).rejects.toBeInstanceOf(SearchUnavailableError);
      await expect(searchPostgresIndex(() => Promise.reject(new Error('connect ECONNREFUSED')), [], '撮合', { pageSize: PAGE_SIZE })).rejects.toBeInstanceOf(
        SearchUnavailableError,
      );
      expect(error.mock.calls[0]?.[0]).toMatch(/^\[搜索\]/);
    } finally {
      error.mockRestore();
      await down.close();
    }
  });
});
