'use client';

import { useEffect, useState } from 'react';
import { commentCountText } from '@/lib/strings/comment-count';

/**
 * "N 条评论" beside an article's card or under its title, fetched after the page has loaded so list
 * and article pages stay static. The cards of one page ask in one request: each count joins the
 * batch of the current task, sent once the task ends.
 */
type Waiting = Map<string, ((n: number | undefined) => void)[]>;
let batch: Waiting | undefined;

function requestCount(slug: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    if (!batch) {
      const pending: Waiting = (batch = new Map());
      setTimeout(() => {
        batch = undefined;
        const query = [...pending.keys()].map((s) => `slug=${encodeURIComponent(s)}`).join('&');
        fetch(`/api/comments/counts?${query}`, { cache: 'no-store' })
          .then((response): Promise<{ counts: Record<string, number> }> | { counts: Record<string, number> } => (response.ok ? response.json() : { counts: {} }))
          .catch(() => ({ counts: {} as Record<string, number> }))
          .then(({ counts }) => pending.forEach((callbacks, key) => callbacks.forEach((callback) => callback(counts[key]))));
      });
    }
    batch.set(slug, [...(batch.get(slug) ?? []), resolve]);
  });
}

/** Links to the article's comments; shows nothing until a count arrives, and nothing for none on a card. */
export function CommentCount({ slug, href, showNone = false, className }: { slug: string; href: string; showNone?: boolean; className?: string }) {
  const [count, setCount] = useState<number>();
  useEffect(() => {
    let active = true;
    requestCount(slug).then((n) => active && setCount(n));
    return () => {
      active = false;
    };
  }, [slug]);
  if (count === undefined || (count === 0 && !showNone)) return null;
  return (
    <a href={href} className={className} data-testid="comment-count">
      {count === 0 ? commentCountText.title : commentCountText.count(count)}
    </a>
  );
}
