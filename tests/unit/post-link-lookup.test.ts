// A page's `post_link` resolves against every article of the index, by the names Hexo knows a post
// by. The lookup holds each article under three names, so it is built on the first link a body
// asks for, once per index (lib/content/index.ts): a server whose bodies link to no post never
// builds it.
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it, vi } from 'vitest';
import { articleHref, readArticleBody, type ArticleMeta } from '@/lib/content';
import { loadContent, type ContentIndex } from '@/lib/content/load';
import { bodyToHast } from '@/lib/content/markdown';
import { post, useTempDirs, writeFiles } from './helpers';

const tempDir = useTempDirs();

async function siteIndex(): Promise<ContentIndex> {
  const dir = await tempDir();
  await writeFiles(dir, {
    'articles/plain.md': post('title: 没有链接', '去中心化，正在成为新的商业模式。'),
    'articles/linking.md': post('title: 有链接', '前文见 {% post_link target %}。'),
    'articles/target.md': post('title: 被链接的文章\nslug: bei-lian-jie'),
  });
  return loadContent({ contentDir: dir, articlesDir: path.join(dir, 'articles'), timeZone: 'Asia/Shanghai' });
}

const articleIn = (index: ContentIndex, file: string): ArticleMeta => [...index.bySlug.values()].find((a) => a.file === file)!;

async function renderedBody(index: ContentIndex, article: ArticleMeta): Promise<string> {
  const { source, format, context } = await readArticleBody(index, article);
  return toHtml(await bodyToHast(source, format, context));
}

describe('the post_link lookup of a page', () => {
  it('is not built for bodies that link to no post', async () => {
    const index = await siteIndex();
    const plain = articleIn(index, 'plain.md');
    const listed = vi.spyOn(index.bySlug, 'values');
    expect(await renderedBody(index, plain)).toContain('去中心化');
    expect(listed).not.toHaveBeenCalled();
  });

  it('is built on the first link, once for the index, and finds the post at its address', async () => {
    const index = await siteIndex();
    const linking = articleIn(index, 'linking.md');
    const listed = vi.spyOn(index.bySlug, 'values');
    for (let i = 0; i < 2; i++) {
      const html = await renderedBody(index, linking);
      expect(html).toContain(`href="${articleHref('bei-lian-jie')}"`);
      expect(html).toContain('被链接的文章');
    }
    expect(listed).toHaveBeenCalledTimes(1);
  });
});
