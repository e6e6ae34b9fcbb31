import { cookies, draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { currentReader } from '@/lib/auth/session';
import { articleHref, getArticle, getUnpublishedArticle } from '@/lib/content';
import { env } from '@/lib/env';
import { identitiesMayPreview, PREVIEW_COOKIE } from '@/lib/preview/access';
import { checkPreview, grantCookieValue } from '@/lib/preview/link';

function refuse(reason: 'expired' | 'invalid' | 'unknown' | 'forbidden' | 'off'): never {
  redirect(`/preview/error?reason=${reason}`);
}

/**
 * Opens an unpublished article in Draft Mode, then goes to the article's own path (looked up
 * from the slug, never taken from the query). Two ways in:
 *  - a signed link, `?slug=…&expires=…&sig=…`, for someone without an account;
 *  - `?slug=…` alone, for the signed-in author or an editor (the 预览 button on /drafts).
 */
export async function GET(request: NextRequest): Promise<Response> {
  const query = request.nextUrl.searchParams;
  const slugParam = query.get('slug') ?? '';
  const article = (await getUnpublishedArticle(slugParam)) ?? (await getArticle(slugParam));
  const secret = env().preview.secret;

  if (query.has('sig') || query.has('expires')) {
    if (!secret) refuse('off');
    const check = checkPreview(query.get('slug'), query.get('expires'), query.get('sig'), secret);
    if (check !== 'ok') refuse(check);
    if (!article) refuse('unknown');
    const expires = Number(query.get('expires'));
    (await draftMode()).enable();
    (await cookies()).set(PREVIEW_COOKIE, grantCookieValue({ slug: article.slug, expires }, secret), {
      httpOnly: true,
      sameSite: 'lax',
      secure: request.nextUrl.protocol === 'https:',
      path: '/',
      expires: new Date(expires),
    });
  } else {
    if (!article) refuse('unknown');
    const reader = await currentReader();
    if (!reader) redirect(`/login?callbackUrl=${encodeURIComponent(`/api/preview?slug=${encodeURIComponent(article.slug)}`)}`);
    if (!(await identitiesMayPreview(reader.identities, article))) refuse('forbidden');
    (await draftMode()).enable();
  }
  redirect(articleHref(article.slug));
}
