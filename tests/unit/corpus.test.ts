import { beforeAll, describe, expect, it } from 'vitest';
import { listArticleFiles } from '@/lib/content/files';
import { loadContent, type ContentIndex } from '@/lib/content/load';
import { isValidSlug } from '@/lib/content/slug';
import { site } from '@/lib/site';
import { corpusDir } from './helpers';

describe('the shared corpus of scraped Hexo posts', () => {
  let index: ContentIndex;
  let files: string[];

  beforeAll(async () => {
    files = await listArticleFiles(corpusDir);
    index = await loadContent({ contentDir: corpusDir, articlesDir: corpusDir, timeZone: 'Asia/Shanghai', now: new Date('2030-01-01T00:00:00Z') });
  }, 60_000);

  it('loads with zero errors', () => {
    expect(index.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('turns every file into an article, the one post filed twice into one', () => {
    expect(files).toHaveLength(66);
    expect(index.articles.length + index.unpublished.length).toBe(65);
    const merged = index.articles.find((a) => a.title === '00后断供大厂');
    expect(merged?.categories).toEqual([
      ['新媒体', '人人都是产品经理', '最新文章'],
      ['新媒体', '人人都是产品经理', '热门文章'],
    ]);
  });

  it('gives every article a valid, unique slug', () => {
    const slugs = index.articles.map((a) => a.slug);
    for (const slug of slugs) expect(isValidSlug(slug), slug).toBe(true);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(index.bySlug.get('1-1-1-吧')?.file).toContain('ZAKER');
  });

  it('gives every article a real date, a title, an author and a short excerpt', () => {
    for (const article of index.articles) {
      expect(new Date(article.date).toISOString(), article.file).toBe(article.date);
      expect(article.title.trim(), article.file).not.toBe('');
      expect(article.author.slug, article.file).not.toBe('');
      expect(Array.from(article.excerpt).length, article.file).toBeLessThanOrEqual(site.excerptLength + 1);
      expect(article.readingMinutes, article.file).toBeGreaterThanOrEqual(1);
    }
  });

  it('never keeps a proxied cover', () => {
    for (const article of index.articles) {
      if (article.cover) expect(article.cover, article.file).not.toMatch(/^https?:\/\/[^/]+\/\??https?:\/\//);
    }
  });

  it('gives headings unique ids within each article', () => {
    for (const article of index.articles) {
      const ids = article.toc.map((t) => t.id);
      expect(new Set(ids).size, article.file).toBe(ids.length);
    }
  });

  it('builds the category tree from the folder-like category paths', () => {
    expect(index.categories.map((c) => c.name).sort()).toEqual(['新媒体', '编程']);
    const total = index.categories.reduce((sum, c) => sum + c.articleCount, 0);
    expect(total).toBe(index.articles.length);
  });
});
