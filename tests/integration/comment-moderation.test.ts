/**
 * Moderating comments (what /moderation does), run once per database engine: PGlite always,
 * PostgreSQL when TEST_DATABASE_URL names a server (always in CI).
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { moderateComment, type Moderator } from '@/lib/comments/moderate';
import type { Database } from '@/lib/db';
import { addComment, countCommentsByStatus, findComment, isBlocked, listComments } from '@/lib/db/comments';
import { backends, newReader, postgresSkipNote, useMigratedConnection, type Backend } from './backends';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

if (postgresSkipNote) {
  console.warn(`\n*** ${postgresSkipNote} ***\n`);
  it.skip(postgresSkipNote, () => {});
}

const article = () => `文章-${randomUUID()}`;

describe.each(backends)('$name', (backend: Backend) => {
  let db: Database;
  const connection = useMigratedConnection(backend);
  beforeAll(() => {
    db = connection().db;
  });

  const reader = (name?: string) => newReader(db, name);
  const guestComment = (articleSlug: string, body: string, emailHash: string | null = null) =>
    addComment(db, { articleSlug, body, by: { guest: { name: '路人', emailHash } }, status: 'pending' }).then((c) => c!);
  const editor: Moderator = { scope: { all: true }, readerId: null, login: 'editor@example.test' };

  it('counts comments in each status, over every article or only some', async () => {
    const [mine, other] = [article(), article()];
    const first = await guestComment(mine, '一');
    await guestComment(mine, '二');
    await guestComment(other, '三');
    await moderateComment({ id: first.id, intent: 'spam' }, db, editor);
    expect(await countCommentsByStatus(db, { articleSlugs: [mine] })).toEqual({ pending: 1, approved: 0, hidden: 0, spam: 1 });
    expect(await countCommentsByStatus(db, { articleSlugs: [] })).toEqual({ pending: 0, approved: 0, hidden: 0, spam: 0 });
    const everywhere = await countCommentsByStatus(db);
    expect(everywhere.pending).toBeGreaterThanOrEqual(2);
    expect(everywhere.spam).toBeGreaterThanOrEqual(1);
  });

  it('approves, hides and marks spam, keeping the row; deletes only when asked', async () => {
    const slug = article();
    const comment = await guestComment(slug, '等待审核');
    const shownIds = async () => (await listComments(db, slug)).threads.map((t) => t.comment.id);

    expect(await moderateComment({ id: comment.id, intent: 'approve' }, db, editor)).toEqual({ ok: true, intent: 'approve', articleSlug: slug });
    expect(await shownIds()).toEqual([comment.id]);
    await moderateComment({ id: comment.id, intent: 'hide' }, db, editor);
    expect(await shownIds()).toEqual([]);
    expect(await findComment(db, comment.id)).toMatchObject({ status: 'hidden', body: '等待审核' });
    await moderateComment({ id: comment.id, intent: 'spam' }, db, editor);
    expect(await findComment(db, comment.id)).toMatchObject({ status: 'spam' });

    expect(await moderateComment({ id: comment.id, intent: 'delete' }, db, editor)).toMatchObject({ ok: true, intent: 'delete' });
    expect(await findComment(db, comment.id)).toBeUndefined();
    expect(await moderateComment({ id: comment.id, intent: 'approve' }, db, editor)).toEqual({ ok: false, error: 'not-found' });
  });

  it('lets an author moderate their own articles’ comments and no others', async () => {
    const [own, others] = [article(), article()];
    const author: Moderator = { scope: { all: false, articleSlugs: [own] }, readerId: (await reader('作者')).id, login: 'bob@example.test' };
    const onOwn = await guestComment(own, '我的文章下');
    const elsewhere = await guestComment(others, '别人的文章下');

    expect(await moderateComment({ id: onOwn.id, intent: 'approve' }, db, author)).toMatchObject({ ok: true });
    for (const intent of ['approve', 'hide', 'spam', 'delete', 'block'] as const) {
      expect(await moderateComment({ id: elsewhere.id, intent }, db, author)).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(await findComment(db, elsewhere.id)).toMatchObject({ status: 'pending' });
    expect(await moderateComment({ id: onOwn.id, intent: 'hide' }, db, { ...author, scope: null })).toEqual({ ok: false, error: 'forbidden' });
  });

  it('blocks a signed-in writer or a guest’s address, never a guest without one, nor the moderator', async () => {
    const slug = article();
    const writer = await reader('写评论的人');
    const byReader = (await addComment(db, { articleSlug: slug, body: '读者的评论', by: { readerId: writer.id, name: '写评论的人' }, status: 'approved' }))!;
    const hash = randomUUID().replaceAll('-', '');
    const byGuest = await guestComment(slug, '访客的评论', hash);
    const anonymous = await guestComment(slug, '没留邮箱的访客');

    expect(await moderateComment({ id: byReader.id, intent: 'block' }, db, editor)).toMatchObject({ ok: true, intent: 'block' });
    expect(await isBlocked(db, { readerId: writer.id })).toBe(true);
    expect(await moderateComment({ id: byGuest.id, intent: 'block' }, db, editor)).toMatchObject({ ok: true });
    expect(await isBlocked(db, { emailHash: hash })).toBe(true);
    expect(await moderateComment({ id: anonymous.id, intent: 'block' }, db, editor)).toEqual({ ok: false, error: 'no-email' });
    // Blocking keeps the comments as they were: hiding them is a decision of its own.
    expect(await findComment(db, byReader.id)).toMatchObject({ status: 'approved' });

    const self = await reader('编辑');
    const own = (await addComment(db, { articleSlug: slug, body: '编辑自己的评论', by: { readerId: self.id, name: '编辑' }, status: 'approved' }))!;
    expect(await moderateComment({ id: own.id, intent: 'block' }, db, { ...editor, readerId: self.id })).toEqual({ ok: false, error: 'self' });
    expect(await isBlocked(db, { readerId: self.id })).toBe(false);
  });

  it('refuses input that is not a comment id and a known decision, and says when the database is unavailable', async () => {
    const comment = await guestComment(article(), '原样');
    for (const input of [{ id: 'not-a-uuid', intent: 'approve' }, { id: comment.id, intent: 'publish' }, { id: comment.id }, null, 'approve']) {
      expect(await moderateComment(input, db, editor)).toEqual({ ok: false, error: 'invalid' });
    }
    expect(await moderateComment({ id: comment.id, intent: 'approve' }, null, editor)).toEqual({ ok: false, error: 'unavailable' });
    expect(await findComment(db, comment.id)).toMatchObject({ status: 'pending' });
  });
});
