import fs from 'node:fs';
import path from 'node:path';
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { sitesDir } from './helpers';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { rehypeKatexMath } from '@/lib/content/math/katex';
import { mathMode } from '@/lib/content/math/mode';
import { remarkMathSyntax, texDelimiters } from '@/lib/content/math/syntax';
import type { MathMode } from '@/lib/content/markdown';
import { sanitizeSchema } from '@/lib/content/sanitize';
import { readHexoSite, type HexoSite } from '@/lib/hexo/config';
import { mathTags } from '@/lib/hexo/tags/math';
import { expandTags } from '@/lib/hexo/tags/parse';
import { rehypeTagSlots } from '@/lib/hexo/tags/slots';
import type { TagContext } from '@/lib/hexo/tags/types';

/**
 * Every post of the shared Hexo sites, rendered with its own math mode through a pipeline shaped
 * like lib/content/markdown.ts (the math tags only; other tags keep their body as Markdown). It
 * counts the formulas typeset and the ones KaTeX could not read, and prints them for the report.
 * The sites are only read.
 */
const SITES = sitesDir;

const posts = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? posts(path.join(dir, entry.name)) : entry.name.endsWith('.md') ? [path.join(dir, entry.name)] : []));

type Rendered = { tree: Root; warnings: string[] };

function render(body: string, mode: MathMode, firstLine: number): Rendered {
  const warnings: string[] = [];
  const untrusted = (text: string, line: number): Root => {
    const context: TagContext = {
      markdown: (inner, innerLine) => untrusted(inner, innerLine ?? line).children as ElementContent[],
      html: () => [],
      warn: () => {}, // Other tags are not this test's business.
      id: (prefix) => prefix,
      post: () => undefined,
    };
    const { source, slots } = expandTags(text, { families: [mathTags], context, firstLine: line });
    const file = new VFile(mode === 'off' ? source : texDelimiters(source, mode));
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkMathSyntax(mode))
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeTagSlots, { slots });
    return processor.runSync(processor.parse(file), file) as Root;
  };
  const tree = unified()
    .use(rehypeKatexMath, { warn: (message: string) => warnings.push(message), firstLine })
    .runSync(untrusted(body, firstLine)) as Root;
  return { tree, warnings };
}

/** The page's text outside code and typeset math: where a `$…$` left as text would show. */
function prose(tree: Root): string {
  const copy = structuredClone(tree);
  visit(copy, 'element', (node, index, parent) => {
    const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
    if (parent && index !== undefined && (['code', 'pre', 'script', 'style'].includes(node.tagName) || classes.includes('katex') || classes.includes('math-display'))) {
      parent.children.splice(index, 1);
      return index;
    }
  });
  return toText(copy);
}

type SiteResult = { modes: Record<MathMode, number>; rendered: number; failed: string[]; rawPairs: string[]; dollarText: string[] };

async function runSite(name: string): Promise<{ site: HexoSite; result: SiteResult }> {
  const site = await readHexoSite(path.join(SITES, name));
  const result: SiteResult = { modes: { on: 0, off: 0, detect: 0 }, rendered: 0, failed: [], rawPairs: [], dollarText: [] };
  for (const file of posts(path.join(site.sourceDir, '_posts')).sort()) {
    const split = splitFrontMatter(fs.readFileSync(file, 'utf8'));
    if (!split.ok) continue;
    const mode = mathMode({ site, frontMatter: split.data });
    result.modes[mode]++;
    const { tree, warnings } = render(split.body, mode, split.bodyLine);
    const where = path.relative(SITES, file);
    visit(tree, 'element', (node) => {
      const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
      if (classes.includes('katex')) result.rendered++;
    });
    result.failed.push(...warnings.map((warning) => `${where}: ${warning}`));
    const text = prose(tree);
    if (mode === 'on') for (const match of text.matchAll(/\$(?=\S)[^$\n]{1,80}(?<=\S)\$/g)) result.rawPairs.push(`${where}: ${match[0]}`);
    if (mode !== 'on') for (const match of toHtml(tree).matchAll(/class="katex"/g)) if (match) result.dollarText.push(where);
  }
  return { site, result };
}

function report(name: string, { modes, rendered, failed, rawPairs }: SiteResult) {
  console.log(`${name}: posts by mode ${JSON.stringify(modes)}; formulas typeset ${rendered}, failed ${failed.length}; raw $…$ left in 'on' prose ${rawPairs.length}`);
  for (const line of failed) console.log(`  failed: ${line}`);
  for (const line of rawPairs) console.log(`  raw: ${line}`);
}

describe('math on the shared Hexo sites', () => {
  it('CCLMSY (Butterfly, MathJax on every page): every formula typeset or warned, no $…$ left as text', async () => {
    const { result } = await runSite('CCLMSY__Hexo_Blog');
    report('CCLMSY__Hexo_Blog', result);
    expect(result.modes.on).toBeGreaterThan(50);
    expect(result.rendered).toBeGreaterThan(3000);
    // Failures are few (under 1%), and each one was warned (the warnings are the failures).
    expect(result.failed.length).toBeLessThan(result.rendered / 100);
    expect(result.rawPairs).toEqual([]);
  }, 120_000);

  it('suyu (NexT, math off, hexo-static-math): the {% math %} blocks typeset, no $ becomes math', async () => {
    const { result } = await runSite('suyu0925__hexo-blog');
    report('suyu0925__hexo-blog', result);
    expect(result.modes.on).toBe(0);
    expect(result.failed).toEqual([]);
    // Three {% math %} blocks in two posts, and nothing else: shell `$PATH`, `$env:…`, SQL `$uid` stay text.
    expect(result.rendered).toBe(3);
  }, 120_000);

  it("cylong1016 ('detect'): its dollars and escaped brackets stay text", async () => {
    const { result } = await runSite('cylong1016__HexoBlog');
    report('cylong1016__HexoBlog', result);
    expect(result.modes.detect).toBeGreaterThan(100);
    // Its `$` are a URL, JSON (`{"$id":"1"}`) and a parenthesis; its `\[1\]` are Typora's escaped brackets.
    expect(result.rendered).toBe(0);
    expect(result.failed).toEqual([]);
  }, 120_000);

  it('codehhr (Butterfly, math disabled): nothing typeset', async () => {
    const { result } = await runSite('codehhr__hexo-theme-butterfly-blog-backup');
    report('codehhr__hexo-theme-butterfly-blog-backup', result);
    expect(result.modes.off).toBeGreaterThan(10);
    expect(result.rendered).toBe(0);
  }, 120_000);
});
