import { NextResponse, type NextRequest } from 'next/server';

/**
 * Addresses ending in `/`. Hexo blogs link every post and list that way (`/2020/05/14/foo/`), so
 * Next's own trailing-slash redirect is off (next.config.js) and such an address goes to
 * app/moved, which sends it in one permanent redirect to where it lives now: the post's new
 * address, or the same address without the slash. With a query string (`/search/?q=…`) the slash is
 * simply dropped here, query kept, as Next would.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const withoutSlash = pathname.replace(/\/+$/, '');
  // New URLs rather than a changed nextUrl, which would keep the slash it was asked with.
  if (search) return NextResponse.redirect(new URL(`${withoutSlash || '/'}${search}`, request.url), 308);
  return NextResponse.rewrite(new URL(`/moved${withoutSlash}`, request.url));
}

export const config = {
  // Every address ending in `/` but the home page, Next's own files and the JSON endpoints.
  matcher: ['/((?!_next/|api/).+)/'],
};
