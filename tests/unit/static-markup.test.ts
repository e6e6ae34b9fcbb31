// Server components with nothing to hydrate (the site header's links and search form, the footer,
// an article's author card and links) are rendered to HTML by lib/react-to-hast.ts and sent once.
// React is the oracle: the markup must be what React itself renders for the same components.
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticlePager, RelatedArticles } from '@/components/article-links';
import { AuthorCard } from '@/components/author-card';
import { CategoryBreadcrumbs } from '@/components/category-breadcrumbs';
import { HeadlinePhrases } from '@/components/headline-phrases';
import { SearchForm } from '@/components/search-form';
import type { ArticleMeta, Author } from '@/lib/content';
import { reactToHast } from '@/lib/react-to-hast';

/** The parsed tree without positions, to compare markup by what it means rather than how it is spelled. */
function parsed(html: string): RootContent[] {
  const strip = (node: RootContent | Root): unknown => {
    const { position: _position, ...rest } = node as Element;
    return 'children' in rest ? { ...rest, children: rest.children.map((child) => strip(child)) } : rest;
  };
  return (strip(fromHtml(html, { fragment: true })) as Root).children;
}

const ours = async (node: ReactNode) => toHtml(await reactToHast(node));
const expectAsReact = async (node: ReactNode) => expect(parsed(await ours(node))).toEqual(parsed(renderToStaticMarkup(node)));

const author: Author = { slug: 'pm', name: '人人都是产品经理', bio: '产品经理的学习、交流、分享平台', links: [], hasProfile: true, articleCount: 12 };
const article = (slug: string, title: string) => ({ slug, title, date: '2021-05-03T02:00:00.000Z' }) as ArticleMeta;

describe('static markup', () => {
  it('renders what React renders for the header search form, with its icon, label and empty field', async () => {
    await expectAsReact(createElement(SearchForm, { compact: true }));
    await expectAsReact(createElement(SearchForm, { query: '产品 <经理> & "增长"' }));
  });

  it("renders what React renders for an article's author card, pager, related articles and breadcrumbs", async () => {
    await expectAsReact(createElement(AuthorCard, { author }));
    await expectAsReact(createElement(AuthorCard, { author: { ...author, avatar: 'https://example.com/a.png', bio: undefined } }));
    await expectAsReact(createElement(ArticlePager, { older: article('a', '去中心化：阿里、京东'), newer: article('b', '拼多多 & <新风口>') }));
    await expectAsReact(createElement(RelatedArticles, { articles: [article('a', '第一篇'), article('b', '第二篇')] }));
    await expectAsReact(createElement(CategoryBreadcrumbs, { trail: [{ name: '新媒体', segments: ['新媒体'], children: [], articleCount: 1 }] as never }));
    await expectAsReact(createElement(HeadlinePhrases, { phrases: ['去中心化：', '阿里、', '京东'] }));
  });

  it('awaits async server components and renders fragments, numbers and nothing for null and booleans', async () => {
    const Async = async ({ label }: { label: string }) => createElement('em', null, label);
    const tree = createElement(Fragment, null, createElement(Async, { label: '异步' }), 3, null, false, createElement('br'));
    expect(await ours(tree)).toBe('<em>异步</em>3<br>');
  });

  it('refuses a client component by name, and an event handler, instead of sending markup that cannot act', async () => {
    // What a 'use client' import is on the server: a reference to the module's export.
    const ThemeToggle = Object.defineProperties(() => null, { $$typeof: { value: Symbol.for('react.client.reference') }, $$id: { value: 'components/theme-toggle.tsx#ThemeToggle' } });
    await expect(reactToHast(createElement('div', null, createElement(ThemeToggle)))).rejects.toThrow(/ThemeToggle is a client component/);
    await expect(reactToHast(createElement('button', { onClick: () => {} }, '赞赏'))).rejects.toThrow(/<button> has a onClick that is not text/);
  });
});
