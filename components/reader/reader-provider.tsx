'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionReader } from '@/lib/auth/session';
import type { MarkKind } from '@/lib/db/readers';
import type { ArticleReactions } from '@/lib/reader/reactions';
import { readerText } from '@/lib/strings/reader';
import { forgetMerged, readLocal, setLocalBookmark, subscribeLocal } from './local-data';

export type { MarkKind };
export type Counts = ArticleReactions;
export type ToggleResult = { ok: true; counts?: Counts } | { ok: false; message: string };

type Status = 'off' | 'loading' | 'signed-out' | 'signed-in';

export type ReaderContextValue = {
  loginEnabled: boolean;
  status: Status;
  user: SessionReader | null;
  /** Articles the reader has marked: the account's when signed in, this browser's otherwise. */
  marks: {
    bookmarks: ReadonlySet<string>;
    likes: ReadonlySet<string>;
    ready: boolean;
    /** The account's marks could not be loaded (the database is down): the buttons say so and wait. */
    unavailable?: boolean;
  };
  /** Marks or unmarks at once and saves in the background; rolls back if saving fails. */
  toggleMark(kind: MarkKind, article: { slug: string; title: string }, on: boolean): Promise<ToggleResult>;
};

const ReaderContext = createContext<ReaderContextValue>({
  loginEnabled: false,
  status: 'off',
  user: null,
  marks: { bookmarks: new Set(), likes: new Set(), ready: false },
  // Outside a provider there is nowhere to save a mark.
  toggleMark: async () => ({ ok: false, message: readerText.saveFailed }),
});

export function useReader(): ReaderContextValue {
  return useContext(ReaderContext);
}

/** `/login`, coming back to this page afterwards. */
export function signInHref(): string {
  const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  return `/login?callbackUrl=${encodeURIComponent(here)}`;
}

/**
 * The session as the browser sees it, from next-auth's session endpoint. Read on the client so
 * every page stays static; read again when the tab comes back, in case the reader signed in or
 * out elsewhere.
 */
function useSessionReader(enabled: boolean): { status: Status; user: SessionReader | null } {
  const [state, setState] = useState<{ status: Status; user: SessionReader | null }>({ status: enabled ? 'loading' : 'off', user: null });
  useEffect(() => {
    if (!enabled) return;
    let active = true;
    const load = () =>
      fetch('/api/auth/session', { cache: 'no-store' })
        .then((response): Promise<{ user?: SessionReader }> | { user?: SessionReader } => (response.ok ? response.json() : {}))
        .then(
          (session) => active && setState(session.user ? { status: 'signed-in', user: session.user } : { status: 'signed-out', user: null }),
          () => active && setState((previous) => (previous.status === 'loading' ? { status: 'signed-out', user: null } : previous)),
        );
    void load();
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [enabled]);
  return state;
}

type Marks = ReaderContextValue['marks'];

/** Hands this browser's signed-out bookmarks and history to the account, once; then forgets them. */
async function mergeLocalIntoAccount(): Promise<void> {
  const local = readLocal();
  if (local.bookmarks.length === 0 && local.history.length === 0) return;
  const response = await fetch('/api/reader/merge', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      bookmarks: local.bookmarks.map(({ slug, at }) => ({ slug, at })),
      history: local.history.map(({ slug, progress, at }) => ({ slug, progress, at })),
    }),
  });
  // Read to the end, though nothing in it is needed: an answer left unread may never count as
  // finished loading, and keeps its connection busy until the page is left.
  await response.text();
  // Kept for the next page when the account could not take them (database down, rate limited).
  if (response.ok) forgetMerged(local);
}

async function loadAccountMarks(): Promise<Marks | undefined> {
  const response = await fetch('/api/reader/state', { cache: 'no-store' });
  if (!response.ok) {
    await response.text();
    return undefined;
  }
  const state = (await response.json()) as { bookmarks: string[]; likes: string[] };
  return { bookmarks: new Set(state.bookmarks), likes: new Set(state.likes), ready: true };
}

const localMarks = (): Marks => ({ bookmarks: new Set(readLocal().bookmarks.map((b) => b.slug)), likes: new Set(), ready: true });

/** Session and marks for every reader island on the page (header menu, 收藏 / 点赞, progress). */
export function ReaderProvider({ loginEnabled, children }: { loginEnabled: boolean; children: ReactNode }) {
  const { status, user } = useSessionReader(loginEnabled);
  const [marks, setMarks] = useState<Marks>({ bookmarks: new Set(), likes: new Set(), ready: false });
  const accountId = status === 'signed-in' ? user?.id : undefined;

  useEffect(() => {
    if (status === 'loading') return;
    if (status === 'signed-in') {
      let active = true;
      if (!accountId) return; // signed in while the database was down: nothing to load or merge into
      // Buttons wait for the account's marks: a click before they arrive would be overwritten by them.
      setMarks((previous) => ({ ...previous, ready: false }));
      const unavailable: Marks = { bookmarks: new Set(), likes: new Set(), ready: false, unavailable: true };
      mergeLocalIntoAccount()
        .catch(() => undefined)
        .then(loadAccountMarks)
        .then(
          (loaded) => active && setMarks(loaded ?? unavailable),
          () => active && setMarks(unavailable),
        );
      return () => {
        active = false;
      };
    }
    setMarks(localMarks());
    return subscribeLocal(() => setMarks(localMarks()));
  }, [status, accountId]);

  const toggleMark = useCallback(
    async (kind: MarkKind, article: { slug: string; title: string }, on: boolean): Promise<ToggleResult> => {
      // Until the session is known, a mark could land in the wrong place (browser or account).
      if (status === 'loading') return { ok: false, message: readerText.saveFailed };
      if (status !== 'signed-in') {
        if (kind !== 'bookmark') return { ok: false, message: readerText.signInToLike };
        setLocalBookmark(article, on);
        return { ok: true };
      }
      const set = (value: boolean) =>
        setMarks((previous) => {
          const key = kind === 'bookmark' ? 'bookmarks' : 'likes';
          const next = new Set(previous[key]);
          if (value) next.add(article.slug);
          else next.delete(article.slug);
          return { ...previous, [key]: next };
        });
      set(on);
      let message: string = readerText.saveFailed;
      try {
        const path = `/api/reader/${kind === 'bookmark' ? 'bookmarks' : 'likes'}/${encodeURIComponent(article.slug)}`;
        // keepalive: a reader who marks an article and leaves at once still has it marked.
        const response = await fetch(path, { method: on ? 'PUT' : 'DELETE', keepalive: true });
        const body = (await response.json().catch(() => ({}))) as { counts?: Counts; error?: string };
        if (response.ok) return { ok: true, counts: body.counts };
        message = body.error ?? message;
      } catch {
        // Offline or the server did not answer: the generic message says to try again.
      }
      set(!on);
      return { ok: false, message };
    },
    [status],
  );

  const value = useMemo<ReaderContextValue>(() => ({ loginEnabled, status, user, marks, toggleMark }), [loginEnabled, status, user, marks, toggleMark]);
  return <ReaderContext.Provider value={value}>{children}</ReaderContext.Provider>;
}
