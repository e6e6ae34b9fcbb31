import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMENT_MAX, commentListQuery, editCommentInput, emailHash, linkCount, newCommentInput } from '@/lib/comments/input';
import { renderComment } from '@/lib/comments/render';
import { unsafeMarkup } from '../support/comment-markup';
import { repoRoot } from './helpers';

/** What readers type into the comment form, checked; and what of it reaches the page. */

const vectors: string[] = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'xss-vectors.json'), 'utf8'));

describe('a new comment', () => {
  it('takes up to 2,000 characters, counted as a reader counts them, trimmed', () => {
    expect(newCommentInput.parse({ body: '  好文  \r\n' }).body).toBe('好文');
    expect(newCommentInput.safeParse({ body: '字'.repeat(COMMENT_MAX) }).success).toBe(true);
    // Astral characters (emoji) count once each, not as two UTF-16 units.
    expect(newCommentInput.safeParse({ body: '😀'.repeat(COMMENT_MAX) }).success).toBe(true);
    expect(newCommentInput.safeParse({ body: '字'.repeat(COMMENT_MAX + 1) }).success).toBe(false);
    expect(newCommentInput.safeParse({ body: ' \n ' }).success).toBe(false);
    // What would show as nothing under the article is empty too: only HTML, only an image, empty markup.
    for (const nothing of ['<script>alert(1)</script>', '![](https://example.com/a.png)', '<b></b>', '**  **', '[](https://example.com)']) {
      const parsed = newCommentInput.safeParse({ body: nothing });
      expect(parsed.success, nothing).toBe(false);
      expect(parsed.error?.issues[0]?.message, nothing).toBe('empty');
    }
    expect(newCommentInput.safeParse({}).success).toBe(false);
  });

  it('reads a guest’s name, address and site, and what the no-JavaScript form sends empty', () => {
    const guest = newCommentInput.parse({ body: 'x', name: ' 路人 ', email: 'A@Example.com', site: 'example.com', replyTo: '' });
    expect(guest).toMatchObject({ name: '路人', email: 'A@Example.com', site: 'https://example.com', replyTo: undefined });
    expect(newCommentInput.parse({ body: 'x', email: '', site: '' })).toMatchObject({ email: undefined, site: undefined });
    expect(newCommentInput.safeParse({ body: 'x', email: 'not an address' }).success).toBe(false);
    expect(newCommentInput.safeParse({ body: 'x', site: 'javascript:alert(1)' }).success).toBe(false);
    expect(newCommentInput.safeParse({ body: 'x', replyTo: 'not-a-uuid' }).success).toBe(false);
    expect(newCommentInput.safeParse({ body: 'x', name: '名'.repeat(41) }).success).toBe(false);
    // The database's text holds no NUL: a name or site with one is refused, a body loses it.
    expect(newCommentInput.safeParse({ body: 'x', name: '路\u0000人' }).success).toBe(false);
    expect(newCommentInput.safeParse({ body: 'x', site: 'https://a.example/\u0000' }).success).toBe(false);
    expect(newCommentInput.parse({ body: '好\u0000文' }).body).toBe('好文');
    expect(newCommentInput.safeParse({ body: '\u0000' }).success).toBe(false);
  });

  it('keeps an address only as its hash, the same for the same address however typed', () => {
    expect(emailHash(' A@Example.com ')).toBe(emailHash('a@example.com'));
    expect(emailHash('a@example.com')).toMatch(/^[0-9a-f]{64}$/);
    expect(emailHash('a@example.com')).not.toBe(emailHash('b@example.com'));
  });

  it('counts links: Markdown links, autolinks and bare addresses', () => {
    expect(linkCount('没有链接')).toBe(0);
    expect(linkCount('[a](https://a.example) <http://b.example> www.c.example')).toBe(3);
  });

  it('edits take the same body rule; lists take a sort and a page', () => {
    expect(editCommentInput.safeParse({ body: '改' }).success).toBe(true);
    expect(editCommentInput.safeParse({ body: '改', extra: 1 }).success).toBe(false);
    expect(commentListQuery.parse({})).toEqual({ sort: 'oldest', page: 1 });
    expect(commentListQuery.parse({ sort: 'newest', page: '3' })).toEqual({ sort: 'newest', page: 3 });
    expect(commentListQuery.safeParse({ page: '0' }).success).toBe(false);
  });
});

describe('a comment on the page', () => {
  it('renders the safe subset: emphasis, links (nofollow ugc), code, quotes, lists', () => {
    const html = renderComment('**重点** ~~删~~ `code`\n\n> 引用\n\n- 一\n- 二\n\n[链接](https://example.com)\n\n```js\nlet a = 1;\n```');
    expect(html).toContain('<strong>重点</strong>');
    expect(html).toContain('<del>删</del>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<li>一</li>');
    expect(html).toContain('<a href="https://example.com" rel="nofollow ugc noopener">链接</a>');
    expect(html).toMatch(/<pre><code>let a = 1;\n<\/code><\/pre>/);
  });

  it('closes emphasis after Chinese punctuation, as articles do', () => {
    expect(renderComment('**重点。**好')).toBe('<p><strong>重点。</strong>好</p>');
  });

  it('shows no image, heading, table or HTML of the writer’s', () => {
    const html = renderComment('# 标题\n\n![图](https://example.com/a.png)\n\n<b>粗</b><img src=x>\n\n| a |\n| - |\n| b |');
    expect(html).not.toMatch(/<(img|h1|table|b)\b/);
    expect(html).toContain('标题');
  });

  it('lets no XSS vector run or survive', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(150);
    const survived = vectors.flatMap((vector) => unsafeMarkup(renderComment(vector)).map((found) => `${vector} → ${found}`));
    expect(survived).toEqual([]);
  });
});
