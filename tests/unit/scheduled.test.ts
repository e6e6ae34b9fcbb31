/**
 * What is public when: drafts (by flag or by folder), articles scheduled by `publishAt` or by a
 * date in the future, and the index worked out again, without reading any file, as time passes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexContent, readContent } from '@/lib/content/load';
import { post, useTempDirs, writeFiles } from './helpers';

const newTempDir = useTempDirs();

async function read(files: Record<string, string>) {
  const contentDir = await newTempDir();
  await writeFiles(contentDir, files);
  return readContent({ contentDir, articlesDir: path.join(contentDir, 'articles'), timeZone: 'Asia/Shanghai' });
}

const at = (iso: string) => new Date(iso);
const slugs = (list: { slug: string }[]) => list.map((a) => a.slug).sort();

describe('drafts and scheduled articles', () => {
  it('keeps drafts, Hexo _drafts and future articles out of every public list', async () => {
    const content = await read({
      'articles/public.md': post('title: 公开\ncategories: [公开分类]\ntags: [公开]'),
      'articles/flag.md': post('title: 草稿\ndraft: true\ncategories: [秘密分类]\ntags: [秘密]'),
      'articles/hexo.md': post('title: 不发布\npublished: false'),
      'articles/_drafts/folder.md': post('title: 草稿夹'),
      'articles/scheduled.md': post('title: 定时\npublishAt: 2030-01-01 08:00:00'),
      'articles/future.md': post('title: 未来\ndate: 2031-06-01 08:00:00'),
      'authors/someone.yml': 'name: 某人\nidentities: [Someone@Example.test, github:Some-One]\n',
    });
    const index = indexContent(content, at('2029-12-31T00:00:00Z'));
    expect(slugs(index.articles)).toEqual(['public']);
    expect(slugs(index.unpublished)).toEqual(['flag', 'folder', 'future', 'hexo', 'scheduled']);
    expect(index.categories.map((c) => c.name)).toEqual(['公开分类']);
    expect(index.tags.map((tag) => tag.name)).toEqual(['公开']);
    expect(index.authors.map((a) => [a.name, a.articleCount])).toEqual([['测试作者', 1], ['某人', 0]]);
    // Identities never reach the Author that pages render.
    expect(Object.keys(index.authorBySlug.get('someone')!)).not.toContain('identities');
    expect(index.authorIdentities.get('someone')).toEqual(['someone@example.test', 'github:some-one']);
    // 08:00 in Shanghai.
    expect(index.nextPublishAt).toBe(Date.parse('2030-01-01T00:00:00Z'));
  });

  it('publishes a scheduled article from its time on, and the next one after it', async () => {
    const content = await read({
      'articles/scheduled.md': post('title: 定时\npublishAt: 2030-01-01 08:00:00\ntags: [新]'),
      'articles/future.md': post('title: 未来\ndate: 2031-06-01 08:00:00'),
      'articles/flag.md': post('title: 草稿\ndraft: true\npublishAt: 2020-01-01'),
    });
    const before = indexContent(content, at('2029-12-31T23:59:59Z'));
    expect(slugs(before.articles)).toEqual([]);
    const due = indexContent(content, at('2030-01-01T00:00:00Z'));
    expect(slugs(due.articles)).toEqual(['scheduled']);
    expect(due.tags.map((tag) => tag.name)).toEqual(['新']);
    expect(due.nextPublishAt).toBe(Date.parse('2031-06-01T00:00:00Z'));
    const later = indexContent(content, at('2040-01-01T00:00:00Z'));
    expect(slugs(later.articles)).toEqual(['future', 'scheduled']);
    // A draft stays a draft, whatever its publishAt says.
    expect(slugs(later.unpublished)).toEqual(['flag']);
    expect(later.nextPublishAt).toBeUndefined();
  });

  it('refuses an author identity that is neither an email nor github:<login>', async () => {
    const content = await read({ 'articles/a.md': post('title: a'), 'authors/bad.yml': 'name: 坏\nidentities: [just-a-name]\n' });
    expect(content.problems).toEqual([
      expect.objectContaining({ file: path.join('authors', 'bad.yml'), field: 'identities.0', message: 'must be an email or github:<login>', severity: 'error' }),
    ]);
  });
});
