import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { post, repoRoot, seedFile, useTempDirs, writeFiles } from './helpers';

const newTempDir = useTempDirs();

/** Loads a content root made of the given files; articles live in `articles/`. */
async function load(files: Record<string, string>, now?: Date) {
  const contentDir = await newTempDir();
  await writeFiles(contentDir, files);
  return loadContent({ contentDir, articlesDir: path.join(contentDir, 'articles'), timeZone: 'Asia/Shanghai', now });
}

const seedPath = '新媒体/人人都是产品经理/最新文章/去中心化：阿里、京东、拼多多布局的新风口.md';

describe('the seed article end to end', () => {
  it('ships in content/ byte for byte as the original', async () => {
    const shipped = await fs.readFile(path.join(repoRoot, 'content', 'articles', seedPath));
    expect(shipped.equals(await fs.readFile(seedFile))).toBe(true);
  });

  it('loads with its metadata, table of contents and cover', async () => {
    const index = await load({ [`articles/${seedPath}`]: await fs.readFile(seedFile, 'utf8') });
    expect(index.problems).toEqual([]);
    expect(index.articles).toHaveLength(1);
    const article = index.articles[0]!;
    expect(article).toMatchObject({
      slug: '去中心化-阿里-京东-拼多多布局的新风口',
      file: seedPath,
      format: 'md',
      title: '去中心化：阿里、京东、拼多多布局的新风口',
      date: '2021-05-24T00:00:00.000Z',
      categories: [['新媒体', '人人都是产品经理', '最新文章']],
      author: { name: '人人都是产品经理', slug: '人人都是产品经理' },
      tags: [],
      cover: 'https://image.woshipm.com/wp-files/2021/05/y2Xy63Aq3I6yZ8ddMhzO.jpg',
      coverInBody: true,
      tipInBody: true,
      comments: false,
      draft: false,
    });
    expect(article.toc).toEqual([
      { id: 'toc-1', text: '01', depth: 2 },
      { id: 'toc-2', text: '02', depth: 2 },
      { id: '专栏作家', text: '#专栏作家#', depth: 3 },
    ]);
    expect(article.excerpt.startsWith('编辑导读：在中心化的浪潮之下')).toBe(true);
    expect(article.excerpt.endsWith('…')).toBe(true);
    expect(article.wordCount).toBeGreaterThan(2000);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(5);
    expect(index.bySlug.get(article.slug)).toBe(article);
  });

  it('builds the category path and the author from it', async () => {
    const index = await load({ [`articles/${seedPath}`]: await fs.readFile(seedFile, 'utf8') });
    expect(index.categories.map((c) => c.name)).toEqual(['新媒体']);
    const leaf = index.categoryByNames.get('新媒体/人人都是产品经理/最新文章');
    expect(leaf?.segments).toEqual(['新媒体', '人人都是产品经理', '最新文章']);
    expect(leaf?.articleCount).toBe(1);
    expect(index.authors).toEqual([
      { name: '人人都是产品经理', slug: '人人都是产品经理', links: [], hasProfile: false, articleCount: 1 },
    ]);
  });
});

describe('files', () => {
  it('reads .md, .markdown and .mdx, and skips other and hidden files', async () => {
    const index = await load({
      'articles/a.md': post('title: A'),
      'articles/b.markdown': post('title: B'),
      'articles/c.mdx': post('title: C'),
      'articles/notes.txt': 'not an article',
      'articles/.draft.md': post('title: hidden file'),
      'articles/.obsidian/x.md': post('title: hidden folder'),
    });
    expect(index.problems).toEqual([]);
    expect(index.articles.map((a) => [a.title, a.format]).sort()).toEqual([
      ['A', 'md'],
      ['B', 'md'],
      ['C', 'mdx'],
    ]);
  });

  it('reads a file with a byte-order mark', async () => {
    const index = await load({ 'articles/bom.md': `\uFEFF${post('title: 有 BOM')}` });
    expect(index.problems).toEqual([]);
    expect(index.articles[0]?.title).toBe('有 BOM');
  });

  it('reads a file without front matter, with a warning, titled by its name and dated by its file time', async () => {
    const contentDir = await newTempDir();
    await writeFiles(contentDir, { 'articles/随笔.md': '没有头信息的正文。' });
    const mtime = new Date('2022-03-04T05:06:07Z');
    await fs.utimes(path.join(contentDir, 'articles/随笔.md'), mtime, mtime);
    const index = await loadContent({ contentDir, articlesDir: path.join(contentDir, 'articles'), timeZone: 'Asia/Shanghai' });
    expect(index.articles).toHaveLength(1);
    expect(index.articles[0]).toMatchObject({ title: '随笔', slug: '随笔', date: '2022-03-04T05:06:07.000Z', author: { name: '佚名' } });
    expect(index.problems.map((p) => [p.severity, p.field])).toEqual([
      ['warning', undefined],
      ['warning', 'date'],
      ['warning', 'author'],
    ]);
  });

  it('reports a missing articles folder instead of throwing', async () => {
    const contentDir = await newTempDir();
    const index = await loadContent({ contentDir, articlesDir: path.join(contentDir, 'nope'), timeZone: 'Asia/Shanghai' });
    expect(index.articles).toEqual([]);
    expect(index.problems).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('cannot be read') })]);
  });

  it('leaves out a broken file but keeps the others', async () => {
    const index = await load({
      'articles/good.md': post('title: 好'),
      'articles/bad.md': post('title: 坏\ndraft: maybe'),
      'articles/date-only.md': post('title: 只有日期\ndate: 2021-05-24'),
    });
    expect(index.articles.map((a) => a.title).sort()).toEqual(['只有日期', '好']);
    expect(index.problems).toEqual([expect.objectContaining({ file: 'bad.md', field: 'draft', severity: 'error' })]);
  });

  it('lists articles newest first', async () => {
    const index = await load({
      'articles/old.md': post('title: 旧\ndate: 2020-01-01'),
      'articles/new.md': post('title: 新\ndate: 2022-01-01'),
      'articles/mid.md': post('title: 中\ndate: 2021-01-01'),
    });
    expect(index.articles.map((a) => a.title)).toEqual(['新', '中', '旧']);
  });
});

