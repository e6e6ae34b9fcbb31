#!/usr/bin/env node
// What Hexo itself makes of a Hexo site: `node tests/support/hexo-oracle-cli.mjs <site root>` prints, as
// JSON, every post Hexo publishes with its path and title, its pages, categories and tags, and every
// route it generates (posts, lists, archives, page numbers, copied files and post assets). The tests
// compare the site with this, never with our own code's idea of Hexo.
//
// Hexo runs on a temporary copy (it writes db.json into the site; the shared sites are read-only),
// with the generators a default Hexo site installs, and without a theme. Posts are not rendered:
// Hexo alone does not know the theme's tag plugins (note, spoiler…) and would stop at the first.
// Run it with TZ set to the writer's zone: Hexo reads dates in the machine's zone when the site's
// `timezone` is empty (tests/support/hexo-oracle.ts does).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import Hexo from 'hexo';

const require = createRequire(import.meta.url);
// What `hexo init` installs: the generators, and the Markdown renderer (without one, Hexo does not
// take .md files for posts at all).
const PLUGINS = ['hexo-generator-archive', 'hexo-generator-category', 'hexo-generator-tag', 'hexo-generator-index', 'hexo-renderer-marked'];

const source = process.argv[2];
if (!source) {
  console.error('usage: hexo-oracle-cli.mjs <hexo site root>');
  process.exit(2);
}
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-hexo-oracle-'));
try {
  fs.cpSync(path.resolve(source), copy, { recursive: true });
  const hexo = new Hexo(copy, { silent: true });
  await hexo.init();
  for (const name of PLUGINS) await hexo.loadPlugin(require.resolve(name));
  await hexo.source.process();
  hexo.locals.invalidate();
  await hexo._routerRefresh(hexo._runGenerators(), false);
  const rendered = new Set(['html', 'htm']);
  const routes = hexo.route.list();
  const result = {
    config: { root: hexo.config.root, permalink: hexo.config.permalink, per_page: hexo.config.per_page, timezone: hexo.config.timezone || null },
    posts: hexo.locals.get('posts').map((p) => ({ source: p.source, path: p.path, title: p.title ?? '', published: p.published !== false, date: p.date.toISOString() })),
    drafts: hexo.model('Post').filter((p) => p.published === false).map((p) => p.source),
    pages: hexo.locals.get('pages').map((p) => ({ source: p.source, path: p.path, title: p.title ?? '', type: p.type ?? null })),
    categories: hexo.locals.get('categories').map((c) => ({ name: c.name, path: c.path })),
    tags: hexo.locals.get('tags').map((t) => ({ name: t.name, path: t.path })),
    routes,
    files: routes.filter((r) => !rendered.has(path.extname(r).slice(1).toLowerCase())),
  };
  // Hexo leaves handles open; exit once the whole answer is out (a pipe takes it in pieces).
  process.stdout.write(JSON.stringify(result), () => {
    fs.rmSync(copy, { recursive: true, force: true });
    process.exit(0);
  });
} catch (error) {
  fs.rmSync(copy, { recursive: true, force: true });
  throw error;
}
