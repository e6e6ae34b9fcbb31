#!/usr/bin/env node
// How Hexo itself renders some posts of a site: `node tests/support/hexo-render-cli.mjs <site root>
// <source>…` prints `{ [source]: html }`, each post rendered through Hexo's own tag plugins and
// hexo-renderer-marked (on a temporary copy: Hexo writes into the site folder). Only posts whose
// tags Hexo alone knows (asset_img, post_link, …) can be rendered so; theme tags are not loaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import Hexo from 'hexo';

const require = createRequire(import.meta.url);
const [site, ...sources] = process.argv.slice(2);
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-hexo-render-'));
fs.cpSync(path.resolve(site), copy, { recursive: true });
const hexo = new Hexo(copy, { silent: true });
await hexo.init();
await hexo.loadPlugin(require.resolve('hexo-renderer-marked'));
await hexo.source.process();
const html = {};
for (const source of sources) {
  const post = hexo.model('Post').findOne({ source });
  if (!post) throw new Error(`Hexo has no post ${source}`);
  html[source] = (await hexo.post.render(post.full_source, post)).content;
}
process.stdout.write(JSON.stringify(html), () => {
  fs.rmSync(copy, { recursive: true, force: true });
  process.exit(0);
});