describe('duplicate slugs', () => {
  it('builds two different articles of one file name, the first keeping the slug, the other at its whole path, with a warning naming both', async () => {
    const index = await load({
      'articles/a/同名.md': post('title: 第一篇'),
      'articles/b/同名.md': post('title: 第二篇'),
    });
    const first = path.join('a', '同名.md');
    const second = path.join('b', '同名.md');
    expect(index.problems).toEqual([expect.objectContaining({ file: second, field: 'slug', severity: 'warning' })]);
    expect(index.problems[0]!.message).toContain(first);
    expect(index.problems[0]!.message).toContain('"同名"');
    expect(index.problems[0]!.message).toContain('/articles/b-同名');
    expect(index.bySlug.get('同名')?.file).toBe(first);
    expect(index.bySlug.get('b-同名')?.file).toBe(second);
  });

  it('moves an explicit slug that takes another file’s slug, saying so', async () => {
    const index = await load({
      'articles/go-generics.md': post('title: Go 泛型'),
      'articles/other.md': post('title: 另一篇\nslug: go-generics'),
    });
    expect(index.problems).toEqual([expect.objectContaining({ file: 'other.md', field: 'slug', severity: 'warning', message: expect.stringContaining('go-generics.md') })]);
    expect(index.bySlug.get('go-generics')?.title).toBe('Go 泛型');
    expect(index.bySlug.get('other')?.title).toBe('另一篇');
  });

  it('shows one post filed in two category folders once, under both categories, with a warning', async () => {
    const body = '<p>同一篇文章的正文。</p>';
    const index = await load({
      'articles/新媒体/最新文章/00后断供大厂.md': post('title: 00后断供大厂\ncategories: [新媒体, 最新文章]\ntags: [职场]', body),
      'articles/新媒体/热门文章/00后断供大厂.md': post('title: 00后断供大厂\ncategories: [新媒体, 热门文章]\ntags: [职场]', body),
    });
    expect(index.articles).toHaveLength(1);
    expect(index.articles[0]!.categories).toEqual([
      ['新媒体', '最新文章'],
      ['新媒体', '热门文章'],
    ]);
    expect(index.problems).toEqual([
      {
        file: path.join('新媒体', '热门文章', '00后断供大厂.md'),
        message: `is the same article as ${path.join('新媒体', '最新文章', '00后断供大厂.md')}; shown once, under the categories of both`,
        severity: 'warning',
      },
    ]);
    const root = index.categoryByNames.get('新媒体');
    expect(root?.articleCount).toBe(1);
    expect(index.categoryByNames.get('新媒体/热门文章')?.articleCount).toBe(1);
    expect(index.categoryByNames.get('新媒体/最新文章')?.articleCount).toBe(1);
  });

  it('treats posts with one slug but different bodies as different articles', async () => {
    const index = await load({
      'articles/x/同题.md': post('title: 同题\ncategories: [x]', '正文一'),
      'articles/y/同题.md': post('title: 同题\ncategories: [y]', '正文二'),
    });
    expect(index.articles.map((a) => a.slug).sort()).toEqual(['y-同题', '同题']);
    expect(index.problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'slug' })]);
  });
});

describe('drafts and scheduled articles', () => {
  const now = new Date('2024-01-01T00:00:00Z');

  it('keeps drafts and future articles out of the public list but in `unpublished`', async () => {
    const index = await load(
      {
        'articles/public.md': post('title: 公开'),
        'articles/draft.md': post('title: 草稿\ndraft: true'),
        'articles/unpublished.md': post("title: 未发布\npublished: 'false'"),
        'articles/later.md': post('title: 定时\npublishAt: 2024-01-01 08:00:01'),
        'articles/earlier.md': post('title: 已到时\npublishAt: 2024-01-01 08:00:00'),
      },
      now,
    );
    expect(index.problems).toEqual([]);
    expect(index.articles.map((a) => a.title).sort()).toEqual(['公开', '已到时']);
    expect(index.unpublished.map((a) => a.title).sort()).toEqual(['定时', '未发布', '草稿']);
    expect(index.bySlug.has('draft')).toBe(false);
    expect(index.bySlug.has('later')).toBe(false);
  });

  it('counts only public articles for categories and authors', async () => {
    const index = await load(
      {
        'articles/public.md': post('title: 公开\ncategories: [编程]\nauthor: 甲'),
        'articles/draft.md': post('title: 草稿\ncategories: [编程, Go]\nauthor: 乙\ndraft: true'),
      },
      now,
    );
    expect(index.categoryByNames.get('编程')?.articleCount).toBe(1);
    expect(index.categoryByNames.has('编程/Go')).toBe(false);
    expect(index.authors.map((a) => [a.name, a.articleCount])).toEqual([['甲', 1]]);
  });
});
