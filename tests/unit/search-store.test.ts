import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentText, packSearchIndex, postingsOf } from '@/lib/search/packed';
import { decodeSearchIndexFile } from '@/lib/search/packed-file';
import { post, stubSiteEnv, useTempDirs, writeFiles } from './helpers';

const newTempDir = useTempDirs();

/** The file's bytes with its JSON header changed by `change`, which must keep the header's length. */
function withHeader(bytes: Buffer, change: (header: string) => string): Buffer {
  const length = bytes.readUInt32LE(4);
  const header = change(bytes.toString('utf8', 8, 8 + length));
  expect(Buffer.byteLength(header)).toBe(length);
  return Buffer.concat([bytes.subarray(0, 8), Buffer.from(header), bytes.subarray(8 + length)]);
}

/** lib/search/store and the content index it reads, fresh (their per-process caches empty). */
async function freshStore() {
  vi.resetModules();
  return import('@/lib/search/store');
}

describe('the stored search index', () => {
  let indexFile: string | undefined;

  beforeEach(async () => {
    const dir = await newTempDir();
    await writeFiles(dir, {
      'articles/a.md': post('title: 中介与撮合', '撮合和中介的角色。'),
      'articles/b.md': post('title: 另一篇\ndate: 2020-01-01', '与撮合无关。'),
    });
    stubSiteEnv(dir, path.join(dir, 'articles'));
    // A build folder of its own, so the file lands beside, never over, a real build's index.
    vi.stubEnv('NEXT_DIST_DIR', `.next-unit-${process.pid}-${Math.random().toString(36).slice(2)}`);
    indexFile = (await freshStore()).searchIndexPath();
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    if (indexFile) await fs.rm(indexFile, { force: true });
  });

  it('is written under .search/, one file per build folder', async () => {
    const { writeSearchIndex } = await freshStore();
    const written = await writeSearchIndex();
    expect(written.file).toBe(indexFile);
    expect(path.relative(process.cwd(), written.file)).toBe(path.join('.search', `${process.env.NEXT_DIST_DIR!.slice(1)}.bin`));
    expect(written.documents).toBe(2);
    expect((await fs.stat(written.file)).size).toBe(written.bytes);
  });

  it('is written as the packed index of the content, whatever its terms', async () => {
    // Many distinct terms, digit-only terms (which objects order first), and terms that are names on Object.prototype.
    const dir = await newTempDir();
    const words = (n: number) => Array.from({ length: 1500 }, (_, i) => `w${n}x${i}`).join(' ');
    await writeFiles(dir, {
      ...Object.fromEntries(Array.from({ length: 60 }, (_, n) => [`articles/p${n}.md`, post(`title: Post ${n}`, `${words(n)} 2024 7 constructor proto "quoted" 撮合`)])),
    });
    stubSiteEnv(dir, path.join(dir, 'articles'));
    const store = await freshStore();
    const written = await store.writeSearchIndex();
    const stored = decodeSearchIndexFile(await fs.readFile(written.file));
    if (typeof stored === 'string') throw new Error(stored);
    expect(stored.index).toEqual(packSearchIndex(await store.buildContentSearchIndex()));
    expect([...stored.index.terms.words.keys()]).toEqual(expect.arrayContaining(['2024', '7', 'constructor', 'proto', 'quoted', 'w59x1499']));
    expect(postingsOf(stored.index, 'bigrams', '撮合')).toHaveLength(120);
  });

  it('is written with an empty namespace when no article has Han text', async () => {
    const dir = await newTempDir();
    await writeFiles(dir, { 'articles/latin.md': post('title: Latin only\nauthor: Ann', 'No Han characters at all.') });
    stubSiteEnv(dir, path.join(dir, 'articles'));
    const written = await (await freshStore()).writeSearchIndex();
    const stored = decodeSearchIndexFile(await fs.readFile(written.file));
    expect(typeof stored !== 'string' && stored.index.terms.bigrams.size).toBe(0);
  });

  it('is read from the file when it was built from the same content', async () => {
    await (await freshStore()).writeSearchIndex();
    const stored = decodeSearchIndexFile(await fs.readFile(indexFile!));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { getSearchIndex } = await freshStore();
    expect(stored).not.toBeTypeOf('string');
    expect(await getSearchIndex()).toEqual((stored as Exclude<typeof stored, string>).index);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length - 3), 'bytes long, not the'],
    ['cut inside its header', (bytes: Buffer) => bytes.subarray(0, 20), 'is truncated'],
    ['of an older format', (bytes: Buffer) => withHeader(bytes, (header) => header.replace('"version":4', '"version":3')), 'has format 3, not 4'],
    ['written in the other byte order', (bytes: Buffer) => Buffer.concat([Buffer.from(bytes.subarray(0, 4)).reverse(), bytes.subarray(4)]), 'other byte order'],
    ['not an index at all', () => Buffer.from('{"version":3}'), 'is not a search index file'],
  ])('is rebuilt in memory, with a warning naming the file and the fault, when the file is %s', async (_, damage, fault) => {
    const written = await (await freshStore()).writeSearchIndex();
    await fs.writeFile(written.file, damage(await fs.readFile(written.file)));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { getSearchIndex } = await freshStore();
    const index = await getSearchIndex();
    expect(index.slugs.toSorted()).toEqual(['a', 'b']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain(path.relative(process.cwd(), written.file));
    expect(String(warn.mock.calls[0]![0])).toContain(fault);
  });

  it('is built in memory, with one warning, when the file is missing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { getSearchIndex } = await freshStore();
    const [index, again] = await Promise.all([getSearchIndex(), getSearchIndex()]);
    expect(again).toBe(index);
    expect(index.slugs).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('does not exist');
  });

  it('is rebuilt when the file was built from other content', async () => {
    await (await freshStore()).writeSearchIndex();
    const other = await newTempDir();
    await writeFiles(other, { 'articles/c.md': post('title: 别的文章') });
    stubSiteEnv(other, path.join(other, 'articles'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { getSearchIndex } = await freshStore();
    const index = await getSearchIndex();
    expect(index.slugs).toEqual(['c']);
    expect(String(warn.mock.calls[0]![0])).toContain('built from other articles');
  });

  it('is rebuilt when an article was edited since', async () => {
    await (await freshStore()).writeSearchIndex();
    await writeFiles(path.dirname(process.env.ARTICLES_DIR!), { 'articles/b.md': post('title: 另一篇\ndate: 2020-01-01', '改过的正文，多了几个字。') });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { getSearchIndex } = await freshStore();
    const index = await getSearchIndex();
    expect(documentText(index, index.slugs.indexOf('b'))).toBe('改过的正文，多了几个字。');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
