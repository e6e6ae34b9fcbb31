import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getArticles, type ArticleMeta } from '@/lib/content';
import { countWords } from '@/lib/content/analyze';
import { articleFeedEntry } from '@/lib/feed/entries';
import { renderFeed, type FeedDocument } from '@/lib/feed/render';
import { childNamed, childrenNamed, parseXml } from '../support/xml';
import { corpusDir, repoRoot, stubSiteEnv, testSiteUrl } from './helpers';

/**
 * Feeds carry the latest 20 articles; here every real post goes into one feed, so any post whose
 * title, excerpt or body could break a feed does.
 */
describe('a feed of every post in the shared corpus', () => {
  let doc: FeedDocument;
  let articles: ArticleMeta[];

  beforeAll(async () => {
    stubSiteEnv(path.join(repoRoot, 'content'), corpusDir);
    articles = await getArticles();
    doc = {
      title: '阅读',
      description: '全部文章',
      link: `${testSiteUrl}/`,
      language: 'zh-CN',
      urls: { rss: `${testSiteUrl}/feed.xml`, atom: `${testSiteUrl}/atom.xml`, json: `${testSiteUrl}/feed.json` },
      entries: await Promise.all(articles.map(articleFeedEntry)),
    };
  }, 120_000);
  afterAll(() => vi.unstubAllEnvs());

  it('covers the corpus, every post with its full body', () => {
    expect(doc.entries.length).toBeGreaterThanOrEqual(60);
    doc.entries.forEach((entry, i) => {
      const words = countWords(entry.html!.replace(/<[^>]*>/g, ' '));
      expect(words.han + words.latin, entry.url).toBeGreaterThanOrEqual(articles[i]!.wordCount);
    });
  });

  it('is well-formed RSS and Atom, with one item per post', () => {
    const rss = parseXml(renderFeed(doc, 'rss'));
    expect(childrenNamed(childNamed(rss, 'channel'), 'item')).toHaveLength(doc.entries.length);
    const atom = parseXml(renderFeed(doc, 'atom'));
    expect(childrenNamed(atom, 'entry')).toHaveLength(doc.entries.length);
  });

  it('is a valid JSON Feed with one item per post', () => {
    const feed = JSON.parse(renderFeed(doc, 'json')) as { version: string; items: unknown[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(doc.entries.length);
  });

  it('has only absolute image and link URLs in the bodies', () => {
    for (const entry of doc.entries) {
      for (const [, url] of entry.html!.matchAll(/\s(?:src|href)="([^"]*)"/g)) expect(url, entry.url).toMatch(/^(?:https?|data|mailto):/);
    }
  });
});
