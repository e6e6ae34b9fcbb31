import { timingSafeEqual } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { getContentIndex } from '@/lib/content';
import { env } from '@/lib/env';

/** Constant-time comparison of the bearer token with each accepted secret. */
function authorized(request: Request): boolean {
  const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token) return false;
  const given = Buffer.from(token);
  return env().preview.revalidateSecrets.some((secret) => {
    const expected = Buffer.from(secret);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/**
 * Publishes what has come due: every page is regenerated on its next request, so articles whose
 * `publishAt` (or `date`) has passed appear in lists, feeds, the sitemap and at their own address,
 * without a rebuild. A cron calls it every few minutes (Vercel Cron sends `Authorization: Bearer
 * $CRON_SECRET`; elsewhere REVALIDATE_SECRET). Answers what is public now and when the next
 * scheduled article is due.
 */
async function handle(request: Request): Promise<Response> {
  if (env().preview.revalidateSecrets.length === 0) return Response.json({ error: 'REVALIDATE_SECRET is not set' }, { status: 404 });
  if (!authorized(request)) return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  const index = await getContentIndex();
  revalidatePath('/', 'layout');
  return Response.json(
    { revalidated: true, public: index.articles.length, nextPublishAt: index.nextPublishAt ? new Date(index.nextPublishAt).toISOString() : null },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}

export { handle as GET, handle as POST };
