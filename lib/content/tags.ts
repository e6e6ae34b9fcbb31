import { hashSlug, slugify } from './slug';
import type { Tag } from './types';

/** A tag's URL segment. Tags that slugify alike ("AI", "ai") are one tag; a tag of punctuation alone gets a hash. */
export function tagSlug(name: string): string {
  return slugify(name) || hashSlug('t', name);
}

export type TagIndex = {
  /** Most articles first, then by name. */
  tags: Tag[];
  bySlug: Map<string, Tag>;
  /** Article slugs per tag slug, in the order of the articles given. */
  members: Map<string, string[]>;
};

/**
 * The tags of the given articles (newest first). A tag written in several ways is shown the way
 * most articles write it; on a tie, the way the newest one does.
 */
export function buildTagIndex(articles: { slug: string; tags: string[] }[]): TagIndex {
  const members = new Map<string, string[]>();
  const spellings = new Map<string, Map<string, number>>();
  for (const article of articles) {
    for (const name of article.tags) {
      const slug = tagSlug(name);
      const list = members.get(slug) ?? [];
      // One article tagged both "AI" and "ai" is one member.
      if (list.at(-1) !== article.slug) list.push(article.slug);
      members.set(slug, list);
      const counts = spellings.get(slug) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      spellings.set(slug, counts);
    }
  }
  const tags: Tag[] = [...members].map(([slug, list]) => ({ slug, name: mostUsed(spellings.get(slug)!), articleCount: list.length }));
  tags.sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name, 'zh-CN'));
  return { tags, bySlug: new Map(tags.map((t) => [t.slug, t])), members };
}

/** The key with the highest count; Map order (first seen) breaks ties. */
function mostUsed(counts: Map<string, number>): string {
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best![0];
}
