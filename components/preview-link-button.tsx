'use client';

import { useState, useTransition } from 'react';
import { previewText } from '@/lib/strings/preview';
import { useHydrated } from './use-hydrated';
import { createPreviewLink } from './preview-link-action';

/** 生成预览链接 on /drafts: makes a signed link and shows it ready to copy. */
export function PreviewLinkButton({ slug, title, days }: { slug: string; title: string; days: number }) {
  const hydrated = useHydrated();
  const [result, setResult] = useState<Awaited<ReturnType<typeof createPreviewLink>>>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={!hydrated || pending}
        onClick={() => startTransition(async () => setResult(await createPreviewLink(slug)))}
        className="pill disabled:opacity-60"
      >
        {previewText.makeLink}
      </button>
      {result?.ok === true && (
        <div className="space-y-1">
          <input readOnly value={result.url} aria-label={previewText.linkLabel(title)} onFocus={(e) => e.currentTarget.select()} className="w-full rounded border border-stone-300 bg-transparent px-2 py-1 font-mono text-xs dark:border-stone-700" />
          <p className="text-xs text-muted">{previewText.linkNote(days)}</p>
        </div>
      )}
      {result?.ok === false && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {result.message}
        </p>
      )}
    </div>
  );
}
