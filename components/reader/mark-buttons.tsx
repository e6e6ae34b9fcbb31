'use client';

import { useEffect, useState } from 'react';
import { readerText } from '@/lib/strings/reader';
import { signInHref, useReader, type Counts, type MarkKind } from './reader-provider';

type Props = {
  slug: string;
  title: string;
  /** `article`: larger, with counts; `card`: compact, for article lists. */
  variant: 'article' | 'card';
};

/** The article's 收藏 / 点赞 counts, fetched after load so the page stays static. */
function useCounts(slug: string, enabled: boolean): [Counts | undefined, (counts: Counts) => void] {
  const [counts, setCounts] = useState<Counts>();
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    fetch(`/api/articles/${encodeURIComponent(slug)}/reactions`, { cache: 'no-store', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Counts>) : undefined))
      .then((loaded) => loaded && setCounts(loaded), () => undefined);
    return () => controller.abort();
  }, [slug, enabled]);
  return [counts, setCounts];
}

/**
 * 收藏 and 点赞 for one article. Bookmarks work signed out too (kept in this browser until sign-in);
 * a like needs an account, so signed out the button leads to sign-in and back here.
 */
export function MarkButtons({ slug, title, variant }: Props) {
  const reader = useReader();
  const [counts, setCounts] = useCounts(slug, variant === 'article' && reader.loginEnabled);
  const [error, setError] = useState<string>();
  const bookmarked = reader.marks.bookmarks.has(slug);
  const liked = reader.marks.likes.has(slug);

  async function toggle(kind: MarkKind, on: boolean) {
    if (kind === 'like' && reader.status !== 'signed-in') {
      window.location.assign(signInHref());
      return;
    }
    setError(undefined);
    if (counts && reader.status === 'signed-in') {
      const key = kind === 'bookmark' ? 'bookmarks' : 'likes';
      setCounts({ ...counts, [key]: Math.max(0, counts[key] + (on ? 1 : -1)) });
    }
    const result = await reader.toggleMark(kind, { slug, title }, on);
    if (result.ok && result.counts) setCounts(result.counts);
    if (!result.ok) {
      setError(result.message);
      if (counts) setCounts(counts);
    }
  }

  const size = variant === 'article' ? 'px-3 py-1.5 text-sm' : 'px-2 py-0.5 text-xs';
  const button = `mark-button ${size}`;
  const busy = !reader.marks.ready;
  const label = (kind: 'bookmark' | 'like', on: boolean) => {
    const text = kind === 'bookmark' ? (on ? readerText.bookmarked : readerText.bookmark) : on ? readerText.liked : readerText.like;
    const n = counts?.[kind === 'bookmark' ? 'bookmarks' : 'likes'];
    return n === undefined || n === 0 ? text : readerText.count(text, n);
  };

  return (
    <div className="not-prose flex flex-wrap items-center gap-2" data-testid={`marks-${variant}`}>
      <button type="button" className={button} aria-pressed={bookmarked} disabled={busy} onClick={() => toggle('bookmark', !bookmarked)}>
        <span aria-hidden="true">{bookmarked ? '★' : '☆'}</span>
        {label('bookmark', bookmarked)}
      </button>
      {reader.loginEnabled && (
        <button
          type="button"
          className={button}
          aria-pressed={liked}
          disabled={busy}
          title={reader.status === 'signed-in' ? undefined : readerText.signInToLike}
          onClick={() => toggle('like', !liked)}
        >
          <span aria-hidden="true">{liked ? '♥' : '♡'}</span>
          {label('like', liked)}
        </button>
      )}
      <span role="status" className="text-xs text-red-700 dark:text-red-400">
        {error ?? (reader.marks.unavailable ? readerText.unavailable : undefined)}
      </span>
    </div>
  );
}
