import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEnv } from '@/lib/env';
import { prerenderedArticles, prerenderedPageNumbers } from '@/lib/prerender';
import { site } from '@/lib/site';
import { staticHtmlSource, stashedHtml, stashHtml } from '@/lib/static-html';

describe('what the build prerenders', () => {
  it('takes the newest articles, as many as the setting says', () => {
    const newestFirst = Array.from({ length: 2500 }, (_, i) => `a${i}`);
    expect(prerenderedArticles(newestFirst, site.prerender.articles)).toHaveLength(site.prerender.articles);
    expect(prerenderedArticles(newestFirst, 3)).toEqual(['a0', 'a1', 'a2']);
    expect(prerenderedArticles(newestFirst, 0)).toEqual([]);
  });

  it('lists the pages after the first, up to the setting and the end of the list', () => {
    expect(prerenderedPageNumbers(0, 10, 3)).toEqual([]);
    expect(prerenderedPageNumbers(10, 10, 3)).toEqual([]);
    expect(prerenderedPageNumbers(11, 10, 3)).toEqual([2]);
    expect(prerenderedPageNumbers(25, 10, 3)).toEqual([2, 3]);
    expect(prerenderedPageNumbers(10_000, 10, 3)).toEqual([2, 3]);
    expect(prerenderedPageNumbers(10_000, 10, 1)).toEqual([]);
  });

  it('reads its settings from the environment, defaulting to the site settings, and names a bad one', () => {
    const prerenderWith = (variables: Record<string, string>) => readEnv(variables as NodeJS.ProcessEnv).prerender;
    expect(prerenderWith({})).toEqual(site.prerender);
    expect(prerenderWith({ PRERENDER_ARTICLES: '50', PRERENDER_LIST_PAGES: '2' })).toEqual({ articles: 50, listPages: 2 });
    expect(() => prerenderWith({ PRERENDER_ARTICLES: 'many' })).toThrow(/PRERENDER_ARTICLES/);
    expect(() => prerenderWith({ PRERENDER_LIST_PAGES: '0' })).toThrow(/PRERENDER_LIST_PAGES: must be 1 or more/);
  });
});

describe('HTML handed from the server component to the server render', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it('is found under its own key, and forgotten a minute later', () => {
    vi.useFakeTimers();
    const first = stashHtml('<p>一</p>');
    const second = stashHtml('<p>二</p>');
    expect(first).not.toBe(second);
    expect(stashedHtml(first)).toBe('<p>一</p>');
    expect(stashedHtml(second)).toBe('<p>二</p>');
    expect(stashedHtml('unknown')).toBeUndefined();
    vi.advanceTimersByTime(61_000);
    stashHtml('<p>三</p>');
    expect(stashedHtml(first)).toBeUndefined();
    expect(stashedHtml(second)).toBeUndefined();
  });

  it('is stashed in a production build, and sent in the payload under next dev, where a saved article must reach the open page', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const built = staticHtmlSource('<p>正文</p>');
    expect(built).not.toHaveProperty('html');
    expect('stash' in built && stashedHtml(built.stash)).toBe('<p>正文</p>');
    vi.stubEnv('NODE_ENV', 'development');
    expect(staticHtmlSource('<p>正文</p>')).toEqual({ html: '<p>正文</p>' });
  });
});
