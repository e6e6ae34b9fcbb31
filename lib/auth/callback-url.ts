/**
 * Where a reader may be sent back to after signing in or out: a path on this site, never another
 * origin. Anything else (`https://evil.example`, `//evil.example`, `/\evil.example`, `javascript:`)
 * becomes the home page, so no link can use the sign-in flow as an open redirect.
 */
export function safeCallbackPath(value: unknown, siteUrl: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return '/';
  let url: URL;
  try {
    url = new URL(value, siteUrl);
  } catch {
    return '/';
  }
  // Browsers read a backslash as a slash, so `/\evil.example` is protocol-relative to them.
  if (url.origin !== new URL(siteUrl).origin || /^[/\\]{2}/.test(value.replace(/^[\s]+/, ''))) return '/';
  // Dot segments can resolve to a path starting with `//` (`/.//evil.example`): another host to a browser.
  if (url.pathname.startsWith('//')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
