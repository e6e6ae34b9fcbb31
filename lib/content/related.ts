import { categoryKey } from './categories';
import type { ArticleMeta } from './types';

type Candidates = Map<string, number[]>;

/** Every category level an article is filed under (`新媒体`, `新媒体/36kr`, …), each once. */
function categoryLevels(article: ArticleMeta): string[] {
  return [...new Set(article.categories.flatMap((p) => p.map((_, i) => categoryKey(p.slice(0, i + 1)))))];
}

const candidatesOf = new WeakMap<ArticleMeta[], Candidates>();

/** For each category level (`c:`) and tag (`t:`), the positions of the articles that have it; built once per list. */
function candidates(articles: ArticleMeta[]): Candidates {
  let map = candidatesOf.get(articles);
  if (map) return map;
  map = new Map();
  const add = (key: string, i: number) => {
    const list = map!.get(key);
    if (list) list.push(i);
    else map!.set(key, [i]);
  };
  articles.forEach((article, i) => {
    for (const level of categoryLevels(article)) add(`c:${level}`, i);
    for (const tag of article.tags) add(`t:${tag}`, i);
  });
  candidatesOf.set(articles, map);
  return map;
}

/**
 * The `limit` articles of `articles` (newest first) that share the most with `article`: each shared
 * category level counts its depth (deeper levels more), each shared tag counts 2; ties go to the
 * newer article. Only articles that share something are scored, so a page of a 10,000-article site
 * costs about a millisecond.
 */
export function relatedArticles(article: ArticleMeta, articles: ArticleMeta[], limit: number): ArticleMeta[] {
  const map = candidates(articles);
  const scores = new Float64Array(articles.length);
  for (const level of categoryLevels(article)) {
    const weight = level.split('/').length;
    for (const i of map.get(`c:${level}`) ?? []) scores[i]! += weight;
  }
  for (const tag of article.tags) for (const i of map.get(`t:${tag}`) ?? []) scores[i]! += 2;

  // The best `limit` so far, best first; positions ascend with age, so an earlier one wins a tie.
  const best: number[] = [];
  scores.forEach((score, i) => {
    if (score <= 0 || articles[i]!.slug === article.slug) return;
    if (best.length === limit && score <= scores[best.at(-1)!]!) return;
    let at = best.length;
    while (at > 0 && scores[best[at - 1]!]! < score) at--;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  });
  return best.map((i) => articles[i]!);
}
