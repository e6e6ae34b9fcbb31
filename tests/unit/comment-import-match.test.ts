import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchArticle } from '@/lib/comments/import/match';
import { loadContent, type ContentIndex } from '@/lib/content/load';
import { readHexoSite } from '@/lib/hexo/config';
import { repoRoot, sitesDir } from './helpers';

/** Old comments' page addresses, however the services stored them, to the articles they were under. */

const slugOf = (index: ContentIndex, pageUrl: string) => {
  const match = matchArticle(index, pageUrl);
  return 'article' in match ? match.article.slug : match.reason;
};

describe('on a real Hexo blog (suyu0925__hexo-blog, permalink :year/:month/:day/:title/)', () => {
  let index: ContentIndex;
  beforeAll(async () => {
    const dir = path.join(sitesDir, 'suyu0925__hexo-blog');
    index = await loadContent({ contentDir: dir, articlesDir: '', timeZone: 'Asia/Shanghai', hexo: await readHexoSite(dir) });
  }, 60_000);

  it('finds a post by its old address: raw or encoded (either case), with or without index.html or slashes', () => {
    for (const pageUrl of [
      '/2022/04/04/人力vocaloid/',
      '/2022/04/04/%E4%BA%BA%E5%8A%9Bvocaloid/',
      '/2022/04/04/%e4%ba%ba%e5%8a%9bvocaloid/index.html',
      '/2022/04/04/人力vocaloid/index.html',
      '/2022/04/04/人力vocaloid',
    ]) {
      expect(slugOf(index, pageUrl), pageUrl).toBe('人力vocaloid');
    }
  });

  it('reads a whole URL as its path, without query or hash', () => {
    expect(slugOf(index, 'https://blog.lckof.com/2022/04/04/%E4%BA%BA%E5%8A%9Bvocaloid/?from=timeline#comments')).toBe('人力vocaloid');
    expect(slugOf(index, '/2026/01/14/wo-mic/?utm_source=rss')).toBe('wo-mic');
    // A hidden post is still at its address, and its comments with it.
    expect(slugOf(index, '/2026/02/06/x-recs-nsfw/')).toBe('x-recs-nsfw');
  });

  it('finds a post by our own address, or by a last segment that is its slug', () => {
    expect(slugOf(index, '/articles/人力vocaloid')).toBe('人力vocaloid');
    expect(slugOf(index, 'https://yuedu.example/articles/%E4%BA%BA%E5%8A%9Bvocaloid')).toBe('人力vocaloid');
    expect(slugOf(index, '/posts/wo-mic.html')).toBe('wo-mic');
  });

  it('names an old address that is no article: a tag page, the home page, a post that is gone, no address at all', () => {
    expect(slugOf(index, '/tags/vocaloid/')).toBe('/tags/vocaloid/ (here /tags/vocaloid, not an article)');
    expect(slugOf(index, '/')).toBe('/ (here /, not an article)');
    expect(slugOf(index, '/2019/01/01/gone/')).toBe('/2019/01/01/gone/');
    expect(slugOf(index, 'http://[')).toBe('http://[ (not a page address)');
  });
});

describe('on the included content (no Hexo blog)', () => {
  const seedSlug = '去中心化-阿里-京东-拼多多布局的新风口';
  let index: ContentIndex;
  beforeAll(async () => {
    const contentDir = path.join(repoRoot, 'content');
    index = await loadContent({ contentDir, articlesDir: path.join(contentDir, 'articles'), timeZone: 'Asia/Shanghai' });
  });

  it('finds an article by our address, raw or encoded, whole URL or path', () => {
    expect(slugOf(index, `/articles/${seedSlug}`)).toBe(seedSlug);
    expect(slugOf(index, `/articles/${encodeURIComponent(seedSlug)}/`)).toBe(seedSlug);
    expect(slugOf(index, `https://yuedu.example/articles/${seedSlug}?share=wechat#comments`)).toBe(seedSlug);
  });

  it('finds an article by an old blog’s address ending in its slug, or in the file name it was made from', () => {
    expect(slugOf(index, `/2021/05/24/${encodeURIComponent(seedSlug)}/index.html`)).toBe(seedSlug);
    expect(slugOf(index, '/p/去中心化：阿里、京东、拼多多布局的新风口.html')).toBe(seedSlug);
  });

  it('names the address of no article', () => {
    expect(slugOf(index, '/about/')).toBe('/about/');
    expect(slugOf(index, '/articles/不存在的文章')).toBe('/articles/不存在的文章');
  });
});
