import { foldText } from './tokenize';

/** A query term to find in the text; `wholeWord` terms (Latin words) must not touch other letters or digits. */
export type Matcher = { text: string; wholeWord: boolean };

/** Characters a snippet shows. */
export const SNIPPET_LENGTH = 120;
/** At most this much text before the first match, less if a sentence starts in between. */
const LEAD = 40;
const SENTENCE_END = /[。！？；!?;]/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function isWholeWord(text: string, start: number, end: number): boolean {
  return !(start > 0 && WORD_CHAR.test(text[start - 1]!)) && !(end < text.length && WORD_CHAR.test(text[end]!));
}

/** Start offsets of `matcher` in `folded` from `from` on, stopping before `until`. */
function* occurrences(folded: string, matcher: Matcher, from: number, until: number): Generator<number> {
  if (!matcher.text) return;
  for (let i = folded.indexOf(matcher.text, from); i !== -1 && i < until; i = folded.indexOf(matcher.text, i + 1)) {
    if (!matcher.wholeWord || isWholeWord(folded, i, i + matcher.text.length)) yield i;
  }
}

/** Moves an offset off the second half of a surrogate pair. */
function atCharBoundary(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

/**
 * About SNIPPET_LENGTH characters of `text` around the first match of any matcher (from the start
 * when nothing matches), as HTML: text escaped, every match inside wrapped in `<mark>`, `…` where
 * text was cut off.
 */
export function highlightSnippet(text: string, matchers: Matcher[], length: number = SNIPPET_LENGTH): string {
  const folded = foldText(text);
  let first = -1;
  for (const matcher of matchers) {
    const found = occurrences(folded, matcher, 0, first === -1 ? folded.length : first).next();
    if (!found.done) first = found.value;
  }

  let start = 0;
  if (first > LEAD) {
    start = atCharBoundary(text, first - LEAD);
    for (let i = first - 1; i >= start; i--) {
      if (SENTENCE_END.test(text[i]!)) {
        start = i + 1;
        break;
      }
    }
    while (start < first && text[start] === ' ') start++;
  }
  const end = atCharBoundary(text, Math.min(text.length, start + length));

  const ranges: [number, number][] = [];
  for (const matcher of matchers) {
    for (const at of occurrences(folded, matcher, Math.max(0, start - matcher.text.length + 1), end)) {
      ranges.push([Math.max(at, start), Math.min(at + matcher.text.length, end)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);

  let html = start > 0 ? '…' : '';
  let cursor = start;
  for (const [from, to] of ranges) {
    if (to <= cursor) continue;
    const markFrom = Math.max(from, cursor);
    // Overlapping bigrams (中心 + 心化) become one mark around the whole match.
    if (markFrom === cursor && html.endsWith('</mark>')) {
      html = html.slice(0, -'</mark>'.length) + escapeHtml(text.slice(markFrom, to)) + '</mark>';
    } else {
      html += escapeHtml(text.slice(cursor, markFrom)) + '<mark>' + escapeHtml(text.slice(markFrom, to)) + '</mark>';
    }
    cursor = to;
  }
  html += escapeHtml(text.slice(cursor, end));
  if (end < text.length) html += '…';
  return html;
}
