import fs from 'node:fs';
import path from 'node:path';
import type { InlineMath } from 'mdast-util-math';
import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified, type Plugin, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { isTexInline, remarkDetectMath } from '@/lib/content/math/syntax';
import { hexoSiteDir, hexoSiteNames } from '../support/hexo-oracle.js';
import { corpusDir } from './helpers';

/**
 * 'detect' re-parses only the paragraphs that held a rejected `$…$`. The reference is the rule as
 * first written: escape the rejected openers and parse the whole post again, each round. Both must
 * give the same tree, positions included, on every real post and on the cases where a paragraph
 * cannot be parsed on its own (in a list, a quote, a table, a heading; with references defined
 * elsewhere in the post).
 */

let referenceRounds = 0;

const reference: Plugin<[], Root> = function (this: Processor) {
  const processor = this;
  return (tree: Root, file: VFile) => {
    let current = tree;
    let text = String(file.value);
    for (let round = 0; round < 1000; round++) {
      const openers: number[] = [];
      const seen = new Set<unknown>();
      visit(current, 'inlineMath', (node: InlineMath, _index, parent) => {
        if (seen.has(parent)) return;
        const [start, end] = [node.position!.start.offset!, node.position!.end.offset!];
        if (isTexInline(text.slice(start, end), text.charAt(end))) return;
        seen.add(parent);
        openers.push(start);
      });
      if (openers.length === 0) break;
      referenceRounds++;
      for (const at of openers.sort((a, b) => b - a)) {
        const fence = /^\$+/.exec(text.slice(at))![0].length;
        text = text.slice(0, at) + '\\$'.repeat(fence) + text.slice(at + fence);
      }
      current = processor.parse(text) as Root;
    }
    tree.children = current.children;
    file.value = text;
  };
};

const parser = (detect: Plugin<[], Root>) => unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkMath, { singleDollarTextMath: true }).use(detect);

function bothWays(markdown: string) {
  const [ours, theirs] = [remarkDetectMath as Plugin<[], Root>, reference].map((plugin) => {
    const file = new VFile(markdown);
    const processor = parser(plugin);
    const tree = processor.runSync(processor.parse(file), file);
    return { tree, text: String(file.value) };
  });
  return { ours: ours!, theirs: theirs! };
}

function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|markdown|txt)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("'detect' math, paragraph by paragraph", () => {
  it('reads every real post as parsing the whole post again would', { timeout: 120_000 }, () => {
    const files = [...hexoSiteNames.flatMap((site) => markdownFiles(path.join(hexoSiteDir(site), 'source'))), ...markdownFiles(corpusDir)];
    expect(files.length).toBeGreaterThan(500);
    referenceRounds = 0;
    const different: string[] = [];
    for (const file of files) {
      const split = splitFrontMatter(fs.readFileSync(file, 'utf8'));
      const body = split.ok ? split.body : fs.readFileSync(file, 'utf8');
      const { ours, theirs } = bothWays(body);
      if (ours.text !== theirs.text || JSON.stringify(ours.tree) !== JSON.stringify(theirs.tree)) different.push(file);
    }
    expect(different).toEqual([]);
    // The posts hold enough rejected pairs for the comparison to mean something.
    expect(referenceRounds).toBeGreaterThan(30);
  });

  it.each([
    ['a top-level paragraph', 'It costs $5 and **bold** $x^2$ then $10 or $20.\n\nNext $a$ paragraph $5 and $6.\n'],
    ['references defined elsewhere', 'Pay $5 to [the shop][shop] and see[^n] $y_1$ too.\n\n[shop]: https://example.com "Shop"\n\n[^n]: A note.\n'],
    ['a list item', '- pay $5 and $6 for [it](x)\n- $a$ then $b\n'],
    ['a quote', '> cost $5 and *then* $6\n> still $x^2$\n'],
    ['a table cell', '| a | b |\n| - | - |\n| $5 and | $6 $y$ |\n'],
    ['a heading', '# Price $5 or $6\n\nSetext $7 and $8\n===\n'],
    ['many rounds', '$1 $2 $3 $4 $5 $6 $7 $8 $9 $x$\n'],
    ['display dollars', 'From $$5 to $$6 a day, and $$\\sum x$$.\n'],
    ['a paragraph after code', '```\n$5 $6\n```\nThen $5 and $6.\n    still $7 and $8\n'],
  ])('reads %s as parsing the whole post again would', (_name, markdown) => {
    const { ours, theirs } = bothWays(markdown);
    expect(ours.text).toBe(theirs.text);
    expect(ours.tree).toEqual(theirs.tree);
  });
});
