import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { bodyToHast } from '@/lib/content/markdown';
import { readHexoSite } from '@/lib/hexo/config';
import { loadContent } from '@/lib/content/load';
import { repoRoot, sitesDir, useTempDirs } from './helpers';


const makeDir = useTempDirs();

/** A small Hexo site with an asset folder, written for one test. */
async function siteWithAssets(postAssetFolder: boolean) {
  const dir = await makeDir();
  const image = path.join(sitesDir, 'cylong1016__HexoBlog', 'source', '_posts', '2016-04-19-hexo-git', '域名解析.png');
  const write = async (file: string, content: string | Buffer) => {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), content);
  };
  await write('_config.yml', `permalink: :year/:month/:day/:title/\npost_asset_folder: ${postAssetFolder}\ntimezone: Asia/Shanghai\nauthor: 博主\n`);
  await write('source/_posts/trip/photo 1.png', await fs.readFile(image));
  await write('source/images/logo.png', await fs.readFile(image));
  const body = ['![plain](photo%201.png)', '![dot](./photo%201.png)', '![typora](trip/photo%201.png)', '![root](/images/logo.png)', '![gone](nowhere.png)', '![](https://example.com/remote.png)', '{% asset_img "photo 1.png" 100 50 "标题" "替代" %}', '{% asset_path "photo 1.png" %}', '{% asset_link "photo 1.png" 下载 %}'];
  await write('source/_posts/trip.md', `---\ntitle: 旅行\ndate: 2020-01-02 10:00:00\n---\n${body.join('\n\n')}\n`);
  return dir;
}

describe('a post’s own files', () => {
  it('resolves asset-folder, Typora-style and root images to where they are published, measured; a missing one warns and leaves no image', async () => {
    const dir = await siteWithAssets(true);
    const hexo = await readHexoSite(dir);
    const index = await loadContent({ contentDir: dir, articlesDir: '', timeZone: 'UTC', hexo, now: new Date('2030-01-01') });
    const article = index.bySlug.get('trip')!;
    expect(article.oldPath).toBe('2020/01/02/trip/');
    expect(index.siteFiles['2020/01/02/trip/photo 1.png']).toBe('_posts/trip/photo 1.png');
    expect(index.problems).toEqual([expect.objectContaining({ file: path.join('_posts', 'trip.md'), field: 'body', severity: 'warning', message: expect.stringContaining('"nowhere.png" not found') })]);

    const { width, height } = imageSize(await fs.readFile(path.join(dir, 'source', 'images', 'logo.png')));
    const warnings: string[] = [];
    const raw = await fs.readFile(path.join(dir, 'source', '_posts', 'trip.md'), 'utf8');
    const post = { filePath: path.join(dir, 'source', '_posts', 'trip.md'), hexo, oldPath: article.oldPath! };
    const html = toHtml(await bodyToHast(raw.split('---\n').slice(2).join('---\n'), 'md', { post, warn: (m) => warnings.push(m) }));
    const asset = '/2020/01/02/trip/photo%201.png';
    for (const alt of ['plain', 'dot', 'typora']) expect(html).toContain(`<img src="${asset}" alt="${alt}" width="${width}" height="${height}"`);
    expect(html).toContain(`<img src="/images/logo.png" alt="root" width="${width}" height="${height}"`);
    expect(html).not.toContain('nowhere.png');
    expect(html).toContain('gone');
    expect(html).toContain('src="https://example.com/remote.png"');
    // asset_img keeps the size it was given, and its title and alt.
    expect(html).toContain(`<img src="${asset}" width="100" height="50" title="标题" alt="替代"`);
    expect(html).toContain(`<p>${asset}</p>`);
    expect(html).toContain(`<a href="${asset}" title="下载">下载</a>`);
    expect(warnings).toEqual([expect.stringContaining('"nowhere.png" not found')]);
  });

  it('publishes a Typora-style folder beside the post even without post_asset_folder', async () => {
    const dir = await siteWithAssets(false);
    const hexo = await readHexoSite(dir);
    const index = await loadContent({ contentDir: dir, articlesDir: '', timeZone: 'UTC', hexo, now: new Date('2030-01-01') });
    expect(index.siteFiles['2020/01/02/trip/photo 1.png']).toBe('_posts/trip/photo 1.png');
    expect(index.problems.map((p) => p.message)).toEqual([expect.stringContaining('"nowhere.png" not found')]);
  });

  it('renders asset_img to the same address Hexo does, for real posts', async () => {
    const site = path.join(sitesDir, 'cylong1016__HexoBlog');
    const sources = ['_posts/2016-04-19-hexo-git.md', '_posts/2016-04-25-hexo-faq.md'];
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(repoRoot, 'tests', 'support', 'hexo-render-cli.mjs'), site, ...sources], { env: { ...process.env, TZ: 'Asia/Shanghai' }, maxBuffer: 32 * 1024 * 1024 });
    const hexoHtml = JSON.parse(stdout) as Record<string, string>;
    const hexo = await readHexoSite(site);
    const index = await loadContent({ contentDir: site, articlesDir: '', timeZone: 'Asia/Shanghai', hexo, now: new Date('2100-01-01') });
    const srcs = (html: string) => [...html.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => decodeURI(m[1]!)).filter((src) => src.startsWith('/'));
    for (const source of sources) {
      const article = [...index.bySlug.values()].find((a) => a.file.split(path.sep).join('/') === source)!;
      const raw = await fs.readFile(path.join(site, 'source', source), 'utf8');
      const post = { filePath: path.join(site, 'source', source), hexo, oldPath: article.oldPath! };
      const ours = toHtml(await bodyToHast(raw.replace(/^---\n[\s\S]*?\n---\n/, ''), 'md', { post }));
      expect(srcs(hexoHtml[source]!).length, source).toBeGreaterThan(0);
      expect(srcs(ours), source).toEqual(srcs(hexoHtml[source]!));
    }
  }, 60_000);
});
