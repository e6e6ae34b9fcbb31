'use server';

import { authBaseUrl, currentReader } from '@/lib/auth/session';
import { getUnpublishedArticle } from '@/lib/content';
import { env } from '@/lib/env';
import { draftsOpenToAll, identitiesMayPreview } from '@/lib/preview/access';
import { previewLinkPath } from '@/lib/preview/link';
import { absoluteUrl } from '@/lib/seo';
import { t } from '@/lib/strings';

export type PreviewLinkResult = { ok: true; url: string } | { ok: false; message: string };

/** A signed preview link for an unpublished article, for its author or an editor to share. */
export async function createPreviewLink(slug: string): Promise<PreviewLinkResult> {
  const secret = env().preview.secret;
  if (!secret) return { ok: false, message: t.preview.noSecret };
  const article = await getUnpublishedArticle(slug);
  if (!article) return { ok: false, message: t.preview.errors.unknown };
  const reader = await currentReader();
  const allowed = draftsOpenToAll() || (reader !== null && (await identitiesMayPreview(reader.identities, article)));
  if (!allowed) return { ok: false, message: t.preview.errors.forbidden };
  return { ok: true, url: absoluteUrl(previewLinkPath(article.slug, secret), `${authBaseUrl()}/`) };
}
