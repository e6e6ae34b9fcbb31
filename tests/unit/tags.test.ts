import { describe, expect, it } from 'vitest';
import { getArticle, getArticleTags, getTag, getTagArticles, getTags, tagHref } from '@/lib/content';
import { post, useSiteContent } from './helpers';

useSiteContent({
  'articles/a.md': post('title: A\nslug: a\ndate: 2024-03-01\ntags: [AI, 排版]'),
  'articles/b.md': post('title: B\nslug: b\ndate: 2024-02-01\ntags: [ai, 中文]'),
  'articles/c.md': post('title: C\nslug: c\ndate: 2024-01-01\ntags: [Ai, 排版, 中文]'),
  // Both spellings in one article: still one tag, and the article counts once.
  'articles/d.md': post('title: D\nslug: d\ndate: 2023-12-01\ntags: [AI, ai]'),
  'articles/e.md': post('title: E\nslug: e\ndate: 2023-11-01\ntags: "!!!"'),
  'articles/draft.md': post('title: 草稿\nslug: draft\ndraft: true\ntags: [草稿专用, 排版]'),
});

const slugs = async (tag: string) => (await getTagArticles((await getTag(tag))!)).map((a) => a.slug);

describe('tags', () => {
  it('are one tag per URL segment, named as most articles write them, sorted by count then name', async () => {
    expect((await getTags()).map((t) => `${t.name}/${t.slug} (${t.articleCount})`)).toEqual([
      // "AI" is written by a and d (d also writes "ai"), "ai" by b and d, "Ai" by c: AI and ai tie, a is newer.
      'AI/ai (4)',
      // 中 (zhōng) and 排 (pái) have two articles each: in pinyin order, 排 comes first.
      '排版/排版 (2)',
      '中文/中文 (2)',
      expect.stringMatching(/^!!!\/t-[0-9a-f]{8} \(1\)$/),
    ]);
  });

  it('list their public articles newest first; drafts add neither articles nor tags', async () => {
    expect(await slugs('ai')).toEqual(['a', 'b', 'c', 'd']);
    expect(await slugs('排版')).toEqual(['a', 'c']);
    expect(await getTag('草稿专用')).toBeUndefined();
  });

  it('are found by raw and percent-encoded (upper- or lower-case hex) segments, and by nothing else', async () => {
    const encoded = encodeURIComponent('排版');
    expect(tagHref('排版')).toBe(`/tags/${encoded}`);
    expect((await getTag(encoded))?.name).toBe('排版');
    expect((await getTag(encoded.toLowerCase()))?.name).toBe('排版');
    // The URL segment is the slug: the display spelling is not an address of its own.
    expect(await getTag('AI')).toBeUndefined();
    expect(await getTag('没有这个标签')).toBeUndefined();
  });

  it('are shown on an article once each, under their site-wide name', async () => {
    const tags = await getArticleTags((await getArticle('d'))!);
    expect(tags.map((t) => t.name)).toEqual(['AI']);
    expect((await getArticleTags((await getArticle('b'))!)).map((t) => t.name)).toEqual(['AI', '中文']);
  });
});
