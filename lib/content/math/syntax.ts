import type { InlineMath, Math as MathBlock } from 'mdast-util-math';
import type { Definition, FootnoteDefinition, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified, type PluggableList, type Processor } from 'unified';
import { visit } from '../visit';
import type { MathMode } from '../markdown';
import { parseFormula } from './katex';

/**
 * Math in Markdown: `$…$` inline and `$$…$$` display (remark-math), plus `\(…\)` and `\[…\]`, the
 * delimiters MathJax reads, rewritten to dollars before Markdown (which would eat the backslashes).
 * `$$…$$` written inside a line is display math, as MathJax shows it: the paragraph is split around it.
 *
 * 'detect' — a blog that says nothing about math — keeps `$…$` as math only when it passes
 * `isTexInline`; `$$…$$` on their own lines are always math.
 */

// --- The 'detect' rule ---------------------------------------------------------------------------

/** Function names authors write without a backslash (`$softmax(x)$`): the only letter runs of 4+ allowed. */
const FUNCTION_WORDS = new Set(['tanh', 'sinh', 'cosh', 'coth', 'arcsin', 'arccos', 'arctan', 'argmax', 'argmin', 'softmax', 'sigmoid', 'relu', 'sqrt', 'sign', 'rank', 'span', 'diag', 'trace', 'mean']);
/** Text a formula never has: quotes, backticks, `@`, unescaped `#`/`%`, URLs, CJK and full-width punctuation. */
const PROSE = /["`@\u2018-\u201f\u3000-\u303f\uff00-\uffef\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]|(?<!\\)[#%]|:\/\//u;
/** `\text{…}` and friends hold prose by design: left out before looking for prose. */
const TEXT_GROUP = /\\(?:text\w*|mbox|mathrm|operatorname|hbox)\s*\{[^{}]*\}/g;
const COMMAND = /\\(?:[A-Za-z]+|[{}|,;:!\\ #$%&_])/;
/** What a formula without commands is made of: Latin and Greek letters, digits, operators, brackets. */
const FORMULA_CHARS = /^[A-Za-z0-9\s.,;:!?'()[\]|+\-*/=<>~^_{}\u0391-\u03c9\u2200-\u22ff]+$/;
const OPERATOR = /[=+\-*/<>|()[\],!'^_{}\u2200-\u22ff]/;
const SYMBOL = /^(?:[A-Za-z]'*\d*|[A-Za-z]{1,3}|\d+|[\u0391-\u03c9]'*)$/;

const katexParses = (tex: string) => {
  try {
    parseFormula(tex, { throwOnError: true, strict: 'ignore', trust: false });
    return true;
  } catch {
    return false;
  }
};

/**
 * Whether the text between two dollars is TeX, judged by the text alone (no delimiter rules):
 *  - never when it has text a formula does not (PROSE), or an unescaped `&` outside an environment;
 *  - with a TeX command (`\alpha`, `\{`, `\,`): when KaTeX can read it — `$env:APPDATA\fnm$` it cannot;
 *  - without one: no run of 4+ Latin letters outside braces (`$HOME/bin$`, `$PATH$`, prose) unless a
 *    known function name, and then either a script or group (`^ _ { }`), a short symbol (`$x$`,
 *    `$x'$`, `$AB$`, `$12$`), or letters and digits joined by operators and brackets (`$f(x)=1$`).
 */
export function looksLikeTex(text: string): boolean {
  const tex = text.trim();
  if (tex === '') return false;
  const bare = tex.replace(TEXT_GROUP, '{}');
  if (PROSE.test(bare)) return false;
  if (/(?<!\\)&/.test(bare) && !bare.includes('\\begin')) return false;
  if (COMMAND.test(tex)) return katexParses(tex);
  const outsideBraces = tex.replace(/\{[^{}]*\}/g, '{}');
  for (const word of outsideBraces.match(/[A-Za-z]{4,}/g) ?? []) if (!FUNCTION_WORDS.has(word.toLowerCase())) return false;
  if (!FORMULA_CHARS.test(tex) || !/[A-Za-z0-9\u0391-\u03c9]/.test(tex)) return false;
  return SYMBOL.test(tex) || OPERATOR.test(tex);
}

/**
 * Whether inline math, as written (`$…$` or `$$…$$`, delimiters included) and followed by `after`
 * (the next character of the source), is math in 'detect'. Single dollars also follow Pandoc's rule,
 * which keeps prices and shell variables as text: the opening `$` is followed by a non-space, the
 * closing one follows a non-space and is not followed by a digit (`$5 and $10`, `$1,$2`, `$ x $`).
 */
export function isTexInline(written: string, after = ''): boolean {
  const fence = /^\$+/.exec(written)![0].length;
  const content = written.slice(fence, written.length - fence);
  if (fence === 1 && (/^\s/.test(content) || /\s$/.test(content) || /^\d/.test(after))) return false;
  return looksLikeTex(content);
}

// --- `\(…\)` and `\[…\]` ---------------------------------------------------------------------------

/** Source ranges Markdown does not read as prose (code, HTML) or that already are math: left as they are. */
function protectedRanges(source: string): [number, number][] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMath).parse(source);
  const ranges: [number, number][] = [];
  visit(tree, (node) => {
    if (!['code', 'inlineCode', 'html', 'math', 'inlineMath'].includes(node.type)) return;
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) ranges.push([start.offset, end.offset]);
    return 'skip';
  });
  return ranges;
}

/**
 * `\(…\)` → `$…$` and `\[…\]` → `$$…$$`, in place (so a formula inside a list or a quote stays
 * there; `$$…$$` on its own lines is a display block, inside a line it is made one by
 * `remarkMathSyntax`), before Markdown. Not in code, HTML or existing math, not after an escaped
 * backslash (`\\[2pt]`), and only around what looks like TeX — Markdown writers escape brackets as
 * `\[1\]` (Typora does), which stay brackets. `mode` is accepted for the caller's convenience: the
 * same rule holds in 'on' and 'detect', since a Hexo Markdown renderer turned `\[` into `[` before
 * MathJax saw it unless the author meant math.
 */
export function texDelimiters(text: string, mode: MathMode = 'on'): string {
  if (mode === 'off') return text;
  const source = closeDisplayFences(text);
  if (!hasTexCandidate(source)) return source;
  const ranges = protectedRanges(source);
  const inside = (at: number) => ranges.some(([a, b]) => at >= a && at < b);
  let out = '';
  let cursor = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '\\') continue;
    const next = source[i + 1];
    if (next === '\\') {
      i++;
      continue;
    }
    if ((next !== '(' && next !== '[') || inside(i)) continue;
    const closer = next === '(' ? ')' : ']';
    const end = closingDelimiter(source, i + 2, closer);
    if (end === undefined || inside(end)) continue;
    const tex = source.slice(i + 2, end);
    if (isBracketedTex(tex)) {
      // Inline math is trimmed of spaces (`\( x \)`), as the 'detect' rule wants it; a display
      // formula is kept as written, line breaks and markers included, so that `$$` on its own
      // line inside a quote still opens a block there.
      const replacement = next === '(' ? `$${tex.replace(/^[ \t]+|[ \t]+$/g, '')}$` : `$$${tex}$$`;
      out += source.slice(cursor, i) + replacement;
      cursor = end + 2;
    }
    i = end + 1;
  }
  return out + source.slice(cursor);
}

