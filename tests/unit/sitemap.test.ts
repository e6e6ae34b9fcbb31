import { describe, expect, it } from 'vitest';
import { chunk, SITEMAP_URL_LIMIT, sitemapEntries, sitemapFiles } from '@/lib/seo/sitemap';
import { post, testSiteUrl, useSiteContent } from './helpers';

describe('chunk', () => {
  it('splits a list into runs of the given size, the last one shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(chunk([1, 2, 3], 5)).toEqual([[1, 2, 3]]);
  });

  it('always gives at least one run, so an empty site still has a sitemap', () => {
    expect(chunk([], 3)).toEqual([[]]);
  });

  it('refuses a size that is not a positive integer', () => {
    for (const size of [0, -1, 1.5, Number.NaN]) expect(() => chunk([1], size)).toThrow(RangeError);
  });

  it('starts a second sitemap at the 50,001st URL', () => {
    const runs = chunk(Array.from({ length: SITEMAP_URL_LIMIT + 1 }, (_, i) => i), SITEMAP_URL_LIMIT);
    expect(runs.map((r) => r.length)).toEqual([50_000, 1]);
    expect(runs[1]).toEqual([50_000]);
  });
});

describe('sitemap entries', () => {
  useSiteContent({
    'articles/a.md': post('title: 公开\nslug: 公开\ncategories: [技术, 前端]\nupdated: 2021-06-01 08:00:00'),
    'articles/b.md': post('title: 另一篇\nslug: other\ndate: 2022-01-02 08:00:00\nauthor: 作者乙\ntags: [Go, 随笔]'),
    'articles/draft.md': post('title: 草稿\nslug: draft\ndraft: true'),
    'articles/later.md': post('title: 定时\nslug: later\npublishAt: 2999-01-01'),
  });

  it('lists home, every public article, category, author and tag, and the archive, all absolute; no drafts or scheduled posts', async () => {
    const urls = (await sitemapEntries()).map((e) => decodeURIComponent(e.url));
    expect(urls.sort()).toEqual(
      [
        '/',
        '/articles/公开',
        '/articles/other',
        '/categories',
        '/categories/技术',
        '/categories/技术/前端',
        '/authors',
        '/authors/测试作者',
        '/authors/作者乙',
        '/tags',
        '/tags/go',
        '/tags/随笔',
        '/archives',
      ]
        .map((p) => testSiteUrl + p)
        .sort(),
    );
  });

  it('dates each page by its newest article, an article by its update', async () => {
    const byUrl = new Map((await sitemapEntries()).map((e) => [decodeURIComponent(e.url), e.lastModified]));
    expect(byUrl.get(`${testSiteUrl}/articles/公开`)).toBe('2021-06-01T00:00:00.000Z');
    expect(byUrl.get(`${testSiteUrl}/`)).toBe('2022-01-02T00:00:00.000Z');
    expect(byUrl.get(`${testSiteUrl}/categories/技术`)).toBe('2021-06-01T00:00:00.000Z');
    expect(byUrl.get(`${testSiteUrl}/tags/go`)).toBe('2022-01-02T00:00:00.000Z');
  });

  it('fits in one sitemap file', async () => {
    const files = await sitemapFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toEqual(await sitemapEntries());
  });
});
