'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { readerText } from '@/lib/strings/reader';
import { useHydrated } from '../use-hydrated';

/** Takes the signed-in reader's bookmark off; the error message to show, or undefined. */
async function removeBookmark(slug: string): Promise<string | undefined> {
  try {
    const response = await fetch(`/api/reader/bookmarks/${encodeURIComponent(slug)}`, { method: 'DELETE' });
    if (response.ok) {
      await response.text();
      return undefined;
    }
    return ((await response.json().catch(() => ({}))) as { error?: string }).error ?? readerText.saveFailed;
  } catch {
    return readerText.saveFailed;
  }
}

/**
 * 移除 on /me, then the list again without it. /me is only shown signed in (the server checked),
 * so this talks to the account directly rather than waiting for the browser to learn the session.
 */
export function RemoveBookmarkButton({ slug, title }: { slug: string; title: string }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={!hydrated || pending}
        aria-label={readerText.removeBookmark(title)}
        className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:border-accent hover:text-accent disabled:opacity-60 dark:border-stone-700"
        onClick={() =>
          startTransition(async () => {
            const problem = await removeBookmark(slug);
            if (problem) setError(problem);
            else router.refresh();
          })
        }
      >
        {readerText.remove}
      </button>
      <span role="status" className="text-xs text-red-700 dark:text-red-400">
        {error}
      </span>
    </span>
  );
}
