/**
 * HTML that reaches the page once: in the server-rendered document, and not a second time in the
 * React payload the page hydrates from. components/static-html.tsx explains the how; this module
 * is the hand-over between the two renders of one request, which run in the same server process:
 * the server component leaves the HTML here under a fresh key, and the server-side render of the
 * client component picks it up.
 */
const STASH = Symbol.for('yuedu.static-html');
/** Long enough for any render to pick its HTML up; a payload rendered without a page (a prefetch) leaves it to expire. */
const KEEP_MS = 60_000;

type Stash = Map<string, { html: string; at: number }>;
const shared = globalThis as { [STASH]?: Stash };

export function stashHtml(html: string): string {
  const stash = (shared[STASH] ??= new Map());
  const now = Date.now();
  for (const [key, entry] of stash) {
    if (now - entry.at < KEEP_MS) break;
    stash.delete(key);
  }
  const key = `${now.toString(36)}-${Math.random().toString(36).slice(2)}`;
  stash.set(key, { html, at: now });
  return key;
}

export function stashedHtml(key: string): string | undefined {
  return shared[STASH]?.get(key)?.html;
}

/** What StaticHtml is given for its HTML: a stash key, or the HTML itself. */
export type StaticHtmlSource = { stash: string } | { html: string };

/**
 * The HTML for StaticHtml, from a server component. Built for production, a stash key: the HTML
 * travels once. Under `next dev`, the HTML itself, in the payload: a saved article re-renders the
 * open page (components/content-refresher.tsx), and only what travels in the payload reaches it.
 */
export function staticHtmlSource(html: string): StaticHtmlSource {
  return process.env.NODE_ENV === 'production' ? { stash: stashHtml(html) } : { html };
}
