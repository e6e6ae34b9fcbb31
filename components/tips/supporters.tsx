'use client';

import { useEffect, useState } from 'react';
import type { ArticleSupporters, AuthorSupporters } from '@/lib/supporters';
import { supporterText } from '@/lib/strings/supporters';
import { AuthorAvatar } from '../author-avatar';
import { useTipDialog } from './dialog';

type Counts<T> = {
  data?: T;
  loading: boolean;
  /** The database is configured but did not answer (a 503 marked `temporary`): readers are told so. */
  unavailable?: boolean;
};

/**
 * Supporter counts come from the /api routes after the page loads, so article and author pages stay
 * static however often readers tip. Until an answer arrives, or when tips are off, nothing shows.
 */
function useJson<T>(url: string, refresh: number): Counts<T> {
  const [state, setState] = useState<Counts<T>>({ loading: true });
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { cache: 'no-store', signal: controller.signal })
      .then(async (response): Promise<Counts<T>> => {
        if (response.ok) return { data: (await response.json()) as T, loading: false };
        const refusal = (await response.json().catch(() => ({}))) as { temporary?: boolean };
        return { loading: false, unavailable: response.status === 503 && refusal.temporary === true };
      })
      .then(setState, () => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, loading: false }));
      });
    return () => controller.abort();
  }, [url, refresh]);
  return state;
}

/** Supporters who tipped signed out, or asked to stay anonymous, get the same outline of a person. */
function AnonymousAvatar() {
  return (
    <svg viewBox="0 0 24 24" role="img" aria-label={supporterText.anonymous} className="size-8 rounded-full border-2 border-white bg-stone-200 text-stone-400 dark:border-stone-950 dark:bg-stone-700 dark:text-stone-500">
      <circle cx="12" cy="9" r="4" fill="currentColor" />
      <path d="M4 21a8 8 0 0 1 16 0z" fill="currentColor" />
    </svg>
  );
}

/** "N 人赞赏" and the latest supporters, under an article; refreshed after a tip in its dialog. */
export function ArticleSupportersIsland({ slug }: { slug: string }) {
  const recorded = useTipDialog()?.recorded ?? 0;
  const { data, loading, unavailable } = useJson<ArticleSupporters>(`/api/articles/${encodeURIComponent(slug)}/supporters`, recorded);
  return (
    <div data-testid="article-supporters" aria-busy={loading} className="not-prose my-6 print:hidden flex min-h-8 flex-col items-center gap-2 text-sm text-stone-600 dark:text-stone-300">
      {unavailable && <p className="text-muted">{supporterText.countsUnavailable}</p>}
      {data && data.count > 0 && (
        <>
          <p>{supporterText.supporters(data.count)}</p>
          <ul aria-label={supporterText.latestSupporters} className="flex -space-x-2">
            {data.latest.map((supporter, index) => (
              <li key={`${index}-${supporter.at}`} title={supporter.name ?? supporterText.anonymous}>
                {supporter.name ? (
                  <span className="block rounded-full border-2 border-white dark:border-stone-950">
                    <AuthorAvatar author={{ name: supporter.name, avatar: supporter.image ?? undefined }} size="row" label={supporter.name} />
                  </span>
                ) : (
                  <AnonymousAvatar />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** "N 人赞赏过" on an author's page. */
export function AuthorSupportersIsland({ slug }: { slug: string }) {
  const { data, loading, unavailable } = useJson<AuthorSupporters>(`/api/authors/${encodeURIComponent(slug)}/supporters`, 0);
  return (
    <p data-testid="author-supporters" aria-busy={loading} className="mt-2 min-h-5 text-sm text-muted">
      {unavailable && supporterText.countsUnavailable}
      {data && data.count > 0 && supporterText.authorSupporters(data.count)}
    </p>
  );
}
