import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, post, repoRoot, runScript, useTempDirs, writeFiles } from './helpers';

const newTempDir = useTempDirs();
const script = path.join(repoRoot, 'scripts', 'content-check.ts');

/** This process's environment minus the variables that choose content, so each test decides them. */
const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  CONTENT_DIR: undefined,
  ARTICLES_DIR: undefined,
  SITE_TIMEZONE: undefined,
  CONTENT_STRICT: undefined,
  npm_config_strict: undefined,
};

/** Runs the script as `npm run content:check` would. */
const run = (args: string[], env: Record<string, string> = {}) => runScript(script, args, { ...baseEnv, ...env });

const good = post('title: 好文章');
// A draft flag that is neither on nor off: the one field that stays an error, so no typo publishes a draft.
const broken = post('title: 坏文章\ndraft: maybe');
const draftMessage = 'must be true or false, not "maybe"';

describe('npm run content:check', { timeout: 60_000 }, () => {
  it('reports a broken post in a folder of posts and exits 1', async () => {
    const dir = await newTempDir();
    await writeFiles(dir, { 'good.md': good, 'broken.md': broken });
    const { code, lines } = await run([dir]);
    expect(lines).toEqual([`error: broken.md [draft]: ${draftMessage}`, '2 files, 1 article, 1 error, 0 warnings']);
    expect(code).toBe(1);
  });

  it('exits 0 with only warnings, and 1 with --strict', async () => {
    const dir = await newTempDir();
    await writeFiles(dir, { 'good.md': good, 'anonymous.md': '---\ntitle: 无名\ndate: 2021-05-24\n---\n正文' });
    const expected = ['warning: anonymous.md [author]: is missing: the article is shown under the site’s default author', '2 files, 2 articles, 0 errors, 1 warning'];
    const relaxed = await run([dir]);
    expect(relaxed.lines).toEqual(expected);
    expect(relaxed.code).toBe(0);
    const strict = await run([dir, '--strict']);
    expect(strict.lines).toEqual(expected);
    expect(strict.code).toBe(1);
    // What `npm run content:check DIR --strict` passes on when the flag is not after `--`.
    const viaNpm = await run([dir], { npm_config_strict: 'true' });
    expect(viaNpm.code).toBe(1);
  });

  it('reads a folder with articles/ as a content root, with authors and categories beside it', async () => {
    const dir = await newTempDir();
    await writeFiles(dir, {
      'articles/编程/good.md': post('title: 好文章\ncategories: 编程\ndraft: true'),
      'articles/编程/public.md': post('title: 公开\ncategories: 编程'),
      'authors/broken.yml': 'bio: 没有名字',
      'categories.yml': '不存在:\n  description: 没有文章',
    });
    const { code, lines } = await run([dir]);
    expect(lines).toEqual([
      `error: ${path.join('authors', 'broken.yml')} [name]: Invalid input: expected string, received undefined`,
      'warning: categories.yml [不存在]: names a category no article uses',
      '2 files, 2 articles (1 unpublished), 1 error, 1 warning',
    ]);
    expect(code).toBe(1);
  });

  it('checks the configured content when no folder is given', async () => {
    const dir = await newTempDir();
    await writeFiles(dir, { 'articles/broken.md': broken });
    const { code, lines } = await run([], { CONTENT_DIR: dir });
    expect(lines).toEqual([`error: broken.md [draft]: ${draftMessage}`, '1 file, 0 articles, 1 error, 0 warnings']);
    expect(code).toBe(1);
  });

  it('exits 2 on an unknown option', async () => {
    const { code, stderr } = await run(['--bogus']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run content:check [DIR] [--strict]');
  });

  it('passes the shared corpus with 0 errors', async () => {
    const { code, lines } = await run([corpusDir]);
    expect(lines.at(-1)).toBe('66 files, 65 articles, 0 errors, 2 warnings');
    expect(lines.filter((l) => l.startsWith('error:'))).toEqual([]);
    expect(code).toBe(0);
  });
});
