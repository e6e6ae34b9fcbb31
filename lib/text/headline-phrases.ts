/**
 * Where a headline may break: between the phrases Google's BudouX finds (its Simplified Chinese
 * model), and only where that is also a boundary between words as the ICU dictionary behind
 * `Intl.Segmenter` sees them, which the search uses too. Either alone cuts some words: BudouX
 * splits 「拼多|多」 and numbers such as 「1|6」, the Segmenter splits 「京|东」 and 「风|口」; where
 * both agree, the cut is between words. Latin words and numbers stay whole.
 *
 * Used on the server at build time, with `word-break: keep-all`: the page gets `<wbr>` between the
 * phrases and no script.
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';

const parser = loadDefaultSimplifiedChineseParser();
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Offsets (in UTF-16 units) between the parts of `parts`, not counting the two ends. */
export function boundariesOf(parts: readonly string[]): Set<number> {
  const boundaries = new Set<number>();
  let at = 0;
  for (const part of parts.slice(0, -1)) boundaries.add((at += part.length));
  return boundaries;
}

/** Offsets between the words `Intl.Segmenter` finds in `text`. */
export function wordBoundaries(text: string): Set<number> {
  return new Set([...segmenter.segment(text)].map((segment) => segment.index).filter((index) => index > 0));
}

/** The headline in the pieces a line may break between; joined, they are the headline exactly. */
export function headlinePhrases(text: string): string[] {
  const words = wordBoundaries(text);
  const phrases: string[] = [];
  let start = 0;
  for (const at of [...boundariesOf(parser.parse(text))].filter((offset) => words.has(offset))) {
    phrases.push(text.slice(start, at));
    start = at;
  }
  phrases.push(text.slice(start));
  return phrases.filter((phrase) => phrase !== '');
}
