'use client';

import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { Author, TipSettings } from '@/lib/content';
import { t } from '@/lib/strings';
import { AuthorAvatar } from './author-avatar';
import { TipForm } from './tip-form';

type TipDialogControl = {
  /** Opens the dialog; focus goes back to `trigger` when it closes. */
  open(trigger: HTMLElement): void;
  /** Goes up by one each time a tip is recorded, so supporter counts know to refresh. */
  recorded: number;
};

const TipDialogContext = createContext<TipDialogControl | null>(null);

/** The article's tip dialog, or null where there is none (tip links then simply navigate). */
export function useTipDialog(): TipDialogControl | null {
  return useContext(TipDialogContext);
}

/**
 * `crypto.randomUUID` exists only in secure contexts (https, localhost); a site served over plain
 * http still gets a random v4 UUID.
 */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Props = {
  author: Pick<Author, 'name' | 'avatar'>;
  articleSlug: string;
  settings: TipSettings;
  children: ReactNode;
};

/**
 * Wraps an article: its tip links open this modal `<dialog>` (the browser traps focus and closes it
 * on Esc) with the tip form. Each opening is a new tip with its own idempotency key.
 */
export function TipDialogProvider({ author, articleSlug, settings, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState<string>();
  const [recorded, setRecorded] = useState(0);
  const headingId = useId();

  const open = useCallback((from: HTMLElement) => {
    trigger.current = from;
    setIdempotencyKey(newIdempotencyKey());
  }, []);
  const control = useMemo(() => ({ open, recorded }), [open, recorded]);
  const onThanked = useCallback(() => setRecorded((n) => n + 1), []);

  // Shown once its content is rendered, so the browser moves focus into the form, not the empty box.
  useEffect(() => {
    if (idempotencyKey && !dialog.current?.open) dialog.current?.showModal();
  }, [idempotencyKey]);

  const close = () => dialog.current?.close();
  const onClose = () => {
    setIdempotencyKey(undefined);
    trigger.current?.focus();
  };
  // A click on the dialog element itself, not on its content, is a click on the backdrop.
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) close();
  };

  return (
    <TipDialogContext value={control}>
      {children}
      <dialog
        ref={dialog}
        aria-modal="true"
        aria-labelledby={headingId}
        onClose={onClose}
        onClick={onClick}
        className="m-auto max-h-[calc(100dvh-1rem)] w-[min(28rem,calc(100vw-1rem))] max-w-none overflow-y-auto overscroll-contain rounded-xl bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:bg-stone-900 dark:text-stone-100"
      >
        {idempotencyKey && (
          <div className="space-y-5 p-4 sm:p-6">
            <header className="flex items-center gap-3">
              <AuthorAvatar author={author} />
              <h2 id={headingId} className="min-w-0 flex-1 text-lg font-bold">
                {t.tip.title(author.name)}
              </h2>
              <button
                type="button"
                onClick={close}
                aria-label={t.tip.close}
                className="grid size-9 shrink-0 place-items-center rounded-full text-2xl leading-none text-stone-500 hover:bg-stone-100 hover:text-stone-900 dark:hover:bg-stone-800 dark:hover:text-stone-100"
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
                  {t.tip.done}
                </button>
              }
            />
          </div>
        )}
      </dialog>
    </TipDialogContext>
  );
}
