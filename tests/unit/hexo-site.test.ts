import fs from 'node:fs/promises';
import path from 'node:path';
import { createElement, isValidElement, type ComponentProps, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleCard } from '@/components/article-card';
import { ArticleHeading } from '@/components/article-heading';
import { ArticleList } from '@/components/article-list';
import { loadContent, resolveOldUrl, type ContentIndex } from '@/lib/content/load';
import { readHexoSite } from '@/lib/hexo/config';
import { useTempDirs } from './helpers';

/** The article cards in an element tree, with the properties they were given. */
function cardsIn(node: ReactNode): ReactElement<ComponentProps<typeof ArticleCard>>[] {
  if (Array.isArray(node)) return node.flatMap(cardsIn);
  if (!isValidElement<{ children?: ReactNode }>(node)) return [];
  if (node.type === ArticleCard) return [node as ReactElement<ComponentProps<typeof ArticleCard>>];
  return cardsIn(node.props.children);
}

const makeDir = useTempDirs();

/** A small Hexo site with every front-matter key themes honour, written fresh for each test. */
async function hexoSite(): Promise<string> {
  const dir = await makeDir();
  const write = async (file: string, text: string) => {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), text);
  };
  const post = (front: string, body = '正文。') => `---\n${front.trim()}\n---\n${body}\n`;
  await write('_config.yml', 'title: 测试博客\nauthor: 博主\ntimezone: Asia/Shanghai\npermalink: :year/:month/:day/:title/\npost_asset_folder: true\ntheme: butterfly\n');
  await write('_config.butterfly.yml', 'post_copyright:\n  enable: true\n  license: CC BY 4.0\n  license_url: https://creativecommons.org/licenses/by/4.0/\n');
  await write('source/_posts/old.md', post('title: 最早的一篇\ndate: 2020-01-01 10:00:00\ntags: [旧]'));
  await write('source/_posts/newest.md', post('title: 最新的一篇\ndate: 2024-06-01 10:00:00'));
  await write('source/_posts/pinned-low.md', post('title: 置顶一\ndate: 2021-01-01 10:00:00\ntop: true'));
  await write('source/_posts/pinned-high.md', post('title: 置顶二\ndate: 2019-01-01 10:00:00\nsticky: 5'));
  await write('source/_posts/secret.md', post('title: 隐藏的\ndate: 2023-01-01 10:00:00\nhidden: true\ntags: [旧]\ncategories: [随笔]'));
  await write('source/_posts/locked.md', post('title: 加密的\ndate: 2023-02-01 10:00:00\npassword: hunter2', '只有知道密码的人才能读到的正文'));
  await write('source/_posts/a/same.md', post('title: 甲\ndate: 2022-01-01 10:00:00'));
  await write('source/_posts/b/same.md', post('title: 乙\ndate: 2022-02-01 10:00:00'));
  await write('source/_posts/newest/pic.png', 'not really a png');
  await write('source/about/index.md', post('title: 关于'));
  await write('source/images/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>');
  return dir;
}

async function load(dir: string): Promise<ContentIndex> {
  const hexo = await readHexoSite(dir);
  return loadContent({ contentDir: dir, articlesDir: path.join(dir, 'source', '_posts'), timeZone: 'UTC', hexo, now: new Date('2030-01-01T00:00:00Z') });
}

describe('a Hexo site’s front-matter keys', () => {
  it('puts pinned posts first on the home page, highest first, and marks them 置顶 there only', async () => {
    const index = await load(await hexoSite());
    expect(index.homeArticles.slice(0, 3).map((a) => a.title)).toEqual(['置顶二', '置顶一', '最新的一篇']);
    // Every other list keeps the order of dates.
    expect(index.articles[0]!.title).toBe('最新的一篇');
    const page = { items: index.homeArticles.slice(0, 3), page: 1, totalPages: 1, total: 3 };
    // Which cards the list marks, read from its elements: a card's title is server-rendered HTML
    // (components/static-markup.tsx), which only a page render makes.
    const pinnedTitles = (list: ReactNode) => cardsIn(list).filter((card) => card.props.pinned).map((card) => card.props.article.title);
    expect(pinnedTitles(ArticleList({ page, base: '', showPinned: true }))).toEqual(['置顶二', '置顶一']);
    expect(pinnedTitles(ArticleList({ page, base: '' }))).toEqual([]);
    // A marked card's heading says 置顶.
    const heading = (pinned: boolean) => renderToStaticMarkup(createElement(ArticleHeading, { article: index.homeArticles[0]!, size: 'text-xl', pinned }));
    expect(heading(true)).toContain('data-testid="pinned"');
    expect(heading(false)).not.toContain('data-testid="pinned"');
  });

  it('keeps a hidden post at its address and out of every list', async () => {
    const index = await load(await hexoSite());
    const hidden = index.bySlug.get('secret');
    expect(hidden?.title).toBe('隐藏的');
    expect(index.articles.some((a) => a.slug === 'secret')).toBe(false);
    expect(index.homeArticles.some((a) => a.slug === 'secret')).toBe(false);
    expect(index.tagMembers.get('旧')).toEqual(['old']);
    expect(index.categories.some((c) => c.name === '随笔')).toBe(false);
    expect(resolveOldUrl(index, '/2023/01/01/secret/')).toBe('/articles/secret');
  });

  it('never publishes a password post, and says why', async () => {
    const index = await load(await hexoSite());
    expect(index.bySlug.has('locked')).toBe(false);
    expect(index.unpublished.some((a) => a.slug === 'locked')).toBe(false);
    expect(index.problems).toContainEqual(expect.objectContaining({ file: path.join('_posts', 'locked.md'), field: 'password', severity: 'warning' }));
    expect(resolveOldUrl(index, '/2023/02/01/locked/')).toBeUndefined();
    expect(JSON.stringify([...index.bySlug.values(), index.unpublished])).not.toContain('只有知道密码的人');
  });

  it('builds both posts of one file name in two folders, the first keeping the name', async () => {
    const index = await load(await hexoSite());
    const first = index.articles.find((a) => a.title === '甲')!;
    const second = index.articles.find((a) => a.title === '乙')!;
    expect(first.slug).toBe('same');
    expect(second.slug).not.toBe('same');
    expect(resolveOldUrl(index, '/2022/01/01/a/same/')).toBe('/articles/same');
    expect(resolveOldUrl(index, '/2022/02/01/b/same/')).toBe(`/articles/${encodeURIComponent(second.slug)}`);
    expect(index.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('publishes pages, source files and asset folders at their Hexo addresses', async () => {
    const index = await load(await hexoSite());
    expect(index.pageByHref.get('/about')?.title).toBe('关于');
    expect(resolveOldUrl(index, '/about/')).toBe('/about');
    expect(index.siteFiles['images/logo.svg']).toBe('images/logo.svg');
    expect(index.siteFiles['2024/06/01/newest/pic.png']).toBe('_posts/newest/pic.png');
  });
});
