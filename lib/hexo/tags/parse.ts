/**
 * Hexo's tag plugins in Markdown: `{% name args %}`, found as Hexo finds them, before Markdown, never
 * inside fenced code or inline code. Arguments split on white space, a quoted one ("a b" or 'a b')
 * being one argument without its quotes, as Nunjucks' lexer hands them to Hexo.
 */
export type TagCall = { name: string; args: string[] };
/** Returns what replaces the tag, or undefined to leave it as written. */
export type TagHandler = (call: TagCall) => string | undefined;

const TAG = /\{%-?\s*([A-Za-z_][\w-]*)((?:[^%]|%(?!\}))*?)-?%\}/g;

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
function codeRanges(source: string): [number, number][] {
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
  const inline = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;
  while ((match = inline.exec(source))) if (outside(match.index)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** The source with each tag a handler knows replaced; everything else, code included, untouched. */
export function replaceTags(source: string, handlers: Record<string, TagHandler>): string {
  if (!source.includes('{%')) return source;
  const code = codeRanges(source);
  return source.replace(TAG, (whole, name: string, args: string, offset: number) => {
    const handler = handlers[name];
    if (!handler || code.some(([a, b]) => offset >= a && offset < b)) return whole;
    return handler({ name, args: splitTagArgs(args.trim()) }) ?? whole;
  });
}
