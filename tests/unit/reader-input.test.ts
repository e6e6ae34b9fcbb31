import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MERGE_LIMIT, mergeInput, readingInput } from '@/lib/reader/input';

describe('readingInput', () => {
  it.each([0, 0.5, 1])('accepts progress %s', (progress) => {
    expect(readingInput.parse({ progress })).toEqual({ progress });
  });

  it('takes the time the browser saw the position, clamping one ahead of the server to now', () => {
    const seen = Date.now() - 60_000;
    expect(readingInput.parse({ progress: 0.4, at: seen })).toEqual({ progress: 0.4, at: new Date(seen) });
    const ahead = readingInput.parse({ progress: 0.4, at: Date.now() + 3_600_000 }).at!;
    expect(ahead.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it.each([
    ['a time that is not one', { progress: 0.5, at: 'yesterday' }],
    ['a time before the site', { progress: 0.5, at: 0 }],
    ['below 0', { progress: -0.1 }],
    ['above 1', { progress: 1.1 }],
    ['NaN', { progress: Number.NaN }],
    ['Infinity', { progress: Number.POSITIVE_INFINITY }],
    ["'NaN'", { progress: 'NaN' }],
    ["'0.5'", { progress: '0.5' }],
    ['null', { progress: null }],
    ['no progress', {}],
    ['an extra key', { progress: 0.5, slug: 'x' }],
  ])('refuses %s', (_name, body) => {
    expect(readingInput.safeParse(body).success).toBe(false);
  });
});

describe('mergeInput', () => {
  const now = new Date('2031-06-01T12:00:00Z');
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const bookmark = (changes: Record<string, unknown> = {}) => ({ slug: 'hello', at: '2030-01-02T03:04:05.000Z', ...changes });
  const reading = (changes: Record<string, unknown> = {}) => ({ slug: 'hello', progress: 0.5, at: '2030-01-02T03:04:05.000Z', ...changes });

  it('has empty lists by default', () => {
    expect(mergeInput.parse({})).toEqual({ bookmarks: [], history: [] });
    expect(mergeInput.parse({ history: [reading()] }).bookmarks).toEqual([]);
  });

  it('accepts times as ISO strings and as epoch milliseconds, giving Dates', () => {
    const millis = Date.parse('2030-01-02T03:04:05.000Z');
    expect(mergeInput.parse({ bookmarks: [bookmark(), bookmark({ slug: '文章', at: millis })], history: [reading({ at: millis })] })).toEqual({
      bookmarks: [
        { slug: 'hello', at: new Date(millis) },
        { slug: '文章', at: new Date(millis) },
      ],
      history: [{ slug: 'hello', progress: 0.5, at: new Date(millis) }],
    });
  });

  it('clamps a time in the future to now', () => {
    const parsed = mergeInput.parse({ bookmarks: [bookmark({ at: '2099-01-01T00:00:00Z' })], history: [reading({ at: now.getTime() + 60_000 })] });
    expect(parsed.bookmarks[0]!.at).toEqual(now);
    expect(parsed.history[0]!.at).toEqual(now);
  });

  it(`accepts ${MERGE_LIMIT} of each and refuses one more`, () => {
    const many = (n: number, make: (i: number) => object) => Array.from({ length: n }, (_, i) => make(i));
    const full = { bookmarks: many(MERGE_LIMIT, (i) => bookmark({ slug: `a-${i}` })), history: many(MERGE_LIMIT, (i) => reading({ slug: `a-${i}` })) };
    expect(mergeInput.safeParse(full).success).toBe(true);
    expect(mergeInput.safeParse({ bookmarks: many(MERGE_LIMIT + 1, (i) => bookmark({ slug: `a-${i}` })) }).success).toBe(false);
    expect(mergeInput.safeParse({ history: many(MERGE_LIMIT + 1, (i) => reading({ slug: `a-${i}` })) }).success).toBe(false);
  });

  it.each([
    ['a number as a slug', { bookmarks: [bookmark({ slug: 42 })] }],
    ['an empty slug', { bookmarks: [bookmark({ slug: '' })] }],
    ['a history slug that is not a string', { history: [reading({ slug: ['a'] })] }],
    ['no slug', { bookmarks: [{ at: '2030-01-02T00:00:00Z' }] }],
    ['a slug longer than 500 characters', { bookmarks: [bookmark({ slug: 'a'.repeat(501) })] }],
    ['an extra key at the top', { bookmarks: [], likes: [] }],
    ['an extra key in a bookmark', { bookmarks: [bookmark({ progress: 0.5 })] }],
    ['an extra key in a reading', { history: [reading({ title: 'x' })] }],
    ['a time before 2000', { bookmarks: [bookmark({ at: '1999-12-31T23:59:59Z' })] }],
    ['epoch 0', { bookmarks: [bookmark({ at: 0 })] }],
    ['an unparsable time', { bookmarks: [bookmark({ at: 'yesterday' })] }],
    ['a time that is not a string or number', { bookmarks: [bookmark({ at: true })] }],
    ['no time', { history: [{ slug: 'hello', progress: 0.5 }] }],
    ['progress above 1', { history: [reading({ progress: 1.5 })] }],
    ['progress below 0', { history: [reading({ progress: -0.5 })] }],
    ['progress as a string', { history: [reading({ progress: '0.5' })] }],
    ['bookmarks that are not a list', { bookmarks: { slug: 'hello' } }],
  ])('refuses %s', (_name, body) => {
    expect(mergeInput.safeParse(body).success).toBe(false);
  });

  it('accepts a time just after 2000 began', () => {
    expect(mergeInput.parse({ bookmarks: [bookmark({ at: '2000-01-01T00:00:01Z' })] }).bookmarks[0]!.at).toEqual(new Date('2000-01-01T00:00:01Z'));
  });
});
