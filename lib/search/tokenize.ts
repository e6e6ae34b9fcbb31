import { toSimplifiedChars } from './simplified';

/**
 * Text → search terms, the same way for articles and queries.
 *
 * Han text has no spaces, so each run of Han characters is cut twice: into words by a segmenter,
 * and into overlapping character bigrams (中心化 → 中心, 心化). Bigrams find a two-character query
 * wherever the segmenter split differently (撮合 inside 撮合费); whole words rank a match on real
 * word boundaries higher. Runs of other letters and digits are words of their own (Latin, Greek,
 * kana…), lower-cased.
 *
 * Segmenter: `Intl.Segmenter('zh')` (ICU's dictionary, built into Node) rather than jieba
 * (`@node-rs/jieba` 2.0.3, measured with and without HMM and in search mode). Precision@1 on the 94
 * queries of tests/unit/search-relevance.json (site content plus the 66-post corpus):
 *
 *                      words only   words + bigrams
 *   Intl.Segmenter       1.000           1.000
 *   jieba                0.989           1.000
 *   jieba, HMM           0.979           1.000
 *   jieba, search mode   0.989           1.000
 *   (bigrams alone: 1.000)
 *
 * With bigrams both segmenters rank equally well, so the built-in one wins: no native package, no
 * 5 MB dictionary loaded into every server process. jieba's misses without bigrams (白噪音 against
 * 白噪; 中俄电力) are the cases bigrams exist for, and they also keep ICU's weak spots harmless:
 * it cuts unknown words into single characters (泛/型, 断/供). Bigrams cost index size (about 2.5×
 * the words-only index), not speed.
 *
 * Article bodies are cut into bigrams only (`segment: false`); titles, excerpts, tags, authors and
 * categories get words too. Segmenting was three quarters of the time of indexing 10,000 articles,
 * and precision@1 stays 1.000. What bodies give up: a one-character query finds an article by its
 * title or excerpt only, and the word-boundary bonus counts there only.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** A Han run, or a run of other letters, digits and marks. */
const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)/gu;
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;

/**
 * Lower case, half-width (ＰＭＩ → pmi, full-width space → space) and Simplified (電商 → 电商, so
 * either script finds text written in the other), keeping every character at its index so that a
 * match found in the folded text can be marked in the original.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // A handful of characters lower-case to two (İ → i̇); keep those as they are.
  const sameLength = lower.length === text.length ? lower : Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return toSimplifiedChars(sameLength.replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' '));
}

export type Run = { text: string; han: boolean };

/** The folded text's Han runs and other word runs, in order. */
export function* runs(text: string): Generator<Run> {
  for (const match of foldText(text).matchAll(RUN)) {
    yield match[1] ? { text: match[1], han: true } : { text: match[2]!, han: false };
  }
}

export function segmentHan(run: string): string[] {
  return Array.from(segmenter.segment(run), (s) => s.segment);
}

export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

export type Tokens = {
  /** Segmenter words of Han runs (single characters included) and the other word runs. */
  words: string[];
  /** Overlapping bigrams of every Han run. */
  bigrams: string[];
};

/**
 * Every term of a text, repeats included (they are the term frequencies). `segment: false` leaves
 * Han runs as bigrams only: for article bodies, where segmenting is most of the cost of indexing
 * and the bigrams already find every query of two or more characters (tokenize's header).
 */
export function tokenize(text: string, { segment = true }: { segment?: boolean } = {}): Tokens {
  const tokens: Tokens = { words: [], bigrams: [] };
  for (const run of runs(text)) {
    if (!run.han) {
      tokens.words.push(run.text);
      continue;
    }
    if (segment) tokens.words.push(...segmentHan(run.text));
    tokens.bigrams.push(...bigrams(run.text));
  }
  return tokens;
}