/**
 * A display block opened by `$$` at a line's start and closed by `$$` at the end of a later line
 * (`\end{cases}$$`): MathJax read it as one formula, but remark-math only closes a block with `$$`
 * on a line of its own, and would run on through the rest of the post. The closing `$$` is moved to
 * a line of its own, behind the same quote markers or indentation. Only within the paragraph
 * (MathJax never saw a formula across a blank line) and outside fenced code.
 */
export function closeDisplayFences(source: string): string {
  if (!source.includes('$$')) return source;
  const lines = source.split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const code = /^[ \t>]*(`{3,}|~{3,})/.exec(line);
    if (code && !fence) fence = code[1]![0]!.repeat(code[1]!.length);
    else if (fence && line.trim().startsWith(fence)) fence = undefined;
    if (fence || code) continue;
    const open = /^([ \t>]*)\$\$(.*)$/.exec(line);
    if (!open || open[2]!.includes('$$')) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      if (next.replace(/^[ \t>]*/, '').trim() === '') break;
      if (!next.includes('$$')) continue;
      const close = /^(.*\S)[ \t]*\$\$[ \t]*$/.exec(next);
      if (close && !close[1]!.replace(/^[ \t>]*/, '').includes('$')) lines.splice(j, 1, close[1]!, `${open[1]!}$$`);
      i = j;
      break;
    }
  }
  return lines.join('\n');
}

/** Whether what stands between `\(` and `\)` (or `\[`, `\]`) is a formula: TeX, and not a footnote-like `\[1\]`. */
function isBracketedTex(tex: string): boolean {
  // A quote's or list's markers on the formula's later lines are Markdown's, not TeX.
  const bare = tex.replace(/\n[ \t]*(?:>[ \t]?)*/g, '\n');
  return looksLikeTex(bare) && !/^\s*\d+\s*$/.test(bare);
}

/**
 * Whether any `\(…\)` or `\[…\]` in the source, wherever it stands, holds what looks like TeX: when
 * none does, nothing is rewritten, and finding where code and HTML lie (a second parse) is saved.
 */
function hasTexCandidate(source: string): boolean {
  for (let i = source.indexOf('\\'); i !== -1; i = source.indexOf('\\', i + 1)) {
    const next = source[i + 1];
    if (next !== '(' && next !== '[') continue;
    const end = closingDelimiter(source, i + 2, next === '(' ? ')' : ']');
    if (end !== undefined && isBracketedTex(source.slice(i + 2, end))) return true;
  }
  return false;
}

/** Where the unescaped `\)` / `\]` closing a formula starts, within its paragraph (no blank line). */
function closingDelimiter(source: string, from: number, closer: string): number | undefined {
  for (let j = from; j < source.length - 1; j++) {
    if (source[j] === '\n' && /^\n[ \t>]*\n/.test(source.slice(j, j + 80))) return undefined;
    if (source[j] !== '\\') continue;
    if (source[j + 1] === closer) return j;
    j++; // `\\`, `\{`: an escaped character is never a delimiter.
  }
  return undefined;
}

// --- remark plugins --------------------------------------------------------------------------------

type Source = { value: string } | undefined;
const sourceOf = (file: { value?: unknown }): Source => (typeof file.value === 'string' ? { value: file.value } : undefined);
const written = (node: InlineMath, source: string) => source.slice(node.position!.start.offset, node.position!.end.offset);
const hasOffsets = (node: InlineMath) => node.position?.start.offset !== undefined && node.position.end.offset !== undefined;

/** The first rejected `$…$` of each paragraph (or other parent), as the offset of its opening dollars in `text`. */
function rejectedOpeners(tree: Root, text: string): Map<Parent, number> {
  const openers = new Map<Parent, number>();
  visit(tree, 'inlineMath', (node: InlineMath, _index, parent) => {
    if (!parent || !hasOffsets(node) || openers.has(parent)) return;
    if (isTexInline(written(node, text), text.charAt(node.position!.end.offset!))) return;
    openers.set(parent, node.position!.start.offset!);
  });
  return openers;
}

/** `text` with each opener's dollars escaped, and where an offset of `text` moved to (escaping adds no line). */
function escapeOpeners(text: string, openers: number[]): { text: string; moved: (offset: number) => number } {
  const escapes: { at: number; added: number }[] = [];
  let out = '';
  let from = 0;
  let added = 0;
  for (const at of [...openers].sort((a, b) => a - b)) {
    let fence = 0;
    while (text.charAt(at + fence) === '$') fence++;
    out += text.slice(from, at) + '\\$'.repeat(fence);
    from = at + fence;
    added += fence;
    escapes.push({ at, added });
  }
  out += text.slice(from);
  // An offset moves by the backslashes added before it; an opener's own offset now holds its backslash.
  const moved = (offset: number) => offset + (escapes.findLast((escape) => escape.at < offset)?.added ?? 0);
  return { text: out, moved };
}

/** Lines the parser needs to read `[text][label]` and `[^label]` in a paragraph parsed on its own. */
function definitionLines(tree: Root): string {
  const lines: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'definition') lines.push(`[${(node as Definition).label ?? (node as Definition).identifier}]: #`);
    if (node.type === 'footnoteDefinition') lines.push(`[^${(node as FootnoteDefinition).label ?? (node as FootnoteDefinition).identifier}]: x`);
  });
  return lines.length ? `\n\n${lines.join('\n\n')}\n` : '';
}

