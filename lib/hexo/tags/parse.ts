import type { ElementContent } from 'hast';
import type { TagCall, TagContext, TagFamily } from './types';

/**
 * Hexo's tag plugins in Markdown, found as Hexo finds them: before Markdown, never inside fenced
 * code or inline code. `{% name args %}` is inline; it is a block, `{% name args %}body{% endname %}`,
 * only when its end tag follows (nested blocks of the same name pair up as they nest). A block's
 * body reaches its handler as written; `{% raw %}` bodies are never searched for tags.
 */
// `% }` is a slip seen in real posts (a space before the brace): read as the end of the tag.
const TAG = /\{%-?\s*([A-Za-z_][\w-]*)((?:[^%]|%(?! ?\}))*?)-?% ?\}/g;

/** Arguments as Nunjucks' lexer hands them to Hexo: split on white space, a quoted one ("a b" or 'a b') being one without its quotes. */
export function splitTagArgs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let quote: string | undefined;
  let started = false;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) args.push(current);
  return args;
}

/** Fenced code (``` or ~~~, three or more, closed by the same or longer) and inline code spans, as [start, end) offsets. */
export function codeRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  const fence = /^( {0,3})(`{3,}|~{3,})[^\n]*\n/gm;
  let match: RegExpExecArray | null;
  while ((match = fence.exec(source))) {
    const marker = match[2]!;
    const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`, 'gm');
    close.lastIndex = match.index + match[0].length;
    const end = close.exec(source);
    const stop = end ? end.index + end[0].length : source.length;
    ranges.push([match.index, stop]);
    fence.lastIndex = stop;
  }
  const outside = (at: number) => !ranges.some(([a, b]) => at >= a && at < b);
  // An inline code span stays within its paragraph: it cannot cross a blank line.
  const inline = /(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?(?<!`)\1(?!`)/g;
  while ((match = inline.exec(source))) if (outside(match.index)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

type Found = { name: string; args: string; start: number; end: number };

/** Every tag outside code, in order. */
function findTags(source: string): Found[] {
  const code = codeRanges(source);
  const found: Found[] = [];
  for (const match of source.matchAll(TAG)) {
    const start = match.index;
    if (code.some(([a, b]) => start >= a && start < b)) continue;
    found.push({ name: match[1]!, args: match[2]!, start, end: start + match[0].length });
  }
  return found;
}

/** The index in `tags` of the end tag closing tags[open], counting nested blocks of the same name. */
function closingIndex(tags: Found[], open: number): number | undefined {
  const { name } = tags[open]!;
  let depth = 0;
  for (let i = open + 1; i < tags.length; i++) {
    if (tags[i]!.name === name) depth++;
    else if (tags[i]!.name === `end${name}`) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/** Where a slot's content goes in the text handed to Markdown (lib/hexo/tags/slots.ts puts it in). */
export const slotMarker = (index: number) => `\uE000${index}\uE001`;
export const SLOT_MARKER = /\uE000(\d+)\uE001/g;

export type ExpandedTags = {
  /** The source with every tag replaced: by text, or by a slot marker. */
  source: string;
  /** The hast each slot marker stands for, trusted (built by the site, bodies already sanitized). */
  slots: ElementContent[][];
};

export type ExpandOptions = {
  families: TagFamily[];
  context: TagContext;
  /** The line of the whole post body the source starts at (a block body's own line), for warnings. */
  firstLine?: number;
};

const lineAt = (source: string, offset: number, firstLine: number) => firstLine + (source.slice(0, offset).match(/\n/g)?.length ?? 0);

/** A handler's context in which a part of the block's body it renders knows the file's line it starts at. */
function withBodyLines(context: TagContext, body: string, source: string, bodyStart: number, firstLine: number): TagContext {
  return {
    ...context,
    markdown: (text, line) => {
      const at = body.indexOf(text);
      return context.markdown(text, line ?? lineAt(source, bodyStart + Math.max(at, 0), firstLine));
    },
  };
}

/**
 * The source with each tag replaced by what its handler makes of it. A tag no family knows keeps its
 * body (a block, rendered as Markdown) or its arguments' text (inline), loses its `{% %}` markers, and
 * is reported; so is an end tag with no opening tag, which is dropped.
 */
export function expandTags(source: string, { families, context, firstLine = 1 }: ExpandOptions): ExpandedTags {
  const slots: ElementContent[][] = [];
  if (!source.includes('{%')) return { source, slots };
  const tags = findTags(source);
  const handlers = Object.assign({}, ...families) as TagFamily;
  const slot = (content: ElementContent[]) => slotMarker(slots.push(content) - 1);
  let out = '';
  let cursor = 0;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag.start < cursor) continue;
    const line = lineAt(source, tag.start, firstLine);
    out += source.slice(cursor, tag.start);
    const close = tag.name.startsWith('end') ? undefined : closingIndex(tags, i);
    const body = close === undefined ? undefined : source.slice(tag.end, tags[close]!.start);
    cursor = close === undefined ? tag.end : tags[close]!.end;
    if (close === undefined && tag.name.startsWith('end') && tag.name.length > 3) {
      context.warn(`line ${line}: {% ${tag.name} %} closes no tag; it is left out`);
      continue;
    }
    const call: TagCall = { name: tag.name, args: splitTagArgs(tag.args.trim()), body, line };
    const handler = handlers[tag.name];
    const output = handler?.(call, body === undefined ? context : withBodyLines(context, body, source, tag.end, firstLine));
    if (output === undefined) {
      context.warn(`line ${line}: unknown tag {% ${tag.name} %}; ${body === undefined ? 'its text is' : 'its content is'} kept without the tag`);
      out += body === undefined ? call.args.join(' ') : slot(context.markdown(body, lineAt(source, tag.end, firstLine)));
    } else if (typeof output === 'string') out += output;
    else out += slot(Array.isArray(output) ? output : [output]);
  }
  return { source: out + source.slice(cursor), slots };
}
