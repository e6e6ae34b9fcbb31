'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { t } from '@/lib/strings';
import { useReader } from './reader-provider';

/** 移除 on /me: takes the bookmark off, then shows the list again without it. */
export function RemoveBookmarkButton({ slug, title }: { slug: string; title: string }) {
  const { toggleMark } = useReader();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        aria-label={t.reader.removeBookmark(title)}
        className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:border-accent hover:text-accent disabled:opacity-60 dark:border-stone-700"
        onClick={() =>
          startTransition(async () => {
            const result = await toggleMark('bookmark', { slug, title }, false);
            if (result.ok) router.refresh();
            else setError(result.message);
          })
        }
      >
        {t.reader.remove}
      </button>
      <span role="status" className="text-xs text-red-700 dark:text-red-400">
        {error}
      </span>
    </span>
  );
}