/** Every position in `node` moved: by `offset` in the text, `line` lines, and `column` on its first line. */
function movePositions(node: Node, by: { offset: number; line?: number; column?: number }) {
  visit(node, (child) => {
    for (const point of child.position ? [child.position.start, child.position.end] : []) {
      if (by.column && point.line === 1) point.column += by.column;
      if (by.line) point.line += by.line;
      if (point.offset !== undefined) point.offset += by.offset;
    }
  });
}

/**
 * The paragraphs holding rejected pairs parsed again on their own, in place, and every other block's
 * offsets moved past the added backslashes: escaping a `$` changes the inlines of its paragraph and
 * nothing else, and parsing a paragraph costs a fraction of parsing the post. False, with `tree` to
 * be parsed again whole, when one is not a paragraph at the top (a list's or a quote's has markers on
 * its lines) or does not read back as one paragraph.
 */
function reparseParagraphs(processor: Processor, tree: Root, escaped: ReturnType<typeof escapeOpeners>, rejected: Set<Parent>, definitions: () => string): boolean {
  if (tree.children.filter((child) => rejected.has(child as Parent)).length !== rejected.size) return false;
  const children: RootContent[] = [];
  for (const child of tree.children) {
    const start = child.position?.start;
    const end = child.position?.end;
    if (start?.offset === undefined || end?.offset === undefined) return false;
    const from = escaped.moved(start.offset);
    if (!rejected.has(child as Parent)) {
      if (from !== start.offset) movePositions(child, { offset: from - start.offset });
      children.push(child);
      continue;
    }
    if (child.type !== 'paragraph') return false;
    const parsed = processor.parse(escaped.text.slice(from, escaped.moved(end.offset)) + definitions()) as Root;
    const [paragraph, ...rest] = parsed.children;
    if (paragraph?.type !== 'paragraph' || rest.some((node) => node.type !== 'definition' && node.type !== 'footnoteDefinition')) return false;
    movePositions(paragraph, { offset: from, line: start.line - 1, column: start.column - 1 });
    children.push(paragraph);
  }
  tree.children = children;
  return true;
}

