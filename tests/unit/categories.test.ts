import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import type { CategoryNode } from '@/lib/content/types';
import { post, useTempDirs, writeFiles } from './helpers';

const newTempDir = useTempDirs();

async function load(files: Record<string, string>) {
  const contentDir = await newTempDir();
  await writeFiles(contentDir, files);
  return loadContent({ contentDir, articlesDir: path.join(contentDir, 'articles'), timeZone: 'Asia/Shanghai' });
}

/** The tree as nested `name (count)` strings, which reads well in a failure message. */
function outline(nodes: CategoryNode[]): unknown[] {
  return nodes.map((n) => (n.children.length ? { [`${n.name} (${n.articleCount})`]: outline(n.children) } : `${n.name} (${n.articleCount})`));
}

const articles = {
  'articles/1.md': post('title: 1\ncategories: [新媒体, 人人都是产品经理, 最新文章]'),
  'articles/2.md': post('title: 2\ncategories: [新媒体, 人人都是产品经理, 热门文章]'),
  'articles/3.md': post('title: 3\ncategories: [新媒体, 36kr]'),
  'articles/4.md': post('title: 4\ncategories: [[编程, Go], [新媒体, 36kr]]'),
  'articles/5.md': post('title: 5\ncategories: 编程'),
};

describe('the category tree', () => {
  it('counts each article once in every category along its paths, subcategories included', async () => {
    const index = await load(articles);
    expect(index.problems).toEqual([]);
    expect(outline(index.categories)).toEqual([
      // Ties in count are sorted by name as Chinese readers expect: 热 (rè) before 最 (zuì).
      { '新媒体 (4)': ['36kr (2)', { '人人都是产品经理 (2)': ['热门文章 (1)', '最新文章 (1)'] }] },
      { '编程 (2)': ['Go (1)'] },
    ]);
  });

  it('finds categories by names and by URL segments, and knows their members', async () => {
    const index = await load(articles);
    const node = index.categoryByNames.get('新媒体/人人都是产品经理');
    expect(node).toMatchObject({ name: '人人都是产品经理', names: ['新媒体', '人人都是产品经理'], segments: ['新媒体', '人人都是产品经理'] });
    expect(index.categoryBySegments.get('新媒体/36kr')?.name).toBe('36kr');
    expect([...index.categoryMembers.get(index.categoryByNames.get('编程')!)!].sort()).toEqual(['4', '5']);
  });

  it('slugifies category names for URLs', async () => {
    const index = await load({ 'articles/1.md': post('title: 1\ncategories: [新媒体, 少数派 sspai, Matrix]') });
    expect(index.categoryByNames.get('新媒体/少数派 sspai/Matrix')?.segments).toEqual(['新媒体', '少数派-sspai', 'matrix']);
  });

  it('merges names that would share a URL', async () => {
    const index = await load({
      'articles/1.md': post('title: 1\ncategories: AI'),
      'articles/2.md': post('title: 2\ncategories: ai'),
    });
    expect(index.categories).toHaveLength(1);
    expect(index.categories[0]!.articleCount).toBe(2);
    expect(index.categoryByNames.get('ai')).toBe(index.categoryByNames.get('AI'));
  });
});

describe('categories.yml', () => {
  const settings = [
    '编程:',
    '  slug: programming',
    '  description: 写代码的事。',
    '  order: -1',
    '新媒体/人人都是产品经理:',
    '  slug: woshipm',
    '  description: 产品经理的学习社区。',
  ].join('\n');

  it('gives categories their slug, description and order', async () => {
    const index = await load({ ...articles, 'categories.yml': settings });
    expect(index.problems).toEqual([]);
    expect(index.categories.map((c) => c.name)).toEqual(['编程', '新媒体']);
    const programming = index.categoryByNames.get('编程');
    expect(programming).toMatchObject({ segments: ['programming'], description: '写代码的事。', order: -1 });
    expect(index.categoryBySegments.get('programming/go')?.name).toBe('Go');
    const woshipm = index.categoryByNames.get('新媒体/人人都是产品经理');
    expect(woshipm).toMatchObject({ segments: ['新媒体', 'woshipm'], description: '产品经理的学习社区。' });
    expect(index.categoryBySegments.get('新媒体/woshipm/最新文章')?.name).toBe('最新文章');
  });

  it('warns about a key no article uses, naming the key', async () => {
    const index = await load({ ...articles, 'categories.yml': `${settings}\n新媒体/不存在:\n  description: 没有文章` });
    expect(index.problems).toEqual([{ file: 'categories.yml', field: '新媒体/不存在', message: 'names a category no article uses', severity: 'warning' }]);
  });

  it('reports an invalid value naming the key and field', async () => {
    const index = await load({ ...articles, 'categories.yml': '编程:\n  order: first\n新媒体:\n  slug: New Media' });
    expect(index.problems.map((p) => [p.file, p.field, p.severity])).toEqual([
      ['categories.yml', '编程.order', 'error'],
      ['categories.yml', '新媒体.slug', 'error'],
    ]);
  });

  it('reports invalid YAML', async () => {
    const index = await load({ ...articles, 'categories.yml': '编程: [unclosed' });
    expect(index.problems).toEqual([expect.objectContaining({ file: 'categories.yml', severity: 'error', message: expect.stringContaining('is not valid YAML') })]);
  });

  it('is optional, and may be empty', async () => {
    expect((await load(articles)).problems).toEqual([]);
    expect((await load({ ...articles, 'categories.yml': '' })).problems).toEqual([]);
  });
});
