import path from 'node:path';
import fc from 'fast-check';
import { Permalink as HexoPermalink, slugize } from 'hexo-util';
import { describe, expect, it } from 'vitest';
import { readHexoSite } from '@/lib/hexo/config';
import { copyrightSettings, showsCopyright } from '@/lib/hexo/copyright';
import { buildOldUrlTable, lookupOldUrl, oldUrlKey, type OldUrlSources } from '@/lib/hexo/old-urls';
import { readHexoPages } from '@/lib/hexo/pages';
import { Permalink } from '@/lib/hexo/permalink';
import { hexoPostPath, parseHexoFileName } from '@/lib/hexo/post';
import { listSiteFiles, postAssetPath } from '@/lib/hexo/site-files';
import { hexoSlugize } from '@/lib/hexo/slugize';
import type { ContentProblem } from '@/lib/content/types';
import { repoRoot } from './helpers';

const sitesDir = path.resolve(repoRoot, '../shared/hexo-sites');
const cylong = path.join(sitesDir, 'cylong1016__HexoBlog');

/** Text of the kinds file names, categories and tags are made of: Chinese, Latin with accents, punctuation of both widths. */
const nameText = fc.string({ unit: fc.constantFrom(...'abcXYZ019 -_.,!?/:;()[]éüñ中文标签，。：「」（）～~`#%&+='.split('')), maxLength: 24 });

describe('Hexo slugs and permalinks, as hexo-util makes them', () => {
  it('slugizes any name exactly as Hexo does, in every filename_case', () => {
    fc.assert(
      fc.property(nameText, fc.constantFrom(0, 1, 2), (text, transform) => {
        expect(hexoSlugize(text, transform as 0 | 1 | 2)).toBe(slugize(text, { transform }));
      }),
      { numRuns: 2000 },
    );
  });

  it('parses and fills permalink patterns as Hexo does', () => {
    const rules = [':year/:month/:day/:title/', 'posts/:abbrlink.html', 'blog/:year/:title/', ':category/:post_title.html', ':year-:month-:day-:title'];
    for (const rule of rules) {
      const values = { year: '2020', month: '05', day: '14', title: 'dir/foo', abbrlink: '3f9a', category: '技术/前端', post_title: 'hello-world' };
      const ours = new Permalink(rule);
      const theirs = new HexoPermalink(rule);
      const filled = ours.stringify(values);
      expect(filled).toBe(theirs.stringify(values));
      expect(ours.parse(filled)).toEqual(theirs.parse(filled));
    }
  });

  it('reads the slug and date parts out of a file name through new_post_name', () => {
    expect(parseHexoFileName({ newPostName: ':year-:month-:day-:title.md' }, '2016-04-19-hexo-git.md')).toMatchObject({ title: 'hexo-git', year: '2016', month: '04', day: '19' });
    expect(parseHexoFileName({ newPostName: ':title.md' }, path.join('ACM', 'Models', 'DP_Others.md')).title).toBe('ACM/Models/DP_Others');
    // A name that does not fit the pattern is slugized whole, as Hexo does.
    expect(parseHexoFileName({ newPostName: ':year-:month-:day-:title.md' }, 'notes on Go.md').title).toBe('notes-on-Go');
  });

  it('makes post paths from the site pattern, the post’s own permalink and any front-matter placeholder', async () => {
    const site = await readHexoSite(cylong);
    const post = { slug: 'hexo-git', title: 'Hexo + Git', date: new Date('2016-04-18T16:32:58Z'), timeZone: 'Asia/Shanghai', categories: [['Hexo']], data: {} };
    // Midnight in Shanghai is still the day before in UTC: the path takes the site's day.
    expect(hexoPostPath(site, post)).toBe('blog/2016/04/19/hexo-git/');
    expect(hexoPostPath({ ...site, permalink: 'posts/:abbrlink.html' }, { ...post, data: { abbrlink: 'a1b2' } })).toBe('posts/a1b2.html');
    expect(hexoPostPath({ ...site, permalink: ':category/:post_title/' }, post)).toBe('Hexo/hexo-git/');
    expect(hexoPostPath(site, { ...post, data: { permalink: '/custom/place' } })).toBe('custom/place/');
    expect(postAssetPath('posts/a1b2.html', 'x.png')).toBe('posts/a1b2/x.png');
  });
});

