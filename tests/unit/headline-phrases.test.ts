/**
 * Headlines break between words (lib/text/headline-phrases.ts), checked on every title of the shared
 * corpus and the four Hexo sites: the phrases join back to the title; no break falls inside a word
 * of Intl.Segmenter's or inside a phrase of BudouX's (each asked here on its own), nor inside a run
 * of Latin letters or digits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { boundariesOf, headlinePhrases, wordBoundaries } from '@/lib/text/headline-phrases';
import { corpusDir, sitesDir } from './helpers';

function titlesUnder(dir: string): string[] {
  const titles: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(md|markdown|mdx)$/.test(entry) || entry.split(path.sep).includes('node_modules')) continue;
    const split = splitFrontMatter(fs.readFileSync(path.join(dir, entry), 'utf8'));
    const title = split.ok ? split.data.title : undefined;
    if (typeof title === 'string' && title.trim()) titles.push(title.trim());
  }
  return titles;
}

const titles = [...new Set([...titlesUnder(corpusDir), ...fs.readdirSync(sitesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).flatMap((site) => titlesUnder(path.join(sitesDir, site.name, 'source')))])];
const budoux = loadDefaultSimplifiedChineseParser();

describe('where a headline may break', () => {
  it('reads enough real titles to say something', () => {
    expect(titles.length).toBeGreaterThan(500);
  });

  it('never inside a word, a BudouX phrase, or a Latin word or number, and loses nothing', () => {
    const problems: string[] = [];
    for (const title of titles) {
      const phrases = headlinePhrases(title);
      if (phrases.join('') !== title) problems.push(`${title}: joined back as ${phrases.join('')}`);
      const words = wordBoundaries(title);
      const budouxBreaks = boundariesOf(budoux.parse(title));
      for (const at of boundariesOf(phrases)) {
        const where = `${title.slice(0, at)}|${title.slice(at)}`;
        if (!words.has(at)) problems.push(`inside a word: ${where}`);
        if (!budouxBreaks.has(at)) problems.push(`inside a BudouX phrase: ${where}`);
        if (/[A-Za-z0-9]/.test(title[at - 1]!) && /[A-Za-z0-9]/.test(title[at]!)) problems.push(`inside a Latin word or number: ${where}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('breaks the seed’s title only after 「：」 and 「、」 or between words, never inside 京东 or 阿里', () => {
    const phrases = headlinePhrases('去中心化：阿里、京东、拼多多布局的新风口');
    expect(phrases).toEqual(['去', '中心化：', '阿里、', '京东、', '拼多多', '布局', '的', '新', '风口']);
    expect(phrases).not.toContain('京');
    expect(phrases.some((phrase) => phrase.endsWith('阿'))).toBe(false);
  });

  it('keeps Latin words and numbers whole in a mixed title', () => {
    expect(headlinePhrases('用 Next.js 16 和 React 19 搭一个中文阅读网站').filter((p) => /[A-Za-z0-9]/.test(p))).toEqual([' Next.js', ' 16 ', ' React', ' 19']);
    expect(headlinePhrases('Kubernetes')).toEqual(['Kubernetes']);
  });
});
