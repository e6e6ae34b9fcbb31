import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { bodyToHast } from '@/lib/content/markdown';
import { hexoRenderSettings } from '@/lib/content/render-settings';
import { readHexoSite } from '@/lib/hexo/config';
import { repoRoot } from './helpers';

/** Paragraphs whose quotes, dashes and dots Hexo makes typographic, each its own case. */
const PARAGRAPHS = [
  `He said "it's fine" and 'left'.`,
  `Wait... then -- and --- too.`,
  `("quoted") ['single'] {"brace"} /"slash"/`,
  `In code \`"x" -- 'y'...\` nothing changes, but after it "yes".`,
  `**"Bold"** and *'em'* and [a "link"](https://example.com/a--b) 'x'.`,
  `中文里的 "English" 引号，还有 'single' 和 it's。`,
  `Rock 'n' roll, the '90s, 5'10", "nested 'quotes' here".`,
];

/**
 * Hexo is the oracle for typography: a one-post Hexo site rendered by the `hexo` package with
 * hexo-renderer-marked (`smartypants` on, its default) reads, paragraph for paragraph, exactly as we
 * render the same post with that site's settings.
 */
describe('smart quotes, dashes and ellipses', () => {
  it('read as Hexo renders them', async () => {
    const site = await fs.mkdtemp(path.join(os.tmpdir(), 'yuedu-smartypants-'));
    const body = `${PARAGRAPHS.join('\n\n')}\n`;
    await fs.mkdir(path.join(site, 'source', '_posts'), { recursive: true });
    await fs.writeFile(path.join(site, '_config.yml'), 'title: t\ntimezone: UTC\n');
    await fs.writeFile(path.join(site, 'source', '_posts', 'quotes.md'), `---\ntitle: quotes\ndate: 2020-01-02 03:04:05\n---\n${body}`);
    const cli = path.join(repoRoot, 'tests', 'support', 'hexo-render-cli.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, site, '_posts/quotes.md'], { maxBuffer: 8 * 1024 * 1024 });
    const hexoHtml = (JSON.parse(stdout) as Record<string, string>)['_posts/quotes.md']!;
    const paragraphs = (tree: ReturnType<typeof fromHtml>) =>
      tree.children.filter((node) => node.type === 'element' && node.tagName === 'p').map((node) => toText(node));

    const settings = hexoRenderSettings(await readHexoSite(site));
    expect(settings.smartypants).toBe(true);
    const ours = paragraphs(await bodyToHast(body, 'md', { settings, math: 'off', purpose: 'text' }));
    const theirs = paragraphs(fromHtml(hexoHtml, { fragment: true }));
    expect(theirs).toHaveLength(PARAGRAPHS.length);
    expect(theirs[0]).toBe('He said \u201cit\u2019s fine\u201d and \u2018left\u2019.');
    expect(ours).toEqual(theirs);
    await fs.rm(site, { recursive: true, force: true });
  }, 60_000);
});
