// Hexo itself on the same posts: a Hexo site with the landscape theme whose `npm run build` is
// `hexo generate`, built cold (no db.json, no public/) and measured as our build is.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanEnv } from './env';
import { round } from './report';
import { runMeasured } from './run-measured';

/** The packages a Hexo blog with the landscape theme installs: Hexo, its default generators and the renderers the theme needs. */
const SITE_PACKAGES = [
  'hexo',
  'hexo-generator-archive',
  'hexo-generator-category',
  'hexo-generator-index',
  'hexo-generator-tag',
  'hexo-renderer-ejs',
  'hexo-renderer-marked',
  'hexo-renderer-stylus',
  'hexo-theme-landscape',
];

/**
 * Hexo reads a post's file path as a URL and stops at a `%` in it; the generated titles keep such
 * characters (`0.9%不是0.9%`), so Hexo's copy writes them as the full-width `％`.
 */
const hexoFileName = (name: string) => name.replaceAll('%', '％');

/**
 * The generated posts use theme tags (Butterfly's and NexT's `note`, `tabs`, …) that landscape has
 * not, and Nunjucks stops the whole build at the first it cannot parse. Hexo's copy writes the
 * brace that opens a tag as an HTML entity, so those few posts show the tags as text.
 */
const withoutTags = (text: string) => text.replace(/\{(?=[{%#])/g, '&#123;');

/** Every file under `dir`, following links, as paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const relative = path.join(prefix, name);
    return fs.statSync(path.join(dir, relative)).isDirectory() ? filesUnder(dir, relative) : [relative];
  });
}

/**
 * Copies a Hexo site's source folder into `to`, the posts (`_posts`, which may be a link) as Hexo's
 * copy writes them and every other file as it is; returns how many posts.
 */
function copySource(from: string, to: string): number {
  let posts = 0;
  for (const relative of filesUnder(from)) {
    const file = path.join(from, relative);
    const isPost = relative.startsWith(`_posts${path.sep}`);
    const target = path.join(to, ...relative.split(path.sep).map(hexoFileName));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (isPost) {
      fs.writeFileSync(target, withoutTags(fs.readFileSync(file, 'utf8')));
      posts++;
    } else fs.copyFileSync(file, target);
  }
  return posts;
}

export type HexoSite = { dir: string; posts: number };

/**
 * The Hexo site in `hexoDir` (its `_config.yml` and `source/`) as a Hexo blog that `hexo init`
 * made, with the landscape theme, in `dir`: `theme: landscape` added to the config, and
 * `package.json` naming the plugins, which Hexo loads from the site's node_modules (this
 * project's). `.mdx` posts are rendered as Markdown: Hexo has no renderer of its own for them.
 */
export function writeHexoSite(hexoDir: string, dir: string): HexoSite {
  fs.mkdirSync(path.join(dir, 'scripts'), { recursive: true });
  fs.writeFileSync(path.join(dir, '_config.yml'), `${fs.readFileSync(path.join(hexoDir, '_config.yml'), 'utf8').trimEnd()}\ntheme: landscape\n`);
  const dependencies = Object.fromEntries(SITE_PACKAGES.map((name) => [name, '*']));
  // The `hexo` field is how the command knows a Hexo site's folder.
  const hexo = { version: (JSON.parse(fs.readFileSync(path.resolve('node_modules', 'hexo', 'package.json'), 'utf8')) as { version: string }).version };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'hexo-bench-site', private: true, hexo, scripts: { build: 'hexo generate' }, dependencies }, null, 2));
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  fs.writeFileSync(path.join(dir, 'scripts', 'mdx.js'), "hexo.extend.renderer.register('mdx', 'html', hexo.extend.renderer.get('md'), true);\n");
  return { dir, posts: copySource(path.join(hexoDir, 'source'), path.join(dir, 'source')) };
}

export type HexoGenerateFigures = { articles: number; seconds: number; peakRssMiB: number; outputMiB: number; files: number; postPages: number };

/** A post's page under the site's permalink `:year/:month/:day/:title/`. */
const isPostPage = (file: string) => /^\d{4}\/\d{2}\/\d{2}\/.+\/index\.html$/.test(file.split(path.sep).join('/'));

/**
 * `npm run build` (`hexo generate`) of the site, cold, measured as our build is: wall time and the
 * peak memory of the process tree. Throws unless it published a page for every post.
 */
export async function measureHexoGenerate(site: HexoSite): Promise<HexoGenerateFigures> {
  const publicDir = path.join(site.dir, 'public');
  fs.rmSync(publicDir, { recursive: true, force: true });
  fs.rmSync(path.join(site.dir, 'db.json'), { force: true });
  const log = path.join(os.tmpdir(), `yuedu-bench-hexo-generate-${site.posts}.log`);
  const run = await runMeasured('npm', ['run', 'build'], { env: cleanEnv(), log, cwd: site.dir });
  if (run.code !== 0) throw new Error(`hexo generate of ${site.posts} posts failed (exit ${run.code}); its output is in ${log}`);
  const files = filesUnder(publicDir);
  const postPages = files.filter(isPostPage).length;
  if (postPages !== site.posts) throw new Error(`hexo generate published ${postPages} post pages for ${site.posts} posts; its output is in ${log}`);
  const bytes = files.reduce((total, file) => total + fs.statSync(path.join(publicDir, file)).size, 0);
  return { articles: site.posts, seconds: round(run.seconds, 1), peakRssMiB: round(run.peakRss / 1024 / 1024, 1), outputMiB: round(bytes / 1024 / 1024, 1), files: files.length, postPages };
}

/** The page Hexo published for the post at `article` (its path under the posts folder), read after a generate. */
export function hexoPostPage(site: HexoSite, article: string): Buffer {
  const title = hexoFileName(article.replace(/\.mdx?$/, '')).split(path.sep).join('/');
  const publicDir = path.join(site.dir, 'public');
  const pages = filesUnder(publicDir).filter((file) => isPostPage(file) && file.split(path.sep).join('/').endsWith(`/${title}/index.html`));
  if (pages.length !== 1) throw new Error(`expected one Hexo page for ${article}, found ${pages.length}`);
  return fs.readFileSync(path.join(publicDir, pages[0]!));
}