describe('the old-URL table', () => {
  const sources: OldUrlSources = {
    articles: Array.from({ length: 25 }, (_, i) => ({ oldPath: `2020/05/${String(i + 1).padStart(2, '0')}/post-${i}/`, href: `/articles/post-${i}` })),
    pages: [{ oldPath: 'about/index.html', href: '/about' }],
    categories: [{ names: ['技术', 'Front End'], href: '/categories/技术/front-end', count: 3 }],
    tags: [{ names: ['Node.js', 'node.js'], href: '/tags/node-js', count: 12 }],
    listed: 25,
    archive: [{ year: 2020, months: [5] }],
    pageSize: 10,
  };

  it('keys an address however it is written: slashes, index.html, percent-encoding, the site root', () => {
    expect(oldUrlKey('/2020/05/14/foo/')).toBe('2020/05/14/foo');
    expect(oldUrlKey('/2020/05/14/foo/index.html')).toBe('2020/05/14/foo');
    expect(oldUrlKey('/tags/%E6%A0%87%E7%AD%BE/')).toBe('tags/标签');
    expect(oldUrlKey('/blog/2020/05/14/foo/', '/blog/')).toBe('2020/05/14/foo');
    expect(oldUrlKey('/50%off')).toBe('50%off');
  });

  it('sends posts, pages, lists and their page numbers where they live now', async () => {
    const site = await readHexoSite(cylong);
    const table = buildOldUrlTable({ ...site, perPage: { index: 8, archive: 8, category: 8, tag: 8 } }, sources);
    expect(lookupOldUrl(table, '/2020/05/03/post-2/')).toBe('/articles/post-2');
    expect(lookupOldUrl(table, '/2020/05/03/post-2/index.html')).toBe('/articles/post-2');
    expect(lookupOldUrl(table, '/about/')).toBe('/about');
    expect(lookupOldUrl(table, '/categories/%E6%8A%80%E6%9C%AF/Front-End/')).toBe('/categories/技术/front-end');
    expect(lookupOldUrl(table, '/tags/Node-js/')).toBe('/tags/node-js');
    expect(lookupOldUrl(table, '/tags/node-js/')).toBe('/tags/node-js');
    // Hexo's page 3 of 8 starts at the 17th post, which is on our second page of 10.
    expect(lookupOldUrl(table, '/page/3/')).toBe('/page/2');
    expect(lookupOldUrl(table, '/page/1/')).toBe('/');
    expect(lookupOldUrl(table, '/tags/Node-js/page/2/')).toBe('/tags/node-js');
    expect(lookupOldUrl(table, '/archives/2020/05/')).toBe('/archives#y2020m5');
    expect(lookupOldUrl(table, '/archives/2020/page/2/')).toBe('/archives#y2020');
    expect(lookupOldUrl(table, '/categories/')).toBe('/categories');
    expect(lookupOldUrl(table, '/2021/01/01/never-was/')).toBeUndefined();
    expect(lookupOldUrl(table, '/page/x/')).toBeUndefined();
    // A page past the end of the site's own list (fewer posts listed here) leads to its last page.
    expect(lookupOldUrl(table, '/page/9/')).toBe('/page/3');
    expect(lookupOldUrl(table, '/tags/Node-js/page/3/')).toBe('/tags/node-js/page/2');
    // Without pagination Hexo had no page 2.
    expect(lookupOldUrl(buildOldUrlTable({ ...site, perPage: { index: 0, archive: 0, category: 0, tag: 0 } }, sources), '/page/2/')).toBeUndefined();
  });
});

describe('a Hexo site’s own files and pages', () => {
  it('publishes source/ files at their paths and asset folders under their posts, but not posts, drafts, data or pages', async () => {
    const site = await readHexoSite(cylong);
    const { files, pages } = await listSiteFiles(site, [{ file: path.join('_posts', '2016-04-19-hexo-git.md'), oldPath: 'blog/2016/04/19/hexo-git/' }]);
    expect(files['robots.txt']).toBe('robots.txt');
    expect(Object.keys(files).some((f) => f.startsWith('images/'))).toBe(true);
    const assets = Object.entries(files).filter(([url]) => url.startsWith('blog/2016/04/19/hexo-git/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const [url, file] of assets) expect(file).toBe(`_posts/2016-04-19-hexo-git/${url.slice('blog/2016/04/19/hexo-git/'.length)}`);
    expect(Object.values(files).some((f) => f.startsWith('_posts/') && f.endsWith('.md'))).toBe(false);
    expect(Object.values(files).some((f) => f.startsWith('_data/'))).toBe(false);
    expect(pages).toContain('about/index.md');
    expect(files['about/index.md']).toBeUndefined();
  });

  it('reads pages at their Hexo address, leaving out theme list pages', async () => {
    const site = await readHexoSite(cylong);
    const problems: ContentProblem[] = [];
    const { pages: files } = await listSiteFiles(site, []);
    const pages = await readHexoPages(site, files, problems);
    expect(pages.find((p) => p.file === 'about/index.md')).toMatchObject({ href: '/about', oldPath: 'about/index.html', title: '关于我和博客' });
    expect(pages.find((p) => p.file === 'secret/blog-collection.md')?.href).toBe('/secret/blog-collection');
    // `type: categories` / `type: tags` pages are the theme's lists; the site has its own.
    expect(pages.some((p) => p.file.startsWith('categories/') || p.file.startsWith('tags/'))).toBe(false);
    expect(problems).toEqual([]);
  });
});

describe('the 版权声明 setting', () => {
  it('follows Butterfly’s post_copyright and NexT’s creative_commons, and the article’s own flag', async () => {
    const butterfly = copyrightSettings(await readHexoSite(path.join(sitesDir, 'CCLMSY__Hexo_Blog')));
    expect(butterfly).toEqual({ enabled: true, license: 'CC BY-NC-SA 4.0', licenseUrl: 'https://creativecommons.org/licenses/by-nc-sa/4.0/' });
    const next = copyrightSettings(await readHexoSite(path.join(sitesDir, 'suyu0925__hexo-blog')));
    expect(next).toMatchObject({ enabled: false, license: 'CC BY-NC-SA 4.0' });
    expect(showsCopyright(butterfly, false)).toBe(false);
    expect(showsCopyright(next, true)).toBe(true);
    expect(copyrightSettings(undefined)).toEqual({ enabled: false });
  });
});
