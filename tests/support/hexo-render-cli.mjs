#!/usr/bin/env node
// How Hexo itself renders a site's posts:
//
//   node tests/support/hexo-render-cli.mjs [--theme-tags] <site root> [<source>…]
//
// prints `{ html: { [source]: html }, errors: { [source]: message } }`: the posts named (every post
// when none is), each rendered by Hexo's own post renderer with its core tag plugins and
// hexo-renderer-marked, on a temporary copy (Hexo writes into the site folder). `--theme-tags` also
// registers test-only stand-ins for the theme tags (hexo-theme-tags.mjs); without it, a post using
// one is an error, as it is for Hexo without the theme.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import Hexo from 'hexo';
import { registerThemeTags } from './hexo-theme-tags.mjs';

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const themeTags = argv[0] === '--theme-tags';
const [site, ...sources] = themeTags ? argv.slice(1) : argv;
const stdoutWrite = process.stdout.write.bind(process.stdout);
console.log = console.info = console.debug = console.error;
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-hexo-render-'));
fs.cpSync(path.resolve(site), copy, { recursive: true, filter: (from) => !['db.json', 'node_modules', 'public'].includes(path.basename(from)) });
const hexo = new Hexo(copy, { silent: true });
await hexo.init();
await hexo.loadPlugin(require.resolve('hexo-renderer-marked'));
if (themeTags) registerThemeTags(hexo, hexo.config.theme);
await hexo.source.process();
const html = {};
const errors = {};
const posts = sources.length ? sources.map((source) => hexo.model('Post').findOne({ source }) ?? source) : hexo.model('Post').toArray();
for (const post of posts) {
  if (typeof post === 'string') throw new Error(`Hexo has no post ${post}`);
  try {
    // The body without its front matter, as `hexo generate` renders it.
    html[post.source] = (await hexo.post.render(post.full_source, { ...post.toObject(), content: post._content })).content;
  } catch (error) {
    errors[post.source] = String(error?.message ?? error).split('\n')[0];
  }
}
stdoutWrite(JSON.stringify(sources.length ? html : { html, errors }), () => {
  fs.rmSync(copy, { recursive: true, force: true });
  process.exit(0);
});
