import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { TagFamily, TagHandler } from './types';

/**
 * Hexo core's `{% codeblock [caption] [lang:x] [url] [link text] [line_number:] [first_line:]
 * [mark:] [highlight:] [wrap:] %}…{% endcodeblock %}` (alias `code`), its arguments read as Hexo's
 * lib/plugins/tag/code.js reads them. It becomes the same `<pre><code class="language-x">` a fenced
 * block is, carrying its options as data attributes for the highlighter (lib/content/code).
 */
const CAPTION_URL_TITLE = /(\S[\S\s]*)\s+(https?:\/\/\S+)\s+(.+)/i;
const CAPTION_URL = /(\S[\S\s]*)\s+(https?:\/\/\S+)/i;

export type CodeArguments = { lang?: string; lineNumber?: boolean; firstLine: number; mark: number[]; highlight: boolean; caption?: { text: string; url?: string; title?: string } };

export function parseCodeArguments(args: string[]): CodeArguments {
  const rest: string[] = [];
  const parsed: CodeArguments = { firstLine: 1, mark: [], highlight: true };
  for (const arg of args) {
    const colon = arg.indexOf(':');
    const key = colon === -1 ? '' : arg.slice(0, colon);
    const value = arg.slice(colon + 1);
    if (key === 'lang') parsed.lang = value;
    else if (key === 'line_number') parsed.lineNumber = value === 'true';
    else if (key === 'first_line') {
      if (value !== '' && !Number.isNaN(Number(value))) parsed.firstLine = Number(value);
    } else if (key === 'highlight') parsed.highlight = value === 'true';
    else if (key === 'mark') {
      for (const part of value.split(',')) {
        const hyphen = part.indexOf('-');
        if (hyphen !== -1) {
          let [a, b] = [Number(part.slice(0, hyphen)), Number(part.slice(hyphen + 1))];
          if (Number.isNaN(a) || Number.isNaN(b)) continue;
          if (b < a) [a, b] = [b, a];
          for (; a <= b; a++) parsed.mark.push(a);
        } else if (part !== '' && !Number.isNaN(Number(part))) parsed.mark.push(Number(part));
      }
    } else if (['wrap', 'line_threshold', 'language_attr'].includes(key)) continue;
    else rest.push(arg);
  }
  const text = rest.join(' ');
  let match: RegExpMatchArray | null;
  if ((match = text.match(CAPTION_URL_TITLE))) parsed.caption = { text: match[1]!, url: match[2]!, title: match[3]! };
  else if ((match = text.match(CAPTION_URL))) parsed.caption = { text: match[1]!, url: match[2]!, title: 'link' };
  else if (text.trim()) parsed.caption = { text: text.trim() };
  return parsed;
}

/** The body as Hexo highlights it: blank lines around it dropped, the common indentation removed. */
export function codeText(body: string): string {
  const lines = body.replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g, '').split('\n');
  const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common)).join('\n');
}

const codeblock: TagHandler = ({ args, body }) => {
  if (body === undefined) return undefined;
  const options = parseCodeArguments(args);
  const properties: Record<string, string> = {};
  if (options.mark.length) properties.dataMark = options.mark.join(',');
  if (options.lineNumber !== undefined) properties.dataLineNumbers = String(options.lineNumber);
  if (options.firstLine !== 1) properties.dataFirstLine = String(options.firstLine);
  const language = options.highlight && options.lang ? [`language-${options.lang}`] : [];
  const pre: Element = h('pre', properties, h('code', { className: language }, codeText(body)));
  const { caption } = options;
  if (!caption) return pre;
  const parts: ElementContent[] = [h('span', caption.text)];
  if (caption.url) parts.push({ type: 'text', value: ' ' }, h('a', { href: caption.url }, caption.title));
  return h('figure', { className: ['code-figure'] }, [h('figcaption', parts), pre]);
};

export const codeTags: TagFamily = { codeblock, code: codeblock };
