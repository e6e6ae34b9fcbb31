import { describe, expect, it } from 'vitest';
import { moderationHref, moderationQuery } from '@/lib/comments/moderation-query';

/** The /moderation address: the tab, maybe one article, and the outcome a decision's redirect carries back. */

const parsed = (href: string) => moderationQuery.parse(Object.fromEntries(new URL(href, 'http://site.test').searchParams));

describe('the moderation address', () => {
  it('carries a view and a decision’s outcome there and back', () => {
    expect(parsed(moderationHref({ status: 'hidden' }, { done: 'hide' }))).toEqual({ status: 'hidden', article: undefined, done: 'hide', error: undefined });
    expect(parsed(moderationHref({ status: 'spam', article: '中文 slug&x' }, { error: 'no-email' }))).toEqual({ status: 'spam', article: '中文 slug&x', done: undefined, error: 'no-email' });
    expect(moderationHref({ status: 'pending' })).toBe('/moderation?status=pending');
    expect(moderationHref({ status: 'pending', article: 'a-b' })).toBe('/moderation?status=pending&article=a-b');
  });

  it('opens 待审核 of every article by default and ignores what it does not know, so no made-up text reaches the page', () => {
    expect(moderationQuery.parse({})).toEqual({ status: 'pending', article: undefined, done: undefined, error: undefined });
    expect(moderationQuery.parse({ status: 'deleted', article: '  ', done: '<b>已通过</b>', error: 'anything' })).toEqual({
      status: 'pending',
      article: undefined,
      done: undefined,
      error: undefined,
    });
    // A repeated parameter counts once, as its first value.
    expect(moderationQuery.parse({ status: ['spam', 'hidden'], done: ['block', 'delete'] })).toMatchObject({ status: 'spam', done: 'block' });
  });
});
