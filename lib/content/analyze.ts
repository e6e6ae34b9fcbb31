import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from './visit';
import { site } from '../site';
import { bodyToHast, type BodyContext, type BodyFormat } from './markdown';
import { TIP_ELEMENT } from './tip-block';

export type TocEntry = { id: string; text: string; depth: 2 | 3 };

export type BodyAnalysis = {
  excerpt: string;
  toc: TocEntry[];
  wordCount: number;
  readingMinutes: number;
  /** Image URLs in the body, after proxy unwrapping. */
  images: string[];
  /** The body carries its own tip block (imported woshipm posts). */
  hasTipBlock: boolean;
  /** The body as plain text, as the page renders it. */
  text: string;
};

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[\p{Script=Latin}\p{N}]+(?:['’.-][\p{Script=Latin}\p{N}]+)*/gu;
const MORE = /<!--\s*more\s*-->/i;

/** Chinese is read by character and Latin text by word, at different speeds; count them apart. */
export function countWords(text: string): { han: number; latin: number } {
  return { han: text.match(HAN)?.length ?? 0, latin: text.match(LATIN_WORD)?.length ?? 0 };
}

export function readingMinutes(text: string): number {
  return minutesFor(countWords(text));
}

/** Counting is a pass over the whole body with two regular expressions: an article's are counted once. */
function minutesFor({ han, latin }: { han: number; latin: number }): number {
  const { hanPerMinute, wordsPerMinute } = site.readingSpeed;
  return Math.max(1, Math.ceil(han / hanPerMinute + latin / wordsPerMinute));
}

export function truncate(text: string, max: number = site.excerptLength): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max).join('').trimEnd()}…`;
}

function firstParagraph(tree: Root): string {
  let found = '';
  visit(tree, 'element', (node: Element) => {
    if (found || node.tagName !== 'p') return;
    found = toText(node).trim();
  });
  return found;
}

export async function analyzeBody(source: string, format: BodyFormat, description?: string, context: BodyContext = {}): Promise<BodyAnalysis> {
  const tree = await bodyToHast(source, format, { ...context, purpose: 'text' });
  const text = toText(tree);
  const toc: TocEntry[] = [];
  const images: string[] = [];
  let hasTipBlock = false;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === TIP_ELEMENT) hasTipBlock = true;
    if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
      const label = toText(node).trim();
      if (label) toc.push({ id: node.properties.id, text: label, depth: node.tagName === 'h2' ? 2 : 3 });
    }
    if (node.tagName === 'img' && typeof node.properties.src === 'string' && node.properties.src) {
      images.push(node.properties.src);
    }
  });
  let excerpt = description ?? '';
  if (!excerpt && MORE.test(source)) excerpt = toText(await bodyToHast(source.split(MORE)[0]!, format, { ...context, warn: undefined, purpose: 'text' }));
  if (!excerpt) excerpt = firstParagraph(tree) || text;
  const counts = countWords(text);
  return { excerpt: truncate(excerpt), toc, wordCount: counts.han + counts.latin, readingMinutes: minutesFor(counts), images, hasTipBlock, text };
}
