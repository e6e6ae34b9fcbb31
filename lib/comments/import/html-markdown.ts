/**
 * A comment's HTML (Twikoo's and Valine's bodies) as the Markdown comments are kept in: the
 * renderer (lib/comments/render.ts) drops raw HTML, so the HTML is read into Markdown instead.
 * Paragraphs, line breaks, emphasis, strikethrough, links, code, quotes and lists keep their form;
 * headings, tables and any other element keep their text; images, which comments do not show,
 * become links to them. Text is escaped, so that `*`, `_` or `<b>` typed as text read as typed
 * rather than as Markdown.
 */
import type { Element, Root } from 'hast';
import { defaultHandlers, toMdast, type Handle, type State } from 'hast-util-to-mdast';
import type { PhrasingContent } from 'mdast';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { toMarkdown } from 'mdast-util-to-markdown';
import { cjkFriendlyToMarkdown } from 'mdast-util-to-markdown-cjk-friendly';

export function htmlToMarkdown(tree: Root): string {
  // HTML comments would otherwise be kept as raw HTML, which is no part of the text.
  const markdown = toMdast(tree, { handlers, nodeHandlers: { comment: ignore } });
  // The renderer reads emphasis next to Chinese punctuation as articles do; written the same way,
  // `**重点。**好` needs no character references. Comments are kept trimmed, like typed ones.
  return toMarkdown(markdown, { extensions: [gfmStrikethroughToMarkdown(), cjkFriendlyToMarkdown()] }).trimEnd();
}

const ignore = () => undefined;
const text: Handle = (state, element) => state.all(element);
const flow: Handle = (state, element) => state.toFlow(state.all(element));

const handlers: Record<string, Handle> = {
  a: link,
  img: image,
  // Headings read as paragraphs, and a table as its cells' text, each cell a paragraph.
  ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name) => [name, defaultHandlers.p])),
  ...Object.fromEntries(['table', 'caption', 'tr', 'th', 'td'].map((name) => [name, flow])),
  // Media, which would become links to their files, keep their fallback text.
  audio: text,
  video: text,
  // None of the commenter's text: a rule, form fields, and the markup a frame or noscript holds as text.
  hr: ignore,
  input: ignore,
  iframe: ignore,
  noscript: ignore,
};

function link(state: State, element: Element) {
  const href = absoluteUrl(element.properties.href, ['http:', 'https:', 'mailto:']);
  const children = state.all(element) as PhrasingContent[];
  return href ? { type: 'link' as const, url: href, title: null, children } : children;
}

function image(_state: State, element: Element) {
  const src = absoluteUrl(element.properties.src, ['http:', 'https:']);
  const alt = typeof element.properties.alt === 'string' ? element.properties.alt.trim() : '';
  if (!src) return alt ? { type: 'text' as const, value: alt } : undefined;
  return { type: 'link' as const, url: src, title: null, children: [{ type: 'text' as const, value: alt || src }] };
}

/**
 * An absolute address with one of these schemes, as the URL parser writes it; undefined for any
 * other, relative ones included: they pointed into the old blog.
 */
function absoluteUrl(value: unknown, schemes: string[]): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return schemes.includes(url.protocol) ? url.href : undefined;
}
