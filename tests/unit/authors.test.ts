import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { post, useTempDirs, writeFiles } from './helpers';

const newTempDir = useTempDirs();

async function load(files: Record<string, string>) {
  const contentDir = await newTempDir();
  await writeFiles(contentDir, files);
  return loadContent({ contentDir, articlesDir: path.join(contentDir, 'articles'), timeZone: 'Asia/Shanghai' });
}

const mengProfile = [
  'name: 孟永辉',
  'slug: meng-yonghui',
  'avatar: /avatars/meng.jpg',
  'bio: 资深撰稿人，特约评论员。',
  'aliases: [menglaoshi007, Meng Yonghui]',
  'links:',
  '  - label: 微信公众号',
  '    url: https://example.com/menglaoshi007',
].join('\n');

describe('author profiles', () => {
  it('reads every field of a profile', async () => {
    const index = await load({ 'authors/meng.yml': mengProfile, 'articles/a.md': post('title: a\nauthor: 孟永辉') });
    expect(index.problems).toEqual([]);
    expect(index.authors).toEqual([
      {
        name: '孟永辉',
        slug: 'meng-yonghui',
        avatar: '/avatars/meng.jpg',
        bio: '资深撰稿人，特约评论员。',
        links: [{ label: '微信公众号', url: 'https://example.com/menglaoshi007' }],
        hasProfile: true,
        articleCount: 1,
      },
    ]);
    expect(index.articles[0]!.author).toEqual({ name: '孟永辉', slug: 'meng-yonghui' });
    expect(index.authorBySlug.get('meng-yonghui')?.name).toBe('孟永辉');
  });

  it('matches articles by name, slug or alias, ignoring case and spaces', async () => {
    const index = await load({
      'authors/meng.yml': mengProfile,
      'articles/by-name.md': post('title: 1\nauthor: 孟永辉'),
      'articles/by-slug.md': post('title: 2\nauthor: meng-yonghui'),
      'articles/by-alias.md': post('title: 3\nauthor: menglaoshi007'),
      'articles/by-alias-case.md': post("title: 4\nauthor: ' meng yonghui '"),
      'articles/by-object.md': post('title: 5\nauthor:\n  name: MENGLAOSHI007'),
    });
    expect(index.problems).toEqual([]);
    expect(new Set(index.articles.map((a) => a.author.slug))).toEqual(new Set(['meng-yonghui']));
    expect(index.articles.every((a) => a.author.name === '孟永辉')).toBe(true);
    expect(index.authors).toHaveLength(1);
    expect(index.authors[0]!.articleCount).toBe(5);
  });

  it('takes the slug from the file name when the profile has none', async () => {
    const index = await load({ 'authors/Zhang San.yaml': 'name: 张三', 'articles/a.md': post('title: a\nauthor: 张三') });
    expect(index.articles[0]!.author).toEqual({ name: '张三', slug: 'zhang-san' });
  });

  it('lists a profile without articles, with a count of 0', async () => {
    const index = await load({ 'authors/meng.yml': mengProfile, 'articles/a.md': post('title: a\nauthor: 其他人') });
    expect(index.authors.map((a) => [a.name, a.articleCount, a.hasProfile])).toEqual([
      ['其他人', 1, false],
      ['孟永辉', 0, true],
    ]);
  });

  it('reports an invalid profile naming the file and the field, and skips it', async () => {
    const index = await load({
      'authors/broken.yml': 'name: 坏资料\nlinks:\n  - label: 主页',
      'authors/no-name.yml': 'bio: 没有名字',
      'authors/bad-slug.yml': 'name: 某人\nslug: Bad Slug',
      'articles/a.md': post('title: a\nauthor: 坏资料'),
    });
    const errors = index.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.file, p.field])).toEqual([
      [path.join('authors', 'bad-slug.yml'), 'slug'],
      [path.join('authors', 'broken.yml'), 'links.0.url'],
      [path.join('authors', 'no-name.yml'), 'name'],
    ]);
    // The article still has its author, just without the broken profile.
    expect(index.articles[0]!.author).toEqual({ name: '坏资料', slug: '坏资料' });
    expect(index.authors.every((a) => !a.hasProfile)).toBe(true);
  });

  it('reports a profile that is not valid YAML, naming the file', async () => {
    const index = await load({ 'authors/bad.yml': 'name: [unclosed', 'articles/a.md': post('title: a') });
    expect(index.problems).toEqual([
      expect.objectContaining({ file: path.join('authors', 'bad.yml'), severity: 'error', message: expect.stringContaining('is not valid YAML') }),
    ]);
  });

  it('reports two profiles with one slug', async () => {
    const index = await load({
      'authors/a.yml': 'name: 甲\nslug: same',
      'authors/b.yml': 'name: 乙\nslug: same',
      'articles/x.md': post('title: x\nauthor: 甲'),
    });
    expect(index.problems).toEqual([expect.objectContaining({ field: 'slug', severity: 'error', message: expect.stringMatching(/"same".*"甲".*"乙"/) })]);
  });
});

describe('authors known only from articles', () => {
  it('get a slugified slug and no profile', async () => {
    const index = await load({
      'articles/a.md': post('title: a\nauthor: Rob Pike'),
      'articles/b.md': post('title: b\nauthor: 人人都是产品经理'),
    });
    expect(index.articles.map((a) => a.author).sort((x, y) => x.slug.localeCompare(y.slug))).toEqual([
      { name: 'Rob Pike', slug: 'rob-pike' },
      { name: '人人都是产品经理', slug: '人人都是产品经理' },
    ]);
    expect(index.authors.every((a) => a.hasProfile === false && a.links.length === 0)).toBe(true);
  });

  it('get a stable hashed slug when the name has no letters or digits', async () => {
    const index = await load({ 'articles/a.md': post("title: a\nauthor: '???'"), 'articles/b.md': post("title: b\nauthor: '???'") });
    const [author] = index.authors;
    expect(author?.slug).toMatch(/^u-[0-9a-f]{8}$/);
    expect(author?.articleCount).toBe(2);
    expect(index.articles.map((a) => a.author.slug)).toEqual([author?.slug, author?.slug]);
  });

  it('are one author however their name is cased or spaced', async () => {
    const index = await load({
      'articles/a.md': post('title: a\nauthor: Rob Pike'),
      'articles/b.md': post('title: b\nauthor: rob pike'),
      'articles/c.md': post('title: c\nauthor: Rob-Pike'),
    });
    expect(index.authors.map((a) => [a.slug, a.articleCount])).toEqual([['rob-pike', 3]]);
  });

  it('fall back to 佚名 when the article names none', async () => {
    const index = await load({ 'articles/a.md': '---\ntitle: a\ndate: 2021-05-24\n---\n正文' });
    expect(index.articles[0]!.author).toEqual({ name: '佚名', slug: '佚名' });
  });

  it('sort by article count, then name', async () => {
    const index = await load({
      'articles/1.md': post('title: 1\nauthor: 乙'),
      'articles/2.md': post('title: 2\nauthor: 乙'),
      'articles/3.md': post('title: 3\nauthor: 甲'),
    });
    expect(index.authors.map((a) => a.name)).toEqual(['乙', '甲']);
  });
});
