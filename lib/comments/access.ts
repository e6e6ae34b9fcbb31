/**
 * Who speaks with which voice under an article, and who moderates which comments: the same
 * identities drafts use. Editors (site settings or EDITORS) moderate every article; an author
 * (signed in with an identity their profile lists) moderates their own articles' comments.
 */
import { getArticles, getAuthorIdentities, getAuthors, type ArticleMeta } from '../content';
import type { CommentRole } from '../db/comments';
import { editorIdentities } from '../preview/access';

const lower = (identities: string[]) => identities.map((identity) => identity.toLowerCase());

function isEditor(identities: string[]): boolean {
  const editors = editorIdentities();
  return lower(identities).some((identity) => editors.has(identity));
}

/** 作者 when the writer is the article's author, 编辑 when an editor, else none. */
export async function commentRole(identities: string[], article: Pick<ArticleMeta, 'author'>): Promise<CommentRole | null> {
  if (identities.length === 0) return null;
  const own = new Set(lower(await getAuthorIdentities(article.author.slug)));
  if (lower(identities).some((identity) => own.has(identity))) return 'author';
  return isEditor(identities) ? 'editor' : null;
}

/** What a signed-in reader may moderate: every article, the slugs of their own, or nothing. */
export type ModerationScope = { all: true } | { all: false; articleSlugs: string[] };

export async function moderationScope(identities: string[]): Promise<ModerationScope | null> {
  if (identities.length === 0) return null;
  if (isEditor(identities)) return { all: true };
  const mine = new Set(lower(identities));
  const authors = await getAuthors();
  const own = new Set<string>();
  for (const author of authors) {
    if (lower(await getAuthorIdentities(author.slug)).some((identity) => mine.has(identity))) own.add(author.slug);
  }
  if (own.size === 0) return null;
  const articleSlugs = (await getArticles()).filter((article) => own.has(article.author.slug)).map((article) => article.slug);
  return { all: false, articleSlugs };
}

/** Whether `scope` covers a comment under `articleSlug`. */
export const mayModerate = (scope: ModerationScope, articleSlug: string) => scope.all || scope.articleSlugs.includes(articleSlug);
