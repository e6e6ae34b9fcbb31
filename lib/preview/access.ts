/**
 * Who may see an unpublished article: in development everyone; otherwise the article's author
 * (signed in with an identity their profile lists), an editor (site settings or EDITORS), or
 * whoever opened a signed preview link for it in this browser.
 */
import { cookies, draftMode } from 'next/headers';
import { getAuthorIdentities, getUnpublishedArticle, type ArticleMeta } from '../content';
import { env } from '../env';
import { site } from '../site';
import { readGrantCookie } from './link';

export const PREVIEW_COOKIE = 'yuedu_preview';

/** Sign-in identities (lower case) of the site's editors: site settings and EDITORS. */
export function editorIdentities(): Set<string> {
  return new Set([...site.editors.map((e) => e.toLowerCase()), ...env().preview.editors]);
}

/** Whether someone signed in with `identities` may preview `article`. */
export async function identitiesMayPreview(identities: string[], article: Pick<ArticleMeta, 'author'>): Promise<boolean> {
  if (identities.length === 0) return false;
  const allowed = new Set([...editorIdentities(), ...(await getAuthorIdentities(article.author.slug))]);
  return identities.some((identity) => allowed.has(identity.toLowerCase()));
}

/** Development: drafts are everyone's to see, as the author's own machine. */
export const draftsOpenToAll = () => !env().production;

/**
 * The unpublished article behind `slugParam` if this request may see it: Draft Mode is on and a
 * preview link or the signed-in author or editor allows it (or it is development). Undefined
 * otherwise, exactly as for an article that does not exist.
 */
export async function previewableArticle(slugParam: string): Promise<ArticleMeta | undefined> {
  const article = await getUnpublishedArticle(slugParam);
  if (!article) return undefined;
  if (draftsOpenToAll()) return article;
  if (!(await draftMode()).isEnabled) return undefined;
  const secret = env().preview.secret;
  if (secret && readGrantCookie((await cookies()).get(PREVIEW_COOKIE)?.value, secret) === article.slug) return article;
  // Imported here, not with the module: sign-in brings next-auth and the database, which the article
  // route needs only to preview a draft, never to show a public article.
  const { currentReader } = await import('../auth/session');
  const reader = await currentReader();
  return reader && (await identitiesMayPreview(reader.identities, article)) ? article : undefined;
}
