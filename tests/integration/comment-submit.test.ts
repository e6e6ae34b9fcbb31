/**
 * Posting a comment (lib/comments/submit.ts), run once per database engine: every refusal in its
 * order, with its Chinese message and nothing stored; what waits for a moderator and what shows.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/db';
import { blockCommenter, countComments, listComments } from '@/lib/db/comments';
import { emailHash } from '@/lib/comments/input';
import { acquireCommentSlot, submitComment, type SubmitCommentContext } from '@/lib/comments/submit';
import { t } from '@/lib/strings';
import { createRateLimiter } from '@/lib/rate-limit/limiter';
import { memoryStore } from '@/lib/rate-limit/store';
import { backends, newReader, postgresSkipNote, useMigratedConnection, type Backend } from './backends';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

if (postgresSkipNote) {
  console.warn(`\n*** ${postgresSkipNote} ***\n`);
  it.skip(postgresSkipNote, () => {});
}

const errors = t.comments.errors;
const open = new Set<string>();
const closed = new Set<string>();
function article(commentsOpen = true): string {
  const slug = `文章-${randomUUID()}`;
  (commentsOpen ? open : closed).add(slug);
  return slug;
}

describe.each(backends)('$name', (backend: Backend) => {
  let db: Database;
  const connection = useMigratedConnection(backend);
  beforeAll(() => {
    db = connection().db;
  });

  const context = (articleSlug: string, changes: Partial<SubmitCommentContext> = {}): SubmitCommentContext => ({
    db,
    articleSlug,
    resolveArticle: async (slug) => (open.has(slug) ? { slug, commentsOpen: true } : closed.has(slug) ? { slug, commentsOpen: false } : undefined),
    guestsAllowed: false,
    ...changes,
  });
  const reader = async () => {
    const r = await newReader(db);
    return { id: r.id, name: r.name! };
  };

  it('shows a signed-in reader’s comment at once, and holds one with more than two links', async () => {
    const slug = article();
    const me = await reader();
    const shown = await submitComment({ body: '写得好 [一个](https://a.example)' }, context(slug, { reader: me }));
    expect(shown).toMatchObject({ ok: true, pending: false });
    const held = await submitComment({ body: 'https://a.example https://b.example https://c.example' }, context(slug, { reader: me }));
    expect(held).toMatchObject({ ok: true, pending: true });
    expect((await countComments(db, [slug])).get(slug)).toBe(1);
  });

  it('takes a guest’s comment only where guests may comment, with a name, and holds it for a moderator', async () => {
    const slug = article();
    expect(await submitComment({ body: '路过', name: '路人' }, context(slug))).toEqual({ ok: false, error: 'login-required', message: errors.loginRequired });
    expect(await submitComment({ body: '路过' }, context(slug, { guestsAllowed: true }))).toEqual({ ok: false, error: 'invalid', message: errors.nameRequired });
    const guest = await submitComment({ body: '路过', name: '路人', email: 'Guest@Example.com', site: 'guest.example' }, context(slug, { guestsAllowed: true }));
    expect(guest).toMatchObject({ ok: true, pending: true, comment: { authorName: '路人', emailHash: emailHash('guest@example.com'), site: 'https://guest.example', status: 'pending' } });
    expect(JSON.stringify(guest)).not.toContain('Guest@Example.com');
    expect((await listComments(db, slug)).total).toBe(0);
  });

  it('holds each reader and each address to 5 comments a minute, apart from one another', async () => {
    const limiter = createRateLimiter({ name: 'comments', limit: 5, windowMs: 60_000, store: memoryStore });
    const tries = async (who: Parameters<typeof acquireCommentSlot>[0]) => {
      const answers: boolean[] = [];
      for (let i = 0; i < 6; i++) answers.push(await acquireCommentSlot(who, limiter));
      return answers;
    };
    expect(await tries({ readerId: 'a' })).toEqual([true, true, true, true, true, false]);
    // A guest at an address that happens to read like the reader's id is another writer.
    expect(await tries({ clientKey: 'a' })).toEqual([true, true, true, true, true, false]);
  });

  it('refuses, in order and with a reason: no article, comments off, bad input, a bot, a block, a repeat', async () => {
    const me = await reader();
    expect(await submitComment({ body: 'x' }, context('没有这篇', { reader: me }))).toMatchObject({ error: 'unknown-article', message: errors.unknownArticle });
    expect(await submitComment({ body: 'x' }, context(article(false), { reader: me }))).toMatchObject({ error: 'closed', message: errors.closed });
    const slug = article();
    expect(await submitComment({ body: '  ' }, context(slug, { reader: me }))).toMatchObject({ error: 'invalid', message: errors.empty });
    expect(await submitComment({ body: '长'.repeat(2001) }, context(slug, { reader: me }))).toMatchObject({ error: 'invalid', message: errors.tooLong(2000) });
    expect(await submitComment({ body: 'x', replyTo: randomUUID() }, context(slug, { reader: me }))).toMatchObject({ error: 'invalid', message: errors.noSuchComment });
    expect(await submitComment({ body: '买药', website: 'https://spam.example' }, context(slug, { reader: me }))).toMatchObject({ error: 'bot', message: errors.bot });

    for (let i = 0; i < 5; i++) expect((await submitComment({ body: `第 ${i} 条` }, context(slug, { reader: me }))).ok).toBe(true);

    expect(await submitComment({ body: '第 0 条' }, context(slug, { reader: me }))).toMatchObject({ error: 'duplicate', message: errors.duplicate });
    await blockCommenter(db, { readerId: me.id }, 'editor');
    expect(await submitComment({ body: '被封了还想说' }, context(slug, { reader: me }))).toMatchObject({ error: 'blocked', message: errors.blocked });
    await blockCommenter(db, { emailHash: emailHash('spammer@example.com') }, 'editor');
    expect(await submitComment({ body: 'x', name: '甲', email: 'SPAMMER@example.com' }, context(slug, { guestsAllowed: true }))).toMatchObject({ error: 'blocked' });
    expect((await countComments(db, [slug])).get(slug)).toBe(5);
  });

  it('answers that comments are unavailable while the database is down, storing nothing', async () => {
    const slug = article();
    const down = await submitComment({ body: '在吗' }, context(slug, { db: null, reader: await reader() }));
    expect(down).toEqual({ ok: false, error: 'unavailable', message: errors.unavailable });
    expect((await countComments(db, [slug])).get(slug)).toBe(0);
  });
});
