import { describe, expect, it } from 'vitest';
import { categoryKey } from '@/lib/content/categories';
import { relatedArticles } from '@/lib/content/related';
import type { ArticleMeta } from '@/lib/content/types';

function article(slug: string, date: string, categories: string[][], tags: string[] = []): ArticleMeta {
  return {
    slug, file: `${slug}.md`, format: 'md', title: slug, excerpt: '', date, author: { name: 'a', slug: 'a' }, categories, tags,
    coverInBody: false, tipInBody: false, comments: true, draft: false,
    hidden: false, toc: [], wordCount: 1, readingMinutes: 1,
  };
}

/** The rule written out plainly: score every other article, sort by score then date. */
function reference(target: ArticleMeta, articles: ArticleMeta[], limit: number): string[] {
  const levels = (a: ArticleMeta) => new Set(a.categories.flatMap((p) => p.map((_, i) => categoryKey(p.slice(0, i + 1)))));
  const mine = levels(target);
  return articles
    .filter((a) => a.slug !== target.slug)
    .map((a) => {
      let score = 0;
      for (const key of levels(a)) if (mine.has(key)) score += key.split('/').length;
      for (const tag of a.tags) if (target.tags.includes(tag)) score += 2;
      return { a, score };
    })
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score || y.a.date.localeCompare(x.a.date))
    .slice(0, limit)
    .map(({ a }) => a.slug);
}

describe('relatedArticles', () => {
  it('ranks deeper shared categories and shared tags first, newer first on a tie', () => {
    const articles = [
      article('newest-other', '2024-05-01T00:00:00Z', [['技术', '前端']]),
      article('same-leaf', '2024-04-01T00:00:00Z', [['产品', '设计', '交互']]),
      article('same-root-tag', '2024-03-01T00:00:00Z', [['产品']], ['增长']),
      article('target', '2024-02-01T00:00:00Z', [['产品', '设计', '交互']], ['增长']),
      article('same-root', '2024-01-01T00:00:00Z', [['产品', '运营']]),
      article('unrelated', '2023-01-01T00:00:00Z', [['生活']], ['旅行']),
    ];
    const related = relatedArticles(articles[3]!, articles, 4).map((a) => a.slug);
    // same-leaf: 1 + 2 + 3 = 6; same-root-tag: 1 + 2 = 3; same-root: 1.
    expect(related).toEqual(['same-leaf', 'same-root-tag', 'same-root']);
  });

  it('agrees with the plain rule on 300 generated articles', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const pick = <T,>(items: T[]) => items[Math.floor(next() * items.length)]!;
    const roots = ['新媒体', '编程', '写作'];
    const articles = Array.from({ length: 300 }, (_, i) => {
      const paths = Array.from({ length: 1 + Math.floor(next() * 2) }, () => [pick(roots), pick(['a', 'b', 'c']), pick(['x', 'y'])].slice(0, 1 + Math.floor(next() * 3)));
      const tags = [...new Set(Array.from({ length: Math.floor(next() * 4) }, () => pick(['t1', 't2', 't3', 't4', 't5'])))];
      // Several articles share a date, so the tie-break by position is exercised too.
      return article(`a${i}`, new Date(Date.UTC(2024, 0, 1) - Math.floor(i / 3) * 86_400_000).toISOString(), paths, tags);
    });
    for (const target of articles.filter((_, i) => i % 7 === 0)) {
      expect(relatedArticles(target, articles, 4).map((a) => a.slug)).toEqual(reference(target, articles, 4));
    }
  });
});
