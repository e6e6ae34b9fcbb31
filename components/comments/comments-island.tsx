'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { commentCountText } from '@/lib/strings/comment-count';
import { useHydrated } from '../use-hydrated';
import type { CommentsPanelProps } from './comments-panel';

const CommentsPanel = lazy(() => import('./comments-panel'));

/**
 * Where the comments go under an article. The list, the form and their code load only once the
 * reader scrolls near (or arrives at a `#comment…` link), so an article read without opening its
 * comments pays for this placeholder only.
 */
export function CommentsIsland(props: CommentsPanelProps) {
  const place = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (window.location.hash.startsWith('#comment')) {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNear(true), { rootMargin: '600px 0px' });
    if (place.current) observer.observe(place.current);
    return () => observer.disconnect();
  }, []);
  // Without JavaScript nothing will load here: the link to the comments page below is the way in.
  const loading = useHydrated() ? <p className="text-sm text-stone-600 dark:text-stone-400">{commentCountText.loading}</p> : null;
  return (
    <div ref={place} data-testid="comments-island">
      {near ? (
        <Suspense fallback={loading}>
          <CommentsPanel {...props} />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}
