#!/usr/bin/env node
// What Hexo itself makes of a Hexo site, for the tests to compare the site with ("Hexo is the oracle"):
//
//   node tests/support/hexo-oracle.mjs <hexo site root>
//
// prints one JSON object: every post (with where Hexo publishes it), the pages, categories and tags,
// every route Hexo generates and which of them are plain files, and the config values the addresses
// depend on. Tests call it through tests/support/hexo-oracle.ts, in a child process, so that Hexo's
// globals and the time zone below never reach the test process.
//
// How Hexo is run:
//  - on a temporary copy of the site: Hexo writes into the folder it reads (package.json on init, db.json
//    on exit), and the shared sites are test data. A db.json left in the source is not copied, so Hexo
//    reads every file afresh;
//  - with the plugins a fresh `hexo init` installs (the site's own node_modules do not exist here): the
//    archive, category, tag and index generators and hexo-renderer-marked (without a Markdown renderer
//    Hexo does not take .md files for posts or pages at all). Nothing else of the site's runs: `safe`
//    skips its package.json plugins and scripts/ folders;
//  - in the writer's time zone: with `timezone:` empty in _config.yml Hexo reads dates in the machine's
//    zone. TZ defaults to Asia/Shanghai here when the caller sets none;
//  - `hexo.load()` as `hexo generate` does it, except that posts are not rendered: no theme is installed,
//    so Hexo does not know the theme's tag plugins ({% note %}, {% tabs %}…) and would refuse the first
//    post using one. Rendering decides no address, title or file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

process.env.TZ ||= 'Asia/Shanghai';

const require = createRequire(import.meta.url);
const PLUGINS = ['hexo-generator-archive', 'hexo-generator-category', 'hexo-generator-tag', 'hexo-generator-index', 'hexo-renderer-marked'];
/** What Hexo renders into a page: every other route is a file sent as it is. */
const PAGE_EXTENSIONS = new Set(['.html', '.htm']);

const siteArg = process.argv[2];
if (!siteArg || process.argv.length > 3) {
  console.error('usage: node tests/support/hexo-oracle.mjs <hexo site root>');
  process.exit(2);
}
const site = path.resolve(siteArg);
if (!fs.existsSync(path.join(site, '_config.yml'))) {
  console.error(`hexo-oracle: ${site} has no _config.yml`);
  process.exit(2);
}

// Whatever Hexo or a plugin logs must not end up in the JSON on stdout.
const stdoutWrite = process.stdout.write.bind(process.stdout);
console.log = console.info = console.debug = console.error;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-hexo-oracle-'));
const removeWork = () => fs.rmSync(work, { recursive: true, force: true });
process.on('exit', removeWork);

const started = performance.now();
// The site, without what Hexo or npm made of it: its database, output and installed modules.
const LEFT_OUT = new Set(['db.json', 'node_modules', 'public', '.deploy_git']);
fs.cpSync(site, work, { recursive: true, preserveTimestamps: true, filter: (from) => path.dirname(from) !== site || !LEFT_OUT.has(path.basename(from)) });

const { default: Hexo } = await import('hexo');
const hexo = new Hexo(work, { silent: true, safe: true });
await hexo.init();
for (const name of PLUGINS) await hexo.loadPlugin(require.resolve(name));
for (const filter of hexo.extend.filter.list('before_generate')) {
  if (filter.name === 'renderPostFilter') hexo.extend.filter.unregister('before_generate', filter);
}
await hexo.load();

const posix = (file) => file.split(path.sep).join('/');
const sourceDir = path.join(work, hexo.config.source_dir);
/** A file's path relative to the site's source folder, as Post.source and Page.source are. */
const fromSource = (absolute) => posix(path.relative(sourceDir, absolute));

const published = new Set(hexo.locals.get('posts').map((post) => post._id));
const posts = hexo.model('Post').map((post) => ({
  source: post.source,
  path: post.path,
  title: post.title == null ? '' : String(post.title),
  published: published.has(post._id),
  date: post.date.toISOString(),
  slug: post.slug,
  layout: post.layout ?? null,
  // Front matter that plugins such as hexo-hide-posts honour; plain Hexo still lists these posts.
  hidden: Boolean(post.hidden || post.hide),
}));

const pages = hexo.locals.get('pages').map((page) => ({
  source: page.source,
  path: page.path,
  title: page.title == null ? '' : String(page.title),
  layout: page.layout === false ? false : (page.layout ?? null),
  type: page.type ?? null,
}));

