'use client';

import { useEffect, useRef, useState } from 'react';
import { readerText } from '@/lib/strings/reader';
import { localReading, recordLocalReading } from './local-data';
import { useReader } from './reader-provider';

/** Offered back only between these: a glance at the top, or a finished article, is not a place to return to. */
const RESUME_RANGE = [0.05, 0.95] as const;
/** The account hears of the position at most this often while reading (and once more on leaving). */
const SEND_INTERVAL_MS = 10_000;

/**
 * How far down the body the reader is: the share of it above the top of the window, or 1 once its
 * end is in view. Independent of the window's height, so a position saved on a phone means the
 * same paragraph on a desktop.
 */
function progressOf(body: HTMLElement): number {
  const rect = body.getBoundingClientRect();
  if (rect.height <= 0) return 0;
  if (rect.bottom <= window.innerHeight) return 1;
  return Math.min(1, Math.max(0, -rect.top / rect.height));
}

function scrollToProgress(body: HTMLElement, progress: number): void {
  const top = body.getBoundingClientRect().top + window.scrollY + progress * body.getBoundingClientRect().height;
  window.scrollTo({ top: Math.max(0, top - 16), behavior: 'instant' });
}

async function fetchAccountReading(slug: string): Promise<number | null> {
  const response = await fetch(`/api/reader/history/${encodeURIComponent(slug)}`, { cache: 'no-store' });
  if (!response.ok) {
    await response.text();
    return null;
  }
  return ((await response.json()) as { progress: number | null }).progress;
}

function sendAccountReading(slug: string, progress: number, at: number): Promise<boolean> {
  return fetch(`/api/reader/history/${encodeURIComponent(slug)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    // When it was seen: the server keeps the latest, whichever request arrives last.
    body: JSON.stringify({ progress, at }),
    // Lets the last position go out while the page is being left.
    keepalive: true,
  }).then(
    (response) => {
      void response.text().catch(() => undefined);
      return response.ok;
    },
    () => false,
  );
}

/**
 * Remembers how far the reader got in this article (in the account when signed in, else in this
 * browser) and, on a later visit, offers 继续阅读 to go back there.
 */
export function ReadingProgress({ slug, title, bodyId }: { slug: string; title: string; bodyId: string }) {
  const { status, user } = useReader();
  const [resumeAt, setResumeAt] = useState<number>();
  const lastSaved = useRef<number>(undefined);
  const signedIn = status === 'signed-in' && Boolean(user?.id);

  useEffect(() => {
    if (status === 'loading') return;
    const body = document.getElementById(bodyId);
    if (!body) return;
    let active = true;
    let scrolled = false;
    let lastSent = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const save = async (progress: number) => {
      lastSaved.current = progress;
      // A failed send is kept in this browser, with the time it was seen; the next signed-in page
      // hands it to the account, where a later position sent meanwhile still wins.
      const at = Date.now();
      if (!signedIn || !(await sendAccountReading(slug, progress, at))) recordLocalReading({ slug, title }, progress, at);
    };
    const openedAt = progressOf(body);
    const saveNow = () => {
      const progress = progressOf(body);
      // A scroll the browser has not reported yet (the reader leaves right after it) is a scroll too.
      if (!scrolled && Math.abs(progress - openedAt) < 0.01) return;
      scrolled = true;
      if (lastSaved.current !== undefined && Math.abs(progress - lastSaved.current) < 0.01) return;
      lastSent = Date.now();
      void save(progress);
    };
    const onScroll = () => {
      scrolled = true;
      const progress = progressOf(body);
      if (progress > RESUME_RANGE[0]) setResumeAt(undefined);
      if (!signedIn) {
        recordLocalReading({ slug, title }, progress);
        lastSaved.current = progress;
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(saveNow, Math.max(0, SEND_INTERVAL_MS - (Date.now() - lastSent)));
    };
    const onHide = () => document.visibilityState === 'hidden' && saveNow();

    // Where this article was left last time, then record this visit without losing that place.
    void (async () => {
      const saved = signedIn ? await fetchAccountReading(slug).catch(() => null) : (localReading(slug)?.progress ?? null);
      if (!active) return;
      const now = progressOf(body);
      // Already scrolled before the session was known (or the browser restored the position): that is this visit's place.
      if (now > RESUME_RANGE[0]) scrolled = true;
      else if (saved !== null && saved > RESUME_RANGE[0] && saved < RESUME_RANGE[1]) setResumeAt(saved);
      await save(scrolled ? now : (saved ?? 0));
    })();

    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', saveNow);
    return () => {
      active = false;
      clearTimeout(timer);
      saveNow();
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', saveNow);
    };
  }, [status, signedIn, slug, title, bodyId]);

  if (resumeAt === undefined) return null;
  return (
    <div role="region" aria-label={readerText.continueReading(Math.round(resumeAt * 100))} className="fixed inset-x-0 bottom-4 z-30 flex justify-center px-4 print:hidden">
      <div className="flex items-center gap-2 rounded-full border border-stone-200 bg-white/95 p-1 pl-1 shadow-lg dark:border-stone-700 dark:bg-stone-900/95">
        <button
          type="button"
          className="rounded-full bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent-strong"
          onClick={() => {
            const body = document.getElementById(bodyId);
            if (body) scrollToProgress(body, resumeAt);
            setResumeAt(undefined);
          }}
        >
          {readerText.continueReading(Math.round(resumeAt * 100))}
        </button>
        <button type="button" className="rounded-full px-3 py-2 text-sm text-muted hover:text-stone-800 dark:hover:text-stone-200" onClick={() => setResumeAt(undefined)}>
          {readerText.dismiss}
        </button>
      </div>
    </div>
  );
}
