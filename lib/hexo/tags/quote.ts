import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { safeHref } from './inline';
import { inlineContent } from './note';
import type { TagFamily, TagHandler } from './types';

/**
 * Quotations: Hexo core's `blockquote` / `quote` and `pullquote`, NexT's `centerquote` / `cq`, and
 * Butterfly plus' `poem`. Their bodies are Markdown, so they stay inside the article's prose styles.
 */

// Hexo's own patterns (hexo lib/plugins/tag/blockquote.ts), in its order: "author link title", "author link", "author, title".
const FULL_CITE_WITH_TITLE = /(\S.*)\s+(https?:\/\/\S+)\s+(.+)/i;
const FULL_CITE = /(\S.*)\s+(https?:\/\/\S+)/i;
const AUTHOR_TITLE = /([^,]+),\s*([^,]+)/;

export type Citation = { author: string; source?: string; title?: string };

/** `{% blockquote [author[, source]] [link] [source_link_title] %}`'s footer, as Hexo reads it. */
export function readCitation(args: string[]): Citation | undefined {
  const text = args.join(' ');
  if (!text) return undefined;
  let match: RegExpExecArray | null;
  if ((match = FULL_CITE_WITH_TITLE.exec(text))) return { author: match[1]!, source: match[2]!, title: match[3]! };
  if ((match = FULL_CITE.exec(text))) return { author: match[1]!, source: match[2]! };
  if ((match = AUTHOR_TITLE.exec(text))) return { author: match[1]!, title: match[2]! };
  return { author: text };
}

const CITE = ['ml-2', 'not-italic'];

/** Hexo's `<footer><strong>author</strong><cite>…</cite></footer>`, a dash before it as Chinese print has. */
function footer({ author, source, title }: Citation, warn: (message: string) => void): Element {
  const children: ElementContent[] = [];
  if (author) children.push(h('strong', { className: ['font-semibold', 'text-stone-700', 'dark:text-stone-200'] }, author));
  const href = source ? safeHref(source) : undefined;
  if (source && href) {
    // Hexo shows a bare link without its scheme and a trailing / or index.html.
    const shown = title || source.replace(/^https?:\/\/|\/(index.html?)?$/g, '');
    children.push(h('cite', { className: CITE }, [h('a', { href }, shown)]));
  } else if (source) {
    warn(`${source} is not an address a quotation may link to; it is shown as text`);
    children.push(h('cite', { className: CITE }, title || source));
  } else if (title) children.push(h('cite', { className: CITE }, title));
  return h('footer', { className: ['mt-3', 'text-sm', 'not-italic', 'text-stone-600', 'dark:text-stone-400', "before:mr-1", "before:content-['——']"] }, children);
}

const blockquote: TagHandler = ({ name, args, body, line }, context) => {
  if (body === undefined) return undefined;
  const citation = readCitation(args);
  const warn = (message: string) => context.warn(`line ${line}: {% ${name} ${args.join(' ')} %}: ${message}`);
  return h('blockquote', [...context.markdown(body), ...(citation ? [footer(citation, warn)] : [])]);
};

/** Hexo gives a pullquote the author's classes; only placement ones mean something here. */
const PULL_PLACEMENT: Record<string, string[]> = {
  left: ['sm:float-left', 'sm:mr-6', 'sm:w-1/2'],
  right: ['sm:float-right', 'sm:ml-6', 'sm:w-1/2'],
  center: ['mx-auto', 'text-center'],
};

const pullquote: TagHandler = ({ args, body }, context) => {
  if (body === undefined) return undefined;
  const placement = args.map((arg) => PULL_PLACEMENT[arg.toLowerCase()]).find(Boolean) ?? [];
  return h(
    'blockquote',
    { className: ['pullquote', 'my-8', 'border-l-0', 'border-y-2', 'border-stone-300', 'px-0', 'py-3', 'font-serif', 'text-xl', 'leading-relaxed', 'text-stone-800', 'dark:border-stone-600', 'dark:text-stone-100', ...placement] },
    context.markdown(body),
  );
};

/** NexT's centred quote: no side rule, the text centred between two large quotation marks. */
const centerQuote: TagHandler = ({ body }, context) => {
  if (body === undefined) return undefined;
  const mark = (char: string, placement: string[]) => h('span', { ariaHidden: 'true', className: ['block', 'font-serif', 'text-4xl', 'leading-none', 'text-stone-400', 'dark:text-stone-500', ...placement] }, char);
  return h('blockquote', { className: ['my-8', 'border-l-0', 'px-0', 'text-center', 'text-stone-800', 'dark:text-stone-100'] }, [
    mark('“', ['text-left']),
    h('div', { className: ['px-6', '[&>*:first-child]:mt-0', '[&>*:last-child]:mb-0'] }, context.markdown(body)),
    mark('”', ['text-right']),
  ]);
};

/** Butterfly plus `{% poem title, author %}…{% endpoem %}`: a centred poem, its title and author above. */
const poem: TagHandler = ({ args, body }, context) => {
  if (body === undefined) return undefined;
  const [title = '', ...authorParts] = args.join(' ').split(',').map((part) => part.trim());
  const author = authorParts.join(', ');
  return h('figure', { className: ['my-8', 'text-center', 'font-serif'] }, [
    ...(title ? [h('p', { className: ['mb-1', 'text-2xl', 'font-semibold', 'text-stone-900', 'dark:text-stone-100'] }, inlineContent(context.markdown(title)))] : []),
    ...(author ? [h('p', { className: ['mt-0', 'text-sm', 'text-stone-600', 'dark:text-stone-400'] }, author)] : []),
    h('div', { className: ['text-lg', 'leading-loose', '[&_p]:text-center'] }, context.markdown(body)),
  ]);
};

export const quoteTags: TagFamily = {
  blockquote,
  quote: blockquote,
  pullquote,
  centerquote: centerQuote,
  cq: centerQuote,
  poem,
};