const Category = hexo.model('Category');
const parentsOf = (category) => {
  const names = [];
  for (let at = category.parent && Category.findById(category.parent); at; at = at.parent && Category.findById(at.parent)) names.unshift(at.name);
  return names;
};
const categories = hexo.locals.get('categories').map((c) => ({ name: c.name, path: c.path, parents: parentsOf(c), posts: c.posts.length }));
const tags = hexo.locals.get('tags').map((t) => ({ name: t.name, path: t.path, posts: t.posts.length }));

const routes = hexo.route.list().sort();
const routeSet = new Set(routes);
// Where each file route comes from: the copied source files (Asset), the post asset folders
// (PostAsset), and pages Hexo renders to something other than HTML (a .css or .json under source/).
const origins = new Map();
for (const asset of hexo.model('Asset').toArray()) origins.set(posix(asset.path), fromSource(asset.source));
for (const asset of hexo.model('PostAsset').toArray()) origins.set(posix(asset.path), fromSource(asset.source));
for (const page of hexo.model('Page').toArray()) if (!origins.has(page.path)) origins.set(page.path, page.source);
const assets = routes
  .filter((route) => !PAGE_EXTENSIONS.has(path.extname(route).toLowerCase()))
  .map((route) => ({ path: route, source: origins.get(route) ?? null }));

// What each list page Hexo generated shows (home, archives, categories, tags, and each of their page
// numbers): the generators again, keeping their pagination data.
const bySourceId = new Map(hexo.model('Post').map((post) => [post._id, post.source]));
const lists = (await hexo._runGenerators())
  .filter((item) => item?.data?.posts && typeof item.data.current === 'number')
  .map(({ path: route, data }) => ({
    path: hexo.route.format(route),
    kind: data.category ? 'category' : data.tag ? 'tag' : data.archive ? 'archive' : 'index',
    name: data.category ?? data.tag ?? (data.archive ? [data.year, data.month, data.day].filter(Boolean).join('/') : ''),
    page: data.current,
    posts: data.posts.map((post) => bySourceId.get(post._id) ?? post.source),
  }))
  .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

const c = hexo.config;
const config = {
  root: c.root,
  url: c.url,
  source_dir: c.source_dir,
  permalink: c.permalink,
  permalink_defaults: c.permalink_defaults ?? null,
  pretty_urls: c.pretty_urls ?? null,
  timezone: c.timezone || null,
  new_post_name: c.new_post_name,
  post_asset_folder: Boolean(c.post_asset_folder),
  per_page: c.per_page,
  pagination_dir: c.pagination_dir,
  archive_dir: c.archive_dir,
  category_dir: c.category_dir,
  tag_dir: c.tag_dir,
  category_map: c.category_map ?? {},
  tag_map: c.tag_map ?? {},
  skip_render: c.skip_render ?? [],
  future: c.future,
  render_drafts: c.render_drafts,
  index_generator: c.index_generator ?? null,
  archive_generator: c.archive_generator ?? null,
  category_generator: c.category_generator ?? null,
  tag_generator: c.tag_generator ?? null,
};

const claimsByRoute = new Map();
for (const p of [...posts.filter((post) => post.published), ...pages]) {
  const route = hexo.route.format(p.path);
  claimsByRoute.set(route, [...(claimsByRoute.get(route) ?? []), p.source]);
}

// The plugins the blog had installed (its package.json), which this run does not load: a test may
// need to know that, say, hexo-hide-posts took `hidden` posts out of its lists.
const packageFile = path.join(site, 'package.json');
const pkg = fs.existsSync(packageFile) ? JSON.parse(fs.readFileSync(packageFile, 'utf8')) : {};
const plugins = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
  .filter((name) => /^(@[^/]+\/)?hexo-/.test(name))
  .sort();

const result = {
  hexo: hexo.version,
  plugins,
  timeZone: process.env.TZ,
  config,
  posts,
  pages,
  categories,
  tags,
  routes,
  lists,
  assets,
  // Routes that several posts or pages claim: Hexo keeps only the last one generated.
  duplicates: [...claimsByRoute].filter(([, sources]) => sources.length > 1).map(([route, sources]) => ({ route, sources })),
  missing: [...posts.filter((p) => p.published), ...pages].map((p) => hexo.route.format(p.path)).filter((route) => !routeSet.has(route)),
  millis: Math.round(performance.now() - started),
};

// Hexo leaves handles open (its Bluebird timers, the file boxes): exit once the whole answer is out.
stdoutWrite(`${JSON.stringify(result)}\n`, () => process.exit(0));
