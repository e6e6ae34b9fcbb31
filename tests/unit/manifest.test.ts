import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readContent, type ContentOptions } from '@/lib/content/load';
import { contentManifestPath, readContentManifest, writeContentManifest } from '@/lib/content/manifest';
import { corpusDir, post, repoRoot, runScript, useTempDirs, writeFiles } from './helpers';
import { parseInParallel } from '../../scripts/content/parse-pool';

const newTempDir = useTempDirs();

describe('the content manifest', () => {
  let options: ContentOptions;

  beforeEach(async () => {
    const dir = await newTempDir();
    await writeFiles(dir, {
      'articles/a.md': post('title: 第一篇\nauthor: 林间', '## 小标题\n\n正文。'),
      'articles/_drafts/b.md': post('title: 草稿'),
      'articles/broken.md': '---\ntitle: [\n---\n正文',
      'authors/linjian.yml': 'name: 林间拾字\nslug: linjian\naliases: [林间]\n',
      'categories.yml': '',
    });
    options = { contentDir: dir, articlesDir: path.join(dir, 'articles'), timeZone: 'Asia/Shanghai', defaultAuthor: '佚名' };
    // A build folder of its own, so the file never lands on a real build's manifest.
    vi.stubEnv('NEXT_DIST_DIR', `.next-unit-${process.pid}-${Math.random().toString(36).slice(2)}`);
  });

  afterEach(async () => {
    await fs.rm(contentManifestPath(), { force: true });
    vi.unstubAllEnvs();
  });

  it('gives back what was read: every article, its author resolved through the profile, the problems', async () => {
    const read = await readContent(options);
    await writeContentManifest(read, options);
    const loaded = await readContentManifest(options);
    if (typeof loaded === 'string') throw new Error(`manifest refused: ${loaded}`);
    expect(loaded.all).toEqual(read.all);
    expect(loaded.all.map((a) => [a.slug, a.author.slug, a.draft])).toEqual(
      expect.arrayContaining([
        ['a', 'linjian', false],
        ['b', expect.any(String), true],
      ]),
    );
    expect(loaded.problems).toEqual(read.problems);
    expect(loaded.problems.some((p) => p.file === 'broken.md')).toBe(true);
    expect(loaded.registry.resolve('林间').slug).toBe('linjian');
    expect(loaded.articlesDir).toBe(options.articlesDir);
  });

  it('is refused, with the reason, once a file is added, removed or edited, or for other folders', async () => {
    await writeContentManifest(await readContent(options), options);
    expect(typeof (await readContentManifest(options))).toBe('object');

    await fs.writeFile(path.join(options.articlesDir, 'a.md'), post('title: 第一篇，改过了'));
    expect(await readContentManifest(options)).toBe('was made before content files were added, removed or changed');

    await writeContentManifest(await readContent(options), options);
    await writeFiles(options.articlesDir, { 'c.md': post('title: 新的一篇') });
    expect(await readContentManifest(options)).toMatch(/was made before/);

    await writeContentManifest(await readContent(options), options);
    await fs.rm(path.join(options.contentDir, 'authors', 'linjian.yml'));
    expect(await readContentManifest(options)).toMatch(/was made before/);

    await writeContentManifest(await readContent(options), options);
    expect(await readContentManifest({ ...options, timeZone: 'UTC' })).toBe('was made from other content folders or settings');
  });

  it('says so when there is none, or when it is of another format', async () => {
    expect(await readContentManifest(options)).toBe('does not exist');
    await fs.mkdir(path.dirname(contentManifestPath()), { recursive: true });
    await fs.writeFile(contentManifestPath(), JSON.stringify({ version: 0 }));
    expect(await readContentManifest(options)).toMatch(/^has format 0/);
  });
});

describe('parsing on worker threads', () => {
  it('reads the corpus exactly as parsing one file after another does', { timeout: 60_000 }, async () => {
    const corpus = { contentDir: corpusDir, articlesDir: corpusDir, timeZone: 'Asia/Shanghai' };
    const [inOrder, parallel] = [await readContent(corpus), await readContent(corpus, parseInParallel(2))];
    expect(parallel.all.length).toBeGreaterThan(60);
    expect(parallel.all).toEqual(inOrder.all);
    expect(parallel.problems).toEqual(inOrder.problems);
  });
});

describe('the build’s content step', () => {
  it('writes the manifest and the search index, and in strict mode fails naming every problem, cached files’ too', { timeout: 120_000 }, async () => {
    const dir = await newTempDir();
    await writeFiles(dir, {
      'articles/a.md': post('title: 中介与撮合', '撮合和中介的角色。'),
      'articles/bad-date.md': post('title: 日期不对\ndate: 2021-02-30'),
      'articles/no-title.md': '---\ndate: 2021-01-01\n---\n正文',
    });
    const dist = `.next-unit-${process.pid}-step`;
    const env = { ...process.env, CONTENT_DIR: dir, NEXT_DIST_DIR: dist };
    const files = [path.join(repoRoot, '.content', `${dist.slice(1)}.json`), path.join(repoRoot, '.search', `${dist.slice(1)}.bin`)];
    try {
      const ok = await runScript('scripts/build-content.ts', [], env);
      expect(ok.code).toBe(0);
      expect(ok.lines.some((l) => /^Content: 3 articles \(3 parsed, 0 from cache\), .*\.content\/next-unit-.*\.json/.test(l))).toBe(true);
      expect(ok.lines.some((l) => /^Search index: 3 articles/.test(l))).toBe(true);
      for (const file of files) await expect(fs.stat(file)).resolves.toBeTruthy();
      expect(ok.stderr).toMatch(/bad-date\.md \[date\]/);

      const strict = await runScript('scripts/build-content.ts', [], { ...env, CONTENT_STRICT: '1' });
      expect(strict.code).toBe(1);
      expect(strict.stderr).toMatch(/bad-date\.md \[date\]/);
      expect(strict.stderr).toMatch(/no-title\.md \[title\]/);

      await writeFiles(dir, { 'articles/a.md': post('title: 中介与撮合', '撮合和中介的角色，改过。') });
      const again = await runScript('scripts/build-content.ts', [], env);
      expect(again.lines.some((l) => /^Content: 3 articles \(1 parsed, 2 from cache\)/.test(l))).toBe(true);
      expect(again.stderr).toMatch(/bad-date\.md \[date\]/);
      const off = await runScript('scripts/build-content.ts', [], { ...env, CONTENT_CACHE: 'off' });
      expect(off.lines.some((l) => /^Content: 3 articles \(cache off\)/.test(l))).toBe(true);
    } finally {
      for (const file of files) await fs.rm(file, { force: true });
      await fs.rm(path.join(repoRoot, dist), { recursive: true, force: true });
    }
  });
});
