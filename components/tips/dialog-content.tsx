'use client';

import { useEffect } from 'react';
import type { Author, TipSettings } from '@/lib/content';
import { tipText } from '@/lib/strings/tip';
import { AuthorAvatar } from '../author-avatar';
import { TipForm } from './form';

export type TipDialogContentProps = {
  author: Pick<Author, 'name' | 'avatar'>;
  articleSlug: string;
  settings: TipSettings;
  headingId: string;
  idempotencyKey: string;
  /** Called once this content is on screen, so the dialog opens with its focus inside the form. */
  onShown: () => void;
  onThanked: () => void;
  close: () => void;
};

/** What the tip dialog shows: loaded only when a reader first opens it (components/tips/dialog.tsx). */
export default function TipDialogContent({ author, articleSlug, settings, headingId, idempotencyKey, onShown, onThanked, close }: TipDialogContentProps) {
  useEffect(onShown, [onShown]);
  return (
    <div className="space-y-5 p-4 sm:p-6">
      <header className="flex items-center gap-3">
        <AuthorAvatar author={author} />
        <h2 id={headingId} className="min-w-0 flex-1 text-lg font-bold">
          {tipText.title(author.name)}
        </h2>
        <button
          type="button"
          onClick={close}
          aria-label={tipText.close}
          className="grid size-9 shrink-0 place-items-center rounded-full text-2xl leading-none text-muted hover:bg-stone-100 hover:text-stone-900 dark:hover:bg-stone-800 dark:hover:text-stone-100"
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <TipForm
        key={idempotencyKey}
        authorName={author.name}
        settings={settings}
        articleSlug={articleSlug}
        idempotencyKey={idempotencyKey}
        onThanked={onThanked}
        thanksFooter={
          <button type="button" onClick={close} className="rounded-full border border-stone-300 px-5 py-2 font-medium hover:border-accent hover:text-accent dark:border-stone-600">
            {tipText.done}
          </button>
        }
      />
    </div>
  );
}
