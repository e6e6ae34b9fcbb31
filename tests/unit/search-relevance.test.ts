import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDocument } from '@/lib/search/build';
import { packSearchIndex, type PackedSearchIndex } from '@/lib/search/packed';
import { searchIndex } from '@/lib/search/query';
import cases from './search-relevance.json';
import { relevanceCorpus } from './helpers';

/**
 * Queries a reader might type — Chinese, mixed with Latin words, full-width, question-like — each
 * with the one article that should come first. They run against one index over the included
 * content and the 66 real posts of the shared corpus together, so each article competes with all
 * the others.
 */
describe('search relevance over the included content and the corpus', () => {
  let corpus: Awaited<ReturnType<typeof relevanceCorpus>>;
  let documents: SearchDocument[];
  let index: PackedSearchIndex;

  beforeAll(async () => {
    corpus = await relevanceCorpus();
    documents = corpus.documents;
    index = packSearchIndex(buildSearchIndex(documents));
  }, 120_000);

  afterAll(() => corpus.remove());

  it('has at least 30 cases, each expecting an article that exists', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const titles = new Set(documents.map((d) => d.title));
    for (const c of cases) expect(titles, c.expected).toContain(c.expected);
  });

  it('puts the expected article first for at least 90% of the queries', () => {
    const titleOf = new Map(documents.map((d) => [d.slug, d.title]));
    const misses = cases.flatMap(({ query, expected }) => {
      const top = searchIndex(index, query, { pageSize: 3 }).hits.map((h) => titleOf.get(h.slug));
      return top[0] === expected ? [] : [`${query} → ${top.join(' | ') || '(nothing)'}; expected ${expected}`];
    });
    const precision = (cases.length - misses.length) / cases.length;
    console.log(`search precision@1: ${precision.toFixed(3)} (${cases.length - misses.length}/${cases.length})${misses.map((m) => `\n  miss: ${m}`).join('')}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
