/**
 * What a signed-out reader's browser remembers: bookmarks and the articles read, with how far.
 * It lives in localStorage under one key, survives reloads, and is handed to the account (then
 * cleared) when the reader signs in. Anything unreadable there is dropped, never trusted.
 */
const KEY = 'yuedu:reader:v1';
/** Enough for a reader's own history; the oldest readings go first. */
const HISTORY_LIMIT = 200;
const BOOKMARK_LIMIT = 500;

export type LocalArticle = { slug: string; title: string; at: number };
export type LocalReading = LocalArticle & { progress: number };
export type LocalData = { bookmarks: LocalArticle[]; history: LocalReading[] };

const empty = (): LocalData => ({ bookmarks: [], history: [] });

function isArticle(value: unknown): value is LocalArticle {
  const v = value as LocalArticle;
  return typeof v === 'object' && v !== null && typeof v.slug === 'string' && v.slug.length > 0 && typeof v.title === 'string' && Number.isFinite(v.at);
}

function isReading(value: unknown): value is LocalReading {
  const p = (value as LocalReading).progress;
  return isArticle(value) && typeof p === 'number' && p >= 0 && p <= 1;
}

export function readLocal(): LocalData {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<LocalData> | null;
    if (!parsed || typeof parsed !== 'object') return empty();
    return {
      bookmarks: Array.isArray(parsed.bookmarks) ? parsed.bookmarks.filter(isArticle) : [],
      history: Array.isArray(parsed.history) ? parsed.history.filter(isReading) : [],
    };
  } catch {
    // Storage disabled (private mode, blocked cookies) or a hand-edited value: start empty.
    return empty();
  }
}

const listeners = new Set<() => void>();

function writeLocal(data: LocalData): void {
  try {
    if (data.bookmarks.length === 0 && data.history.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(data));
  } catch {
    // Full or disabled storage: the change lasts for this page only.
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` when this tab or another changes the data. */
export function subscribeLocal(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function setLocalBookmark(article: { slug: string; title: string }, on: boolean): void {
  const data = readLocal();
  const others = data.bookmarks.filter((b) => b.slug !== article.slug);
  const bookmarks = on ? [{ ...article, at: Date.now() }, ...others].slice(0, BOOKMARK_LIMIT) : others;
  writeLocal({ ...data, bookmarks });
}

/**
 * How far the reader got in an article, as seen at `at`. A reading seen before the one kept is
 * dropped: a send that failed while the page was being left can come back after a later position
 * was kept, and handed to the account it would outrank that one.
 */
export function recordLocalReading(article: { slug: string; title: string }, progress: number, at = Date.now()): void {
  const data = readLocal();
  if ((localReading(article.slug, data)?.at ?? -Infinity) > at) return;
  const others = data.history.filter((h) => h.slug !== article.slug);
  writeLocal({ ...data, history: [{ ...article, progress, at }, ...others].slice(0, HISTORY_LIMIT) });
}

export function localReading(slug: string, data = readLocal()): LocalReading | undefined {
  return data.history.find((h) => h.slug === slug);
}

/** After the account has taken them over: forget what was handed over, keep anything newer. */
export function forgetMerged(merged: LocalData): void {
  const data = readLocal();
  const sameAs = (list: LocalArticle[]) => (item: LocalArticle) => list.some((m) => m.slug === item.slug && m.at === item.at);
  writeLocal({
    bookmarks: data.bookmarks.filter((b) => !sameAs(merged.bookmarks)(b)),
    history: data.history.filter((h) => !sameAs(merged.history)(h)),
  });
}
