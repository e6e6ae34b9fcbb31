import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { post, stubSiteEnv, useTempDirs, writeFiles } from './helpers';

const tempDir = useTempDirs();

/** The index and env() are built once per process, so each test imports a fresh copy. */
async function freshIndex() {
  vi.resetModules();
  return import('@/lib/content');
}

async function contentWithOneWarning(): Promise<string> {
  const root = await tempDir();
  await writeFiles(root, {
    'articles/good.md': post('title: 好文章'),
    // No author: a warning, not an error.
    'articles/anonymous.md': '---\ntitle: 无名氏\ndate: 2021-05-24 08:00:00\n---\n正文。',
    'articles/broken.md': '---\ntitle: [\n---\n正文。',
  });
  stubSiteEnv(root, path.join(root, 'articles'));
  return root;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the site-wide content index', () => {
  it('reports problems once, leaves broken articles out and keeps the others', async () => {
    await contentWithOneWarning();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const content = await freshIndex();
    const titles = (await content.getArticles()).map((a) => a.title).sort();
    await content.getArticles();
    expect(titles).toEqual(['好文章', '无名氏']);
    expect(warn).toHaveBeenCalledTimes(1);
    const printed = String(warn.mock.calls[0]![0]);
    expect(printed).toMatch(/^Content problems \(1 error, 1 warning;/);
    expect(printed).toMatch(/error: broken\.md: front matter is not valid YAML/);
    expect(printed).toMatch(/warning: anonymous\.md \[author\]/);
  });

  it('fails the build in strict mode, naming every problem', async () => {
    await contentWithOneWarning();
    vi.stubEnv('CONTENT_STRICT', '1');
    const content = await freshIndex();
    const failure = await content.getArticles().then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/^Content problems \(CONTENT_STRICT is on\)/);
    expect(failure).toMatch(/error: broken\.md/);
    expect(failure).toMatch(/warning: anonymous\.md \[author\]/);
  });

  it('answers percent-encoded and raw slugs alike', async () => {
    const root = await tempDir();
    await writeFiles(root, { 'articles/中文 标题.md': post('title: 中文标题') });
    stubSiteEnv(root, path.join(root, 'articles'));
    const content = await freshIndex();
    const raw = await content.getArticle('中文-标题');
    expect(raw?.title).toBe('中文标题');
    expect(await content.getArticle(encodeURIComponent('中文-标题'))).toBe(raw);
    expect(await content.getArticle(encodeURIComponent('中文-标题').toLowerCase())).toBe(raw);
    expect(await content.getArticle('没有这篇')).toBeUndefined();
  });
});
