'use client';

import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { Author, TipSettings } from '@/lib/content';
import { TIP_LINK_ATTRIBUTE } from '@/lib/tip-link';

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

/** The dialog's content and the tip form: their code loads when a reader first reaches for a tip link. */
const loadContent = () => import('./dialog-content');
const TipDialogContent = lazy(loadContent);

/** A plain left click on a tip link, not one meant for a new tab or window. */
function tipLinkClicked(event: globalThis.MouseEvent): HTMLAnchorElement | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  return (event.target as Element | null)?.closest<HTMLAnchorElement>(`a[${TIP_LINK_ATTRIBUTE}]`) ?? undefined;
}

type Props = {
  author: Pick<Author, 'name' | 'avatar'>;
  articleSlug: string;
  settings: TipSettings;
  children: ReactNode;
};

/**
 * Wraps an article: its tip links (plain links to the tip page, marked with TIP_LINK_ATTRIBUTE,
 * also inside an imported body's HTML) open this modal `<dialog>` instead (the browser traps focus
 * and closes it on Esc) with the tip form. Each opening is a new tip with its own idempotency key.
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
  const onShown = useCallback(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const close = useCallback(() => dialog.current?.close(), []);

  useEffect(() => {
    const onClick = (event: globalThis.MouseEvent) => {
      const link = tipLinkClicked(event);
      if (!link) return;
      event.preventDefault();
      open(link);
    };
    // Pointing at or tabbing to a tip link starts loading the dialog, so it opens without a wait.
    const warm = (event: Event) => {
      if ((event.target as Element | null)?.closest?.(`a[${TIP_LINK_ATTRIBUTE}]`)) void loadContent();
    };
    document.addEventListener('click', onClick);
    document.addEventListener('pointerover', warm);
    document.addEventListener('focusin', warm);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('pointerover', warm);
      document.removeEventListener('focusin', warm);
    };
  }, [open]);

  const onClose = () => {
    setIdempotencyKey(undefined);
    trigger.current?.focus();
  };
  // A click on the dialog element itself, not on its content, is a click on the backdrop.
  const onDialogClick = (event: MouseEvent<HTMLDialogElement>) => {
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
        onClick={onDialogClick}
        className="m-auto max-h-[calc(100dvh-1rem)] w-[min(28rem,calc(100vw-1rem))] max-w-none overflow-y-auto overscroll-contain rounded-xl bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/60 dark:bg-stone-900 dark:text-stone-100"
      >
        {idempotencyKey && (
          <Suspense>
            <TipDialogContent
              author={author}
              articleSlug={articleSlug}
              settings={settings}
              headingId={headingId}
              idempotencyKey={idempotencyKey}
              onShown={onShown}
              onThanked={onThanked}
              close={close}
            />
          </Suspense>
        )}
      </dialog>
    </TipDialogContext>
  );
}
