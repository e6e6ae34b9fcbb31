import { NextResponse, type NextRequest } from 'next/server';

/**
 * Addresses of the shapes a Hexo blog linked: ending in `/` (`/2020/05/14/foo/`) or in `.html`
 * (`/posts/3f9a.html`, `/categories/a/index.html`). Next's own trailing-slash redirect is off
 * (next.config.js), and such an address goes to app/moved, which answers it in one permanent
 * redirect: to where it lives now, or, for a slash the site does not use, to the same address
 * without it. With a query string (`/search/?q=…`) the slash is simply dropped here, query kept, as
 * Next would.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const withoutSlash = pathname.replace(/\/+$/, '');
  const slashed = pathname !== '/' && withoutSlash !== pathname;
  const html = slashed || pathname.startsWith('/api/') ? null : /\.(html?)$/i.exec(pathname);
  // The matcher sees the address decoded: `/x/%3F` ends in `/` there, not here. Such an address is
  // the routes' own to answer.
  if (!slashed && !html) return NextResponse.next();
  // New URLs rather than a changed nextUrl, which would keep the slash it was asked with. The JSON
  // endpoints were never a blog's, and a client of theirs follows a 308 with its method and body.
  if (slashed && (search || pathname.startsWith('/api/'))) return NextResponse.redirect(new URL(`${withoutSlash || '/'}${search}`, request.url), 308);
  // What app/moved cannot see in its path is told by a last segment of its own: a slash that was
  // there (`-`), or the `.html` ending (`-html`), which Next would otherwise take for a file.
  const base = html ? pathname.slice(0, -html[0].length) : withoutSlash;
  return NextResponse.rewrite(new URL(`/moved${base}/${html ? `-${html[1]!.toLowerCase()}` : '-'}`, request.url));
}

export const config = {
  // Every address ending in `/` but the home page and Next's own files, and every `.html` one but the JSON endpoints'.
  matcher: ['/((?!_next/).+)/', '/((?!_next/|api/).+\\.html?)'],
};
