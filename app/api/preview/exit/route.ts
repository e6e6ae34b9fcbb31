import { cookies, draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { articleHref, decodeParam } from '@/lib/content';
import { PREVIEW_COOKIE } from '@/lib/preview/access';

/** Leaves Draft Mode and goes back to the article's address, which readers see (404 until it is published). */
export async function GET(request: NextRequest): Promise<Response> {
  (await draftMode()).disable();
  (await cookies()).delete(PREVIEW_COOKIE);
  const slug = request.nextUrl.searchParams.get('slug');
  redirect(slug ? articleHref(decodeParam(slug)) : '/');
}
