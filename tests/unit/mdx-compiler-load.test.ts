// The MDX compiler (next-mdx-remote, with its own copy of the Markdown parsers) is loaded only when
// an `.mdx` body is rendered (components/article/mdx-body.tsx): a server whose articles are all
// `.md`, as an imported blog's are, never holds it.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordModuleLoads } from '../support/module-loads';
import { post, repoRoot, useTempDirs, writeFiles } from './helpers';

/** Renders the `.md` article's body, reports what was loaded, then the `.mdx` one's, and again. */
const RENDER = `
import { ArticleBody } from ${JSON.stringify(path.join(repoRoot, 'components/article-body.tsx'))};
import { getArticles } from ${JSON.stringify(path.join(repoRoot, 'lib/content/index.ts'))};
const articles = await getArticles();
const body = (extension: string) => ArticleBody({ article: articles.find((article) => article.file.endsWith(extension))! });
await body('.md');
console.log(JSON.stringify({ md: loaded() }));
await body('.mdx');
console.log(JSON.stringify({ mdx: loaded() }));`;

describe('when the MDX compiler is loaded', () => {
  const tempDir = useTempDirs();
  let counts: Record<string, number>;

  beforeAll(async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'articles/imported.md': post('title: 导入的文章', '去中心化，正在成为新的商业模式。'),
      'articles/own.mdx': post('title: 自己写的文章', '正文里有 **加粗** 的字。'),
    });
    counts = await recordModuleLoads(RENDER, '/next-mdx-remote/', { CONTENT_DIR: dir, ARTICLES_DIR: path.join(dir, 'articles') });
  }, 60_000);

  it('is not loaded to render an .md body', () => {
    expect(counts.md).toBe(0);
  });

  it('is loaded with the first .mdx body', () => {
    expect(counts.mdx).toBeGreaterThan(0);
  });
});
