/**
 * Comment storage, run once per database engine: PGlite always, PostgreSQL when TEST_DATABASE_URL
 * names a server (always in CI).
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db';
import {
  addComment,
  blockCommenter,
  CommentError,
  commentsByStatus,
  countComments,
  deleteComment,
  editOwnComment,
  isBlocked,
  isDuplicate,
  listComments,
  OWN_EDIT_WINDOW_MS,
  setCommentStatus,
  withdrawOwnComment,
} from '@/lib/db/comments';
import { backends, newReader, postgresSkipNote, useMigratedConnection, type Backend } from './backends';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

if (postgresSkipNote) {
  console.warn(`\n*** ${postgresSkipNote} ***\n`);
  it.skip(postgresSkipNote, () => {});
}

const article = () => `文章-${randomUUID()}`;
const minutes = (n: number) => n * 60 * 1000;

describe.each(backends)('$name', (backend: Backend) => {
  let db: Database;
  const connection = useMigratedConnection(backend);
  beforeAll(() => {
    db = connection().db;
  });

  const reader = (name?: string) => newReader(db, name);

  it('lists approved top-level comments a page at a time, oldest or newest first, each with its replies', async () => {
    const slug = article();
    const alice = await reader('爱丽丝');
    const start = Date.UTC(2026, 0, 1);
    const tops = [];
    for (let i = 0; i < 5; i++) {
      tops.push((await addComment(db, { articleSlug: slug, body: `第 ${i} 条`, by: { readerId: alice.id, name: alice.name! }, status: 'approved', createdAt: new Date(start + minutes(i)) }))!);
    }
    await addComment(db, { articleSlug: slug, body: '待审', by: { guest: { name: '路人' } }, status: 'pending', createdAt: new Date(start + minutes(9)) });
    const reply = await addComment(db, { articleSlug: slug, body: '回复', by: { guest: { name: '路人' } }, status: 'approved', replyTo: tops[1]!.id, createdAt: new Date(start + minutes(10)) });
    // A reply to a reply hangs under the same top-level comment and names whom it answers.
    const nested = await addComment(db, { articleSlug: slug, body: '再回复', by: { readerId: alice.id, name: '爱丽丝' }, status: 'approved', replyTo: reply!.id, createdAt: new Date(start + minutes(11)) });
    expect(nested).toMatchObject({ parentId: tops[1]!.id, replyToName: '路人' });

    const oldest = await listComments(db, slug, { perPage: 2 });
    expect(oldest.total).toBe(5);
    expect(oldest.pages).toBe(3);
    expect(oldest.threads.map((t) => t.comment.body)).toEqual(['第 0 条', '第 1 条']);
    expect(oldest.threads[1]!.replies.map((r) => r.body)).toEqual(['回复', '再回复']);
    const newest = await listComments(db, slug, { order: 'newest', perPage: 2, page: 2 });
    expect(newest.threads.map((t) => t.comment.body)).toEqual(['第 2 条', '第 1 条']);
    expect((await countComments(db, [slug, article()])).get(slug)).toBe(7);
  });

  it('refuses a reply to a comment that is not there, or under another article', async () => {
    const slug = article();
    const other = await addComment(db, { articleSlug: article(), body: '别处', by: { guest: { name: '甲' } }, status: 'approved' });
    await expect(addComment(db, { articleSlug: slug, body: 'x', by: { guest: { name: '乙' } }, status: 'approved', replyTo: randomUUID() })).rejects.toThrow(CommentError);
    await expect(addComment(db, { articleSlug: slug, body: 'x', by: { guest: { name: '乙' } }, status: 'approved', replyTo: other!.id })).rejects.toThrow('other-article');
  });

  it('lets a reader edit or withdraw their own comment for ten minutes, and no one else’s', async () => {
    const slug = article();
    const [alice, bob] = [await reader('甲'), await reader('乙')];
    const at = new Date(Date.UTC(2026, 1, 1));
    const own = (await addComment(db, { articleSlug: slug, body: '初稿', by: { readerId: alice.id, name: '甲' }, status: 'approved', createdAt: at }))!;
    expect(await editOwnComment(db, own.id, bob.id, '改写', new Date(at.getTime() + minutes(1)))).toBe('not-found');
    expect(await editOwnComment(db, own.id, alice.id, '改好了', new Date(at.getTime() + minutes(9)))).toBe('done');
    expect(await editOwnComment(db, own.id, alice.id, '太晚', new Date(at.getTime() + OWN_EDIT_WINDOW_MS + 1))).toBe('too-late');
    expect(await withdrawOwnComment(db, own.id, alice.id, new Date(at.getTime() + minutes(10)))).toBe('done');
    const { threads } = await listComments(db, slug);
    expect(threads[0]!.comment).toMatchObject({ body: '改好了' });
    expect(threads[0]!.comment.editedAt).not.toBeNull();
    expect(threads[0]!.comment.withdrawnAt).not.toBeNull();
    // Withdrawn: still a row (replies may hang on it), no longer counted.
    expect((await countComments(db, [slug])).get(slug)).toBe(0);
  });

  it('moderates: hides, marks spam, approves and deletes; a deleted comment’s replies stay', async () => {
    const slug = article();
    const top = (await addComment(db, { articleSlug: slug, body: '顶楼', by: { guest: { name: '甲' } }, status: 'pending' }))!;
    const reply = (await addComment(db, { articleSlug: slug, body: '楼中楼', by: { guest: { name: '乙' } }, status: 'approved', replyTo: top.id }))!;
    expect((await commentsByStatus(db, 'pending', { articleSlugs: [slug] })).map((c) => c.id)).toEqual([top.id]);
    expect(await commentsByStatus(db, 'pending', { articleSlugs: [] })).toEqual([]);
    expect(await setCommentStatus(db, top.id, 'approved')).toBe(true);
    expect((await listComments(db, slug)).threads.map((t) => [t.comment.body, t.replies.length])).toEqual([['顶楼', 1]]);
    expect(await setCommentStatus(db, top.id, 'spam')).toBe(true);
    expect((await commentsByStatus(db, 'spam', { articleSlugs: [slug] })).map((c) => c.id)).toEqual([top.id]);
    expect(await deleteComment(db, top.id)).toBe(true);
    expect(await deleteComment(db, top.id)).toBe(false);
    expect(await setCommentStatus(db, randomUUID(), 'hidden')).toBe(false);
    expect((await listComments(db, slug)).threads.map((t) => t.comment.id)).toEqual([reply.id]);
  });

  it('blocks a reader or a guest address, once', async () => {
    const alice = await reader();
    const hash = randomUUID().replaceAll('-', '');
    expect(await isBlocked(db, { readerId: alice.id, emailHash: hash })).toBe(false);
    await blockCommenter(db, { readerId: alice.id }, 'editor');
    await blockCommenter(db, { readerId: alice.id }, 'editor');
    await blockCommenter(db, { emailHash: hash }, 'editor');
    expect(await isBlocked(db, { readerId: alice.id })).toBe(true);
    expect(await isBlocked(db, { emailHash: hash })).toBe(true);
    expect(await isBlocked(db, { readerId: (await reader()).id, emailHash: 'other' })).toBe(false);
    expect(await isBlocked(db, {})).toBe(false);
  });

  it('imports a comment once, whatever the number of runs, and knows a repeated text', async () => {
    const slug = article();
    const key = `waline:${randomUUID()}`;
    const first = await addComment(db, { articleSlug: slug, body: '旧评论', by: { guest: { name: '老读者', emailHash: 'h1' } }, status: 'approved', importKey: key });
    const again = await addComment(db, { articleSlug: slug, body: '旧评论', by: { guest: { name: '老读者', emailHash: 'h1' } }, status: 'approved', importKey: key });
    expect(first).toBeDefined();
    expect(again).toBeUndefined();
    expect((await countComments(db, [slug])).get(slug)).toBe(1);
    expect(await isDuplicate(db, slug, { guest: { name: '别人', emailHash: 'h1' } }, '旧评论')).toBe(true);
    expect(await isDuplicate(db, slug, { guest: { name: '别人', emailHash: 'h2' } }, '旧评论')).toBe(false);
  });

  it('stores no empty body and none beyond the bound', async () => {
    const by = { guest: { name: '甲' } };
    await expect(addComment(db, { articleSlug: article(), body: '', by, status: 'approved' })).rejects.toThrow();
    await expect(addComment(db, { articleSlug: article(), body: '字'.repeat(20_001), by, status: 'approved' })).rejects.toThrow();
  });
});
