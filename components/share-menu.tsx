'use client';

import { useEffect, useId, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { weiboShareHref } from '@/lib/share';
import { shareText } from '@/lib/strings/share';

/** How long "已复制" stays on screen. */
const STATUS_MS = 3000;

/**
 * The 分享 disclosure: copy the link, share to Weibo, or scan the QR code (an image passed in as
 * `qrCode`, loaded lazily: only once the panel opens) with WeChat. Without JavaScript (`scripting: none`) the panel is simply
 * shown open, minus the copy button that needs a script.
 */
export function ShareMenu({ url, title, qrCode }: { url: string; title: string; qrCode: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<'copied' | 'failed'>();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(undefined), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  // Tabbing past the panel closes it, so it never covers the text being read.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  const copy = async () => {
    try {
      // Absent on plain-http pages and in some in-app browsers: that lands in `catch` too.
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <div ref={root} onBlur={onBlur} className="relative text-sm">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        className="pill [@media(scripting:none)]:hidden"
      >
        {shareText.button}
      </button>
      <div
        id={panelId}
        className={`${open ? 'absolute' : 'hidden'} popover-panel top-full left-0 z-10 mt-2 w-64 max-w-[calc(100vw-2rem)] p-2 [@media(scripting:none)]:static [@media(scripting:none)]:block`}
      >
        <button type="button" onClick={copy} className="menu-item [@media(scripting:none)]:hidden">
          {shareText.copy}
        </button>
        <p role="status" aria-live="polite" className="px-3 text-accent-strong dark:text-orange-300">
          {status === 'copied' ? shareText.copied : status === 'failed' ? shareText.copyFailed : ''}
        </p>
        <a href={weiboShareHref(url, title)} target="_blank" rel="noopener noreferrer" className="menu-item">
          {shareText.weibo}
        </a>
        <figure className="mt-2 flex flex-col items-center gap-2 px-3 pb-2">
          {qrCode}
          <figcaption className="text-center text-xs text-muted">{shareText.wechat}</figcaption>
        </figure>
      </div>
    </div>
  );
}