/**
 * 'detect': inline math that is not TeX (`isTexInline`) is text. Its opening dollars are escaped in
 * the source and its paragraph parsed again, so that what lay between them is read as Markdown (a
 * link, emphasis) and its closing `$` may open a formula that follows (`$5 and $x^2$`). One rejected
 * pair per paragraph each round, as each changes how the rest pairs up. Escaping adds no line, so
 * line numbers stay true. Without the source (a tree run with no file), rejected pairs become their text.
 */
export function remarkDetectMath(this: Processor) {
  const processor = this;
  return (tree: Root, file: { value?: unknown }) => {
    const source = sourceOf(file);
    if (!source) {
      visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
        if (parent && index !== undefined && !isTexInline(`$${node.value}$`)) parent.children[index] = { type: 'text', value: `$${node.value}$` };
      });
      return;
    }
    let text = source.value;
    let definitions: string | undefined;
    for (let round = 0; round < 1000; round++) {
      const rejected = rejectedOpeners(tree, text);
      if (rejected.size === 0) break;
      const escaped = escapeOpeners(text, [...rejected.values()]);
      const inPlace = reparseParagraphs(processor, tree, escaped, new Set(rejected.keys()), () => (definitions ??= definitionLines(tree)));
      if (!inPlace) tree.children = (processor.parse(escaped.text) as Root).children;
      text = escaped.text;
    }
    // The plugins after this one read a formula's source by its offsets: in the text the tree is of.
    file.value = text;
  };
}

