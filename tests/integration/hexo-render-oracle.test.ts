import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import diff from 'fast-diff';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleBody } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { bodyToHast } from '@/lib/content/markdown';
import { readHexoSite } from '@/lib/hexo/config';
import { htmlText, readableText } from '../support/body-text';
import { hexoSiteDir, hexoSiteNames, type HexoSiteName } from '../support/hexo-oracle.js';
import { repoRoot } from '../unit/helpers';

/**
 * Hexo is the oracle: every post of the four shared sites, rendered by the `hexo` package itself
 * (core tags, hexo-renderer-marked, and test-only stand-ins for the theme tags), against ours.
 * Also, on every one of our bodies: no tag markers in the text, no <h1> (the page's title is the one),
 * every code block highlighted, no raw `$…$` where the site renders math.
 */

/** Of the letters and digits of both texts, the share that appear in both, in the same order. */
function similarity(ours: string, theirs: string): number {
  if (!ours && !theirs) return 1;
  const same = diff(ours, theirs).reduce((sum, [op, text]) => sum + (op === 0 ? text.length : 0), 0);
  return (2 * same) / (ours.length + theirs.length);
}

type PostResult = { source: string; score: number; problems: string[] };

/** Text outside code: where a tag's markers or a formula's dollars would be the page's fault. */
function proseText(tree: Root): string {
  const copy: Root = structuredClone(tree);
  visit(copy, 'element', (node: Element) => {
    if (node.tagName === 'pre' || node.tagName === 'code') node.children = [];
  });
  return toText(copy);
}

async function compareSite(name: HexoSiteName): Promise<PostResult[]> {
  const dir = hexoSiteDir(name);
  const cli = path.join(repoRoot, 'tests', 'support', 'hexo-render-cli.mjs');
  const run = promisify(execFile)(process.execPath, [cli, '--theme-tags', dir], { env: { ...process.env, TZ: 'Asia/Shanghai' }, maxBuffer: 256 * 1024 * 1024 });
  const hexo = await readHexoSite(dir);
  const index = await loadContent({ contentDir: dir, articlesDir: '', timeZone: 'Asia/Shanghai', hexo, now: new Date('2100-01-01') });
  const { html, errors } = JSON.parse((await run).stdout) as { html: Record<string, string>; errors: Record<string, string> };
  expect(errors).toEqual({});
  const results: PostResult[] = [];
  for (const article of index.bySlug.values()) {
    const source = article.file.split(path.sep).join('/');
    const theirs = html[source];
    if (theirs === undefined) continue; // A draft: Hexo does not render it.
    const { source: body, format, context } = await readArticleBody(index, article);
    const tree = await bodyToHast(body, format, context);
    const problems: string[] = [];
    const prose = proseText(tree);
    if (/\{%|%\}/.test(prose)) problems.push('shows a tag marker');
    if (context.math === 'on' && /\$[^$\s][^$]*\$/.test(prose)) problems.push('shows raw $…$ math');
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h1') problems.push('has its own <h1>');
      if (node.tagName === 'pre' && node.properties.dataLanguage === undefined && node.properties.dataDiagram === undefined && !String(node.properties.className ?? '').includes('diagram-source')) problems.push('has a code block not highlighted');
    });
    results.push({ source, score: similarity(readableText(tree), htmlText(theirs)), problems });
  }
  return results;
}

describe.each(hexoSiteNames)('%s, rendered by Hexo and by us', (name) => {
  let results: PostResult[] = [];
  beforeAll(async () => {
    results = await compareSite(name);
  }, 120_000);

  it('renders every post Hexo renders', () => {
    expect(results.length).toBeGreaterThan(50);
  });

  it('shows no tag marker, no <h1> of its own, no unhighlighted code and no raw math', () => {
    expect(results.filter((r) => r.problems.length).map((r) => `${r.source}: ${[...new Set(r.problems)].join(', ')}`)).toEqual([]);
  });

  it('reads as Hexo’s: text the same, in order (mean ≥ 99 %, every post ≥ 95 %)', () => {
    const scores = results.map((r) => r.score);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    const worst = [...results].sort((a, b) => a.score - b.score).slice(0, 5);
    console.info(`${name}: ${results.length} posts, mean ${(mean * 100).toFixed(2)} %, worst: ${worst.map((r) => `${r.source} ${(r.score * 100).toFixed(1)} %`).join('; ')}`);
    expect(mean).toBeGreaterThanOrEqual(0.99);
    expect(worst.filter((r) => r.score < 0.95).map((r) => `${r.source} ${(r.score * 100).toFixed(1)} %`)).toEqual([]);
  });
});
