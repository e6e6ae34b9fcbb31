import { describe, expect, it } from 'vitest';
import { analyzeBody, countWords, readingMinutes, truncate } from '@/lib/content/analyze';
import { site } from '@/lib/site';
import { toHtml } from 'hast-util-to-html';
import { bodyToHast } from '@/lib/content/markdown';
import { renderBody } from './helpers';

const han = (n: number) => '中文阅读'.repeat(Math.ceil(n / 4)).slice(0, n);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 7 === 0 ? '' : 's'}`).join(' ');

describe('heading ids and the table of contents', () => {
  it('keeps existing ids and gives Chinese headings Chinese ids', async () => {
    const html = await renderBody('<h2 id="toc-1">01</h2>\n\n## 去中心化的未来\n\n### Go 泛型 入门');
    expect(html).toContain('<h2 id="toc-1">01</h2>');
    expect(html).toContain('<h2 id="去中心化的未来">去中心化的未来</h2>');
    expect(html).toContain('<h3 id="go-泛型-入门">Go 泛型 入门</h3>');
  });

  it('gives repeated headings distinct ids', async () => {
    const { toc } = await analyzeBody('## 小结\n\n正文\n\n## 小结', 'md');
    expect(toc.map((t) => t.id)).toEqual(['小结', '小结-1']);
  });

  it('lists h2 and h3 only, in order, with their depth', async () => {
    const { toc } = await analyzeBody('## 第一节\n\n### 细节\n\n#### 更细\n\n<h2 id="toc-2">02</h2>\n\n##### 最细', 'md');
    expect(toc).toEqual([
      { id: '第一节', text: '第一节', depth: 2 },
      { id: '细节', text: '细节', depth: 3 },
      { id: 'toc-2', text: '02', depth: 2 },
    ]);
  });

  it('moves every heading one level down when the body has its own <h1>: the page title is the one', async () => {
    const source = '# 大标题\n\n## 第一节\n\n###### 最细';
    const { toc } = await analyzeBody(source, 'md');
    expect(toc).toEqual([
      { id: '大标题', text: '大标题', depth: 2 },
      { id: '第一节', text: '第一节', depth: 3 },
    ]);
    const html = toHtml(await bodyToHast(source, 'md'));
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h6 id="最细">最细</h6>');
  });

  it('uses heading text without markup and leaves out empty headings', async () => {
    const { toc } = await analyzeBody('## **加粗** 与 `代码`\n\n<h2 id="empty"></h2>', 'md');
    expect(toc).toEqual([{ id: '加粗-与-代码', text: '加粗 与 代码', depth: 2 }]);
  });

  it('keeps ids in the TOC the same as on the rendered page', async () => {
    const source = '## 一、背景\n\n### 1.1 问题？\n\n<h3 id="toc-9">#专栏作家#</h3>';
    const { toc } = await analyzeBody(source, 'md');
    const html = await renderBody(source);
    for (const { id } of toc) expect(html).toContain(`id="${id}"`);
    expect(toc.map((t) => t.id)).toEqual(['一背景', '11-问题', 'toc-9']);
  });
});

describe('word count and reading time', () => {
  it('counts Chinese by character and Latin text by word', () => {
    expect(countWords('去中心化 is the new 风口')).toEqual({ han: 6, latin: 3 });
    expect(countWords("don't re-use e.g. 2021年")).toEqual({ han: 1, latin: 4 });
    expect(countWords('，。！？——…… ... !!!')).toEqual({ han: 0, latin: 0 });
  });

  it('reads 800 Han characters in 2 minutes', async () => {
    expect(readingMinutes(han(800))).toBe(2);
    const analysis = await analyzeBody(han(800), 'md');
    expect(analysis.wordCount).toBe(800);
    expect(analysis.readingMinutes).toBe(2);
  });

  it('rounds up: 801 Han characters take 3 minutes', () => {
    expect(readingMinutes(han(801))).toBe(3);
  });

  it('reads 400 English words in 2 minutes', async () => {
    const analysis = await analyzeBody(words(400), 'md');
    expect(analysis.wordCount).toBe(400);
    expect(analysis.readingMinutes).toBe(2);
  });

  it('adds the two up for mixed text', async () => {
    // 400 characters (1 minute) + 200 words (1 minute), and then one word more.
    expect(readingMinutes(`${han(400)} ${words(200)}`)).toBe(2);
    expect(readingMinutes(`${han(400)} ${words(201)}`)).toBe(3);
    const analysis = await analyzeBody(`${han(400)}\n\n${words(200)}`, 'md');
    expect(analysis.wordCount).toBe(600);
  });

  it('is never less than 1 minute', async () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('短')).toBe(1);
    expect((await analyzeBody('', 'md')).readingMinutes).toBe(1);
  });

  it('does not count what sanitizing removes', async () => {
    const analysis = await analyzeBody(`<p>${han(10)}</p>\n<script>${words(1000)}</script>\n<style>.a{}</style>`, 'md');
    expect(analysis.wordCount).toBe(10);
  });
});

describe('excerpt', () => {
  const long = `${'长'.repeat(site.excerptLength)}多余的字`;

  it('is the description when there is one', async () => {
    const { excerpt } = await analyzeBody('第一段。\n\n<!-- more -->\n\n第二段。', 'md', '作者写的简介');
    expect(excerpt).toBe('作者写的简介');
  });

  it('is everything before <!-- more --> otherwise', async () => {
    const { excerpt } = await analyzeBody('第一段。\n\n第二段。\n\n<!--more-->\n\n第三段。', 'md');
    expect(excerpt).toBe('第一段。 第二段。');
  });

  it('is the first paragraph with text otherwise', async () => {
    const { excerpt } = await analyzeBody('![图](https://example.com/a.jpg)\n\n第一段有字。\n\n第二段。', 'md');
    expect(excerpt).toBe('第一段有字。');
  });

  it('takes the first paragraph inside raw HTML too', async () => {
    const { excerpt } = await analyzeBody('<div><blockquote><p>编辑导读：引言。</p></blockquote><p>正文。</p></div>', 'md');
    expect(excerpt).toBe('编辑导读：引言。');
  });

  it('falls back to all the text when there is no paragraph', async () => {
    const { excerpt } = await analyzeBody('## 只有标题', 'md');
    expect(excerpt).toBe('只有标题');
  });

  it(`is cut at ${site.excerptLength} characters with …`, async () => {
    const { excerpt } = await analyzeBody(long, 'md');
    expect(excerpt).toBe(`${'长'.repeat(site.excerptLength)}…`);
    expect(Array.from(excerpt)).toHaveLength(site.excerptLength + 1);
  });

  it('cuts a long description too', async () => {
    const { excerpt } = await analyzeBody('正文', 'md', long);
    expect(excerpt).toBe(`${'长'.repeat(site.excerptLength)}…`);
  });

  it('leaves a text of exactly the limit alone', () => {
    const exact = '字'.repeat(site.excerptLength);
    expect(truncate(exact)).toBe(exact);
  });

  it('folds whitespace and never cuts a surrogate pair', () => {
    expect(truncate('  一\n\n二\t三  ')).toBe('一 二 三');
    const cut = truncate('𠮷'.repeat(10), 5);
    expect(cut).toBe(`${'𠮷'.repeat(5)}…`);
  });

  it('does not end in a space before the ellipsis', () => {
    expect(truncate('abcd efgh', 5)).toBe('abcd…');
  });
});