const displayMath = (value: string, position: InlineMath['position']): MathBlock => ({
  type: 'math',
  value,
  meta: null,
  position,
  // The same shape remark-math gives a `$$` block, so remark-rehype makes `pre > code.language-math`.
  data: { hName: 'pre', hChildren: [{ type: 'element', tagName: 'code', properties: { className: ['language-math', 'math-display'] }, children: [{ type: 'text', value }] }] },
});

/** Leading and trailing white space and line breaks of a run of a split paragraph go. */
function trimRun(run: PhrasingContent[]): PhrasingContent[] {
  const out = [...run];
  while (out[0]?.type === 'break') out.shift();
  while (out.at(-1)?.type === 'break') out.pop();
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.replace(/^\s+/, '') };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}

/**
 * `$$…$$` inside a line is display math, as MathJax shows it: the paragraph holding it is split
 * into the text before, the display block, the text after. Inside a link, emphasis or a table cell
 * (where no block may go) it stays inline. Needs the source to tell `$$` from `$`.
 */
function remarkInlineDisplayMath() {
  return (tree: Root, file: { value?: unknown }) => {
    const source = sourceOf(file);
    if (!source) return;
    const isDisplay = (node: PhrasingContent): node is InlineMath => node.type === 'inlineMath' && hasOffsets(node) && written(node, source.value).startsWith('$$');
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (!parent || index === undefined || !node.children.some(isDisplay)) return;
      const blocks: RootContent[] = [];
      let run: PhrasingContent[] = [];
      const flush = () => {
        const children = trimRun(run);
        if (children.length) blocks.push({ type: 'paragraph', children });
        run = [];
      };
      for (const child of node.children) {
        if (!isDisplay(child)) run.push(child);
        else {
          flush();
          blocks.push(displayMath(child.value, child.position));
        }
      }
      flush();
      (parent.children as RootContent[]).splice(index, 1, ...blocks);
      return index + blocks.length;
    });
  };
}

/**
 * `$$\begin{cases}` with the formula going on below: remark-math reads what follows the opening
 * `$$` as the block's "meta" and leaves it out of the formula, but MathJax read it as TeX, and
 * authors write it so. It goes back at the formula's start.
 */
function remarkMathMeta() {
  return (tree: Root) => {
    visit(tree, 'math', (node: MathBlock) => {
      if (!node.meta?.trim()) return;
      node.value = node.value ? `${node.meta}\n${node.value}` : node.meta;
      node.meta = null;
      const code = node.data?.hChildren?.[0];
      if (code?.type === 'element') code.children = [{ type: 'text', value: node.value }];
    });
  };
}

/** The remark plugins for a body's math mode: none for 'off'. */
export function remarkMathSyntax(mode: MathMode): PluggableList {
  if (mode === 'off') return [];
  const math: PluggableList = [[remarkMath, { singleDollarTextMath: true }]];
  return mode === 'on' ? [...math, remarkMathMeta, remarkInlineDisplayMath] : [...math, remarkDetectMath, remarkMathMeta, remarkInlineDisplayMath];
}
