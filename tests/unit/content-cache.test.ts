import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseOneByOne, readContent, type ContentOptions, type FileResult, type ParseFiles } from '@/lib/content/load';
import { cachedParse, codeHash, dependencyHash, type CacheInputs } from '../../scripts/content/cache';
import { readEnv } from '@/lib/env';
import { readHexoSite } from '@/lib/hexo/config';
import { post, repoRoot, useTempDirs, writeFiles } from './helpers';

const newTempDir = useTempDirs();

describe('the content step’s cache', () => {
  let dir: string;
  let options: ContentOptions;
  let inputs: CacheInputs;

  beforeEach(async () => {
    dir = await newTempDir();
    await writeFiles(dir, {
      'articles/a.md': post('title: 第一篇\nauthor: 林间', '## 小标题\n\n正文，供搜索。'),
      'articles/notes/b.md': post('title: 第二篇'),
      'articles/_drafts/c.md': post('title: 草稿'),
      'articles/broken.md': '---\ntitle: [\n---\n正文',
      'articles/undated.md': '---\ntitle: 无日期\nauthor: 林间\n---\n正文',
      'categories.yml': '',
    });
    options = { contentDir: dir, articlesDir: path.join(dir, 'articles'), timeZone: 'Asia/Shanghai', defaultAuthor: '佚名' };
    inputs = { dir: path.join(dir, 'build/cache/content'), code: 'code-1', dependencies: 'deps-1', node: process.version };
  });

  /** Reads the content through the cache over the real parser; says which files the parser was given and what each file gave. */
  async function build(with_: CacheInputs = inputs) {
    const parsedFiles: string[] = [];
    const parser: ParseFiles = async (articlesDir, files, settings) => {
      parsedFiles.push(...files);
      return parseOneByOne(articlesDir, files, settings);
    };
    const { parse, counts } = cachedParse(parser, with_);
    const results = new Map<string, FileResult>();
    const read = await readContent(options, async (articlesDir, files, settings) => {
      const got = await parse(articlesDir, files, settings);
      files.forEach((file, i) => results.set(file, structuredClone(got[i]!)));
      return got;
    });
    return { read, results, counts: { ...counts }, parsedFiles: parsedFiles.sort() };
  }

  const entries = async () => (await fs.readdir(inputs.dir)).filter((name) => name.endsWith('.bin'));

  it('parses nothing on a second run with nothing changed, and gives the same content, problems and texts', async () => {
    const first = await build();
    expect(first.counts).toEqual({ parsed: 5, reused: 0 });
    const second = await build();
    expect(second.counts).toEqual({ parsed: 0, reused: 5 });
    expect(second.parsedFiles).toEqual([]);
    expect(second.results).toEqual(first.results);
    expect(second.read.all).toEqual(first.read.all);
    expect(second.read.problems).toEqual(first.read.problems);
    // Problems of cached files are reported on every build.
    expect(second.read.problems.some((p) => p.file === 'broken.md' && p.severity === 'error')).toBe(true);
    expect(second.results.get('a.md')!.text).toContain('正文，供搜索');
    expect(second.read.all.find((a) => a.title === '草稿')?.draft).toBe(true);
  });

  it('parses again only the file that changed, and keeps one entry per file', async () => {
    await build();
    await fs.appendFile(path.join(dir, 'articles/notes/b.md'), '\n\n新加的一段。');
    const second = await build();
    expect(second.parsedFiles).toEqual([path.join('notes', 'b.md')]);
    expect(second.counts).toEqual({ parsed: 1, reused: 4 });
    expect(second.results.get(path.join('notes', 'b.md'))!.text).toContain('新加的一段');
    expect(await entries()).toHaveLength(5);
  });

  it('parses everything again when a dependency’s version changes', async () => {
    const lock = path.join(dir, 'package-lock.json');
    const packages = { '': { name: 'yuedu' }, 'node_modules/unified': { version: '11.0.5' } };
    await fs.writeFile(lock, JSON.stringify({ lockfileVersion: 3, packages }));
    const before = dependencyHash(lock);
    await build({ ...inputs, dependencies: before });
    packages['node_modules/unified'].version = '11.0.6';
    await fs.writeFile(lock, JSON.stringify({ lockfileVersion: 3, packages }));
    const after = dependencyHash(lock);
    expect(after).not.toBe(before);
    expect((await build({ ...inputs, dependencies: after })).counts).toEqual({ parsed: 5, reused: 0 });
    expect(await entries()).toHaveLength(5);
  });

  it('parses everything again when the code that parses changes', async () => {
    const copy = await newTempDir();
    for (const folder of ['lib', 'scripts/content']) await fs.cp(path.join(repoRoot, folder), path.join(copy, folder), { recursive: true });
    const before = codeHash(copy);
    expect(before).toBe(codeHash(repoRoot));
    await build({ ...inputs, code: before });
    await fs.appendFile(path.join(copy, 'lib/content/markdown.ts'), '\n// a change to the renderer\n');
    const after = codeHash(copy);
    expect(after).not.toBe(before);
    expect((await build({ ...inputs, code: after })).counts).toEqual({ parsed: 5, reused: 0 });
    expect((await build({ ...inputs, node: 'v99.0.0', code: after })).counts).toEqual({ parsed: 5, reused: 0 });
  });

  it('parses a corrupt or unreadable entry again instead of failing', async () => {
    const first = await build();
    const [damaged, emptied, ...rest] = await entries();
    await fs.writeFile(path.join(inputs.dir, damaged!), 'not an entry');
    await fs.writeFile(path.join(inputs.dir, emptied!), '');
    await fs.chmod(path.join(inputs.dir, rest[0]!), 0o000);
    const second = await build();
    // Root reads a file whatever its mode; then only the two damaged ones are parsed.
    expect(second.counts.parsed).toBeGreaterThanOrEqual(2);
    expect(second.results).toEqual(first.results);
    expect((await build()).counts).toEqual({ parsed: 0, reused: 5 });
  });

  it('parses a file again when the modification time its date fell back to changes', async () => {
    const first = await build();
    expect(first.results.get('undated.md')!.dependsOn?.mtime).toBeDefined();
    const later = new Date('2030-01-02T03:04:05Z');
    await fs.utimes(path.join(dir, 'articles/undated.md'), later, later);
    // Of a dated file only `modifiedAt` follows the time: it is reused.
    await fs.utimes(path.join(dir, 'articles/a.md'), later, later);
    const second = await build();
    expect(second.parsedFiles).toEqual(['undated.md']);
    expect(second.read.all.find((a) => a.title === '无日期')?.date).toBe(later.toISOString());
    expect(second.read.all.find((a) => a.title === '第一篇')?.modifiedAt).toBe(later.toISOString());
  });

  it('parses a file that links to a post again when a post is added', async () => {
    await writeFiles(dir, { 'articles/linking.md': post('title: 链接', '见 {% post_link missing %}。') });
    await build();
    await writeFiles(dir, { 'articles/missing.md': post('title: 后来的一篇') });
    const second = await build();
    expect(second.parsedFiles).toEqual(['linking.md', 'missing.md']);
  });

  it('parses a Hexo post again when a file it looked for appears', async () => {
    await writeFiles(dir, {
      '_config.yml': 'permalink: :year/:month/:day/:title/\npost_asset_folder: true\nauthor: 博主\n',
      'source/_posts/trip.md': '---\ntitle: 旅行\ndate: 2020-01-02 10:00:00\n---\n![photo](photo.png)\n',
      'source/_posts/home.md': '---\ntitle: 家\ndate: 2020-01-03 10:00:00\n---\n正文\n',
    });
    options = { contentDir: dir, articlesDir: '', timeZone: 'UTC', hexo: await readHexoSite(dir) };
    const first = await build();
    expect(first.read.problems).toEqual([expect.objectContaining({ message: expect.stringContaining('"photo.png" not found') })]);
    await writeFiles(dir, { 'source/_posts/trip/photo.png': 'a picture' });
    const second = await build();
    expect(second.parsedFiles).toEqual([path.join('_posts', 'trip.md')]);
    expect(second.read.problems).toEqual([]);
  });

  it('is on unless CONTENT_CACHE=off', () => {
    const envWith = (variables: Record<string, string>) => readEnv(variables as NodeJS.ProcessEnv);
    expect(envWith({}).contentCache).toBe(true);
    expect(envWith({ CONTENT_CACHE: 'off' }).contentCache).toBe(false);
    expect(() => envWith({ CONTENT_CACHE: 'no' })).toThrow(/CONTENT_CACHE/);
  });
});
