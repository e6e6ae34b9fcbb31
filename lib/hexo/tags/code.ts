import type { Element, ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import type { TagFamily, TagHandler } from './types';

/**
 * Hexo core's `{% codeblock %}…{% endcodeblock %}` and its alias `{% code %}`
 * (hexo lib/plugins/tag/code.ts):
 *
 *   {% codeblock [title] [lang:language] [url] [link text] [line_number:true|false]
 *      [highlight:true|false] [first_line:number] [mark:#,#-#] [wrap:true|false] %}
 *
 * The arguments are read exactly as Hexo reads them. The block becomes the `<pre><code
 * class="language-x">` a fenced block is, its options as data attributes that the highlighter
 * (lib/content/code/highlight.ts) reads: data-mark, data-line-numbers, data-first-line,
 * data-line-threshold. A caption becomes a <figure> around it.
 */

export type CodeCaption = { title: string; url?: string; linkText?: string };

export type CodeArguments = {
  lang?: string;
  /** Undefined: the site's default (`highlight.line_number`). */
  lineNumber?: boolean;
  lineThreshold?: number;
  firstLine: number;
  /** Marked lines, in Hexo's order (duplicates possible, as Hexo's). */
  mark: number[];
  /** `highlight:false`: plain text, no caption, no line numbers (Hexo returns a bare <pre><code>). */
  highlight: boolean;
  caption?: CodeCaption;
};

// Hexo's own expressions, in its order of trying.
const CAPTION_URL_TITLE = /(\S[\S\s]*)\s+(https?:\/\/\S+)\s+(.+)/i;
const CAPTION_URL = /(\S[\S\s]*)\s+(https?:\/\/\S+)/i;
const CAPTION = /\S[\S\s]*/;

/** Hexo's `mark:` value: numbers and ranges (either way round) separated by commas, anything else skipped. */
function parseMark(value: string): number[] {
  const mark: number[] = [];
  for (const cur of value.split(',')) {
    const hyphen = cur.indexOf('-');
    if (hyphen !== -1) {
      let a = +cur.slice(0, hyphen);
      let b = +cur.slice(hyphen + 1);
      if (Number.isNaN(a) || Number.isNaN(b)) continue;
      if (b < a) [a, b] = [b, a];
      // Hexo loops without bound; a typo like `mark:1-99999999` must not hang the build.
      for (let n = 0; a <= b && n < 100_000; a++, n++) mark.push(a);
    }
    // As Hexo: a lone number (and, quirk kept, a negative one read as both a range and a number).
    if (!Number.isNaN(Number(cur))) mark.push(+cur);
  }
  return mark;
}

/** The tag's arguments, as Hexo's parseArgs (plus its `highlight:` pre-pass) reads them. */
export function parseCodeArguments(input: string[]): CodeArguments {
  const args = [...input];
  let highlight = true;
  // Hexo takes out the first `highlight:` argument before reading the others.
  const at = args.findIndex((arg) => arg.startsWith('highlight:'));
  if (at !== -1) {
    highlight = args[at]!.slice('highlight:'.length) === 'true';
    args.splice(at, 1);
  }
  const parsed: CodeArguments = { firstLine: 1, mark: [], highlight };
  const rest: string[] = [];
  for (const arg of args) {
    const colon = arg.indexOf(':');
    if (colon === -1) {
      rest.push(arg);
      continue;
    }
    const key = arg.slice(0, colon);
    const value = arg.slice(colon + 1);
    switch (key) {
      case 'lang':
        parsed.lang = value;
        break;
      case 'line_number':
        parsed.lineNumber = value === 'true';
        break;
      case 'line_threshold':
        if (!Number.isNaN(Number(value))) parsed.lineThreshold = +value;
        break;
      case 'first_line':
        if (!Number.isNaN(Number(value))) parsed.firstLine = +value;
        break;
      case 'mark':
        parsed.mark.push(...parseMark(value));
        break;
      // Read and dropped, as they only change Hexo's own markup (a <table>, a data attribute).
      case 'wrap':
      case 'language_attr':
        break;
      default:
        // `title:x`, a URL (`https:` is a key too): part of the caption, as in Hexo.
        rest.push(arg);
    }
  }
  const text = rest.join(' ');
  let match: RegExpMatchArray | null;
  if ((match = text.match(CAPTION_URL_TITLE))) parsed.caption = { title: match[1]!, url: match[2]!, linkText: match[3]! };
  else if ((match = text.match(CAPTION_URL))) parsed.caption = { title: match[1]!, url: match[2]!, linkText: 'link' };
  else if ((match = text.match(CAPTION))) parsed.caption = { title: match[0] };
  return parsed;
}

/**
 * The body as Hexo hands it to the highlighter (hexo lib/extend/tag.ts `trimBody`, then hexo-util's
 * strip-indent): the indentation common to its lines removed, then one line break dropped at each
 * end. Only one: further blank lines stay, as in Hexo, so `mark:` numbers the same lines there and here.
 */
export function codeBody(body: string): string {
  const text = body.replace(/\r\n?/g, '\n');
  // strip-indent's min-indent: the shortest run of spaces/tabs before a non-space character.
  const indents = text.match(/^[ \t]*(?=\S)/gm) ?? [];
  const indent = indents.reduce((min, run) => Math.min(min, run.length), Infinity);
  const stripped = indent > 0 && indent !== Infinity ? text.replace(new RegExp(`^[ \\t]{${indent}}`, 'gm'), '') : text;
  return stripped.replace(/^\n?|\n?$/g, '');
}

/** The figure's caption: the title, then the link (its address is http(s), which Hexo's expressions alone match). */
function captionElement({ title, url, linkText }: CodeCaption): Element {
  const parts: ElementContent[] = [h('span', { className: ['code-title'] }, title)];
  if (url && /^https?:\/\//i.test(url)) parts.push(h('a', { href: url, className: ['code-link'] }, linkText ?? 'link'));
  return h('figcaption', parts);
}

const codeblock: TagHandler = ({ args, body }) => {
  // `{% code %}` with no end tag is not Hexo's block (there it is an error): left to the caller as unknown.
  if (body === undefined) return undefined;
  const options = parseCodeArguments(args);
  const text = codeBody(body);
  if (!options.highlight) return h('pre', { dataLineNumbers: 'false' }, h('code', text));
  const properties: Properties = {};
  if (options.lineNumber !== undefined) properties.dataLineNumbers = String(options.lineNumber);
  if (options.lineThreshold !== undefined) properties.dataLineThreshold = String(options.lineThreshold);
  if (options.firstLine !== 1) properties.dataFirstLine = String(options.firstLine);
  if (options.mark.length) properties.dataMark = [...new Set(options.mark)].join(',');
  const pre = h('pre', properties, h('code', options.lang ? { className: [`language-${options.lang}`] } : {}, text));
  return options.caption ? h('figure', { className: ['code-figure'] }, [captionElement(options.caption), pre]) : pre;
};

export const codeTags: TagFamily = { codeblock, code: codeblock };
