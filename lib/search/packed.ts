import type { SearchIndex } from './build';

/**
 * The index as a server holds it: every posting list in one Int32Array and every snippet text in
 * one buffer of UTF-8, outside the JavaScript heap. At 10,000 articles that is 13 million numbers
 * and 13 million characters; as 26,000 arrays and 10,000 strings they took 133 MB of heap and a
 * parse of the whole file before a new server's first search, where now they take 7 MB of heap
 * and a read (README, Search).
 */
export type PackedSearchIndex = {
  slugs: string[];
  /** Seconds since the epoch. */
  dates: Float64Array;
  /** Each document's text, UTF-8; document `i` is `texts[textStarts[i]..textStarts[i + 1]]`. */
  texts: Buffer;
  textStarts: Uint32Array;
  /** Each term's number; its list is `postings[listStarts[n]..listStarts[n + 1]]`, as in SearchIndex. */
  terms: { words: Map<string, number>; bigrams: Map<string, number> };
  postings: Int32Array;
  listStarts: Uint32Array;
};

/** Packs `index`; the built index can be let go of afterwards. */
export function packSearchIndex(index: SearchIndex): PackedSearchIndex {
  const namespaces = ['words', 'bigrams'] as const;
  let termCount = 0;
  let postingCount = 0;
  for (const ns of namespaces) {
    for (const term in index[ns]) {
      termCount++;
      postingCount += index[ns][term]!.length;
    }
  }
  const postings = new Int32Array(postingCount);
  const listStarts = new Uint32Array(termCount + 1);
  const terms = { words: new Map<string, number>(), bigrams: new Map<string, number>() };
  let n = 0;
  for (const ns of namespaces) {
    for (const term in index[ns]) {
      const list = index[ns][term]!;
      postings.set(list, listStarts[n]!);
      terms[ns].set(term, n);
      listStarts[n + 1] = listStarts[n]! + list.length;
      n++;
    }
  }

  const textStarts = new Uint32Array(index.docs.texts.length + 1);
  index.docs.texts.forEach((text, i) => (textStarts[i + 1] = textStarts[i]! + Buffer.byteLength(text)));
  const texts = Buffer.allocUnsafeSlow(textStarts[index.docs.texts.length]!);
  index.docs.texts.forEach((text, i) => texts.write(text, textStarts[i]!));

  return { slugs: index.docs.slugs, dates: Float64Array.from(index.docs.dates), texts, textStarts, terms, postings, listStarts };
}

/** The posting list of `term`, a view into the packed postings; undefined when no document holds it. */
export function postingsOf(index: PackedSearchIndex, namespace: keyof PackedSearchIndex['terms'], term: string): Int32Array | undefined {
  const n = index.terms[namespace].get(term);
  return n === undefined ? undefined : index.postings.subarray(index.listStarts[n]!, index.listStarts[n + 1]!);
}

/** Document `doc`'s text for snippets. */
export function documentText(index: PackedSearchIndex, doc: number): string {
  return index.texts.toString('utf8', index.textStarts[doc]!, index.textStarts[doc + 1]!);
}
