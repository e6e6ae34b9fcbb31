/**
 * The comments this browser posted signed in, remembered for the ten minutes their writer may still
 * change them, so the list can offer 修改 and 删除 without reading the session on the server (the
 * list is cached for everyone). The server checks ownership and the window itself.
 */
const KEY = 'yuedu:own-comments';
const WINDOW_MS = 10 * 60 * 1000;

/** When it was posted, and its Markdown as written: the list carries only the rendered HTML. */
type Own = { at: number; source: string };

function read(): Record<string, Own> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, Own>) : {};
  } catch {
    return {};
  }
}

function write(entries: Record<string, Own>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Storage full or off: the buttons simply do not show.
  }
}

/** This browser's comments still within their window, by id, with their text; older ones are forgotten. */
export function ownComments(now = Date.now()): Map<string, string> {
  const fresh = Object.entries(read()).filter(([, own]) => typeof own?.at === 'number' && typeof own.source === 'string' && now - own.at < WINDOW_MS);
  write(Object.fromEntries(fresh));
  return new Map(fresh.map(([id, own]) => [id, own.source]));
}

export function rememberOwnComment(id: string, at: string, source: string): void {
  const entries = read();
  write({ ...entries, [id]: { at: entries[id]?.at ?? Date.parse(at), source } });
}
