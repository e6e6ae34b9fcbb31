import { documentText, postingsOf, type PackedSearchIndex } from './packed';
import { highlightSnippet, type Matcher } from './snippet';
import { bigrams, runs, segmentHan } from './tokenize';

/** Longer input is cut: no title is this long, and work per query stays bounded. */
export const MAX_QUERY_LENGTH = 100;
/** Terms of each kind beyond this are ignored (a 100-character Han query has 99 bigrams). */
export const MAX_QUERY_TERMS = 32;
/** A document must hold at least this share of the query's units to be a result. */
const MIN_COVERAGE = 0.5;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/**
 * The query as typed, made safe: the first value when the parameter is repeated, lone surrogates
 * and control characters removed, whitespace collapsed, at most MAX_QUERY_LENGTH characters (cut
 * between, never inside, a surrogate pair).
 */
export function normalizeQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  const clean = value.slice(0, MAX_QUERY_LENGTH * 4).replace(LONE_SURROGATE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return Array.from(clean).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

type Unit = { namespace: 'words' | 'bigrams'; term: string };

export type QueryTerms = {
  /**
   * What coverage is counted over: the bigrams of each Han run (a lone Han character is a word)
   * and each other word. Every bigram found means part of the query found, however the
   * document's text was segmented.
   */
  units: Unit[];
  /** Whole segmenter words of two or more characters: a bonus for matching on word boundaries. */
  words: string[];
};

export function queryTerms(query: string): QueryTerms {
  const units: Unit[] = [];
  const words: string[] = [];
  const seen = new Set<string>();
  const addUnit = (namespace: Unit['namespace'], term: string) => {
    if (seen.has(`${namespace}:${term}`)) return;
    seen.add(`${namespace}:${term}`);
    units.push({ namespace, term });
  };
  for (const run of runs(query)) {
    const pairs = run.han ? bigrams(run.text) : [];
    if (pairs.length === 0) {
      addUnit('words', run.text);
      continue;
    }
    for (const pair of pairs) addUnit('bigrams', pair);
    for (const word of segmentHan(run.text)) if (Array.from(word).length > 1 && !words.includes(word)) words.push(word);
  }
  return { units: units.slice(0, MAX_QUERY_TERMS), words: words.slice(0, MAX_QUERY_TERMS) };
}

/** Adds a term's impacts into `scores`, calling `onDoc` for each document that holds it. */
function accumulate(postings: Int32Array, scores: Float64Array, onDoc?: (doc: number) => void) {
  let doc = 0;
  for (let i = 0; i < postings.length; i += 2) {
    doc += postings[i]!;
    scores[doc]! += postings[i + 1]!;
    onDoc?.(doc);
  }
}

export type SearchHit = { slug: string; /** HTML: escaped text with `<mark>`ed matches. */ snippet: string };
export type SearchResults = { total: number; page: number; totalPages: number; hits: SearchHit[] };

/**
 * Ranks every document for `query` and returns one page: documents holding at least half of the
 * query's units, by summed impact times coverage squared (so holding all of the query beats
 * repeating part of it), then newer first. Snippets are made for the returned page only.
 * `page` past the end gives an empty page.
 */
export function searchIndex(index: PackedSearchIndex, query: string, { page = 1, pageSize }: { page?: number; pageSize: number }): SearchResults {
  const terms = queryTerms(query);
  const docCount = index.slugs.length;
  const scores = new Float64Array(docCount);
  const matched = new Uint8Array(docCount);
  for (const unit of terms.units) {
    const postings = postingsOf(index, unit.namespace, unit.term);
    if (postings) accumulate(postings, scores, (doc) => matched[doc]!++);
  }
  for (const word of terms.words) {
    const postings = postingsOf(index, 'words', word);
    if (postings) accumulate(postings, scores);
  }

  const needed = unitsNeeded(terms);
  const ranked: { doc: number; score: number }[] = [];
  for (let doc = 0; doc < docCount; doc++) {
    if (matched[doc]! < needed) continue;
    const coverage = matched[doc]! / terms.units.length;
    ranked.push({ doc, score: scores[doc]! * coverage * coverage });
  }
  const { dates, slugs } = index;
  ranked.sort((a, b) => b.score - a.score || dates[b.doc]! - dates[a.doc]! || a.doc - b.doc);

  const pageDocs = ranked.slice((page - 1) * pageSize, page * pageSize).map(({ doc }) => ({ slug: slugs[doc]!, text: documentText(index, doc) }));
  return resultsPage(terms, ranked.length, page, pageSize, pageDocs);
}

/** How many of the query's units a document must hold to be a result. */
export function unitsNeeded(terms: QueryTerms): number {
  return Math.max(1, Math.ceil(terms.units.length * MIN_COVERAGE));
}

/** One page of results from its ranked documents' slugs and texts: the snippets are made here, for either store. */
export function resultsPage(terms: QueryTerms, total: number, page: number, pageSize: number, docs: { slug: string; text: string }[]): SearchResults {
  const matchers: Matcher[] = terms.units.map((u) => ({ text: u.term, wholeWord: u.namespace === 'words' && !/\p{Script=Han}/u.test(u.term) }));
  const hits = docs.map(({ slug, text }) => ({ slug, snippet: highlightSnippet(text, matchers) }));
  return { total, page, totalPages: Math.max(1, Math.ceil(total / pageSize)), hits };
}
