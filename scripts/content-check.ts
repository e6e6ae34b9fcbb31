/**
 * Checks content the way the site build reads it and prints every problem, one per line.
 *
 *   npm run content:check [DIR] [--strict]
 *
 * DIR defaults to the configured content (HEXO_DIR, or CONTENT_DIR and ARTICLES_DIR). A DIR with a
 * `_config.yml` is a Hexo site (its `source/_posts` is read as that site too); a DIR holding an
 * `articles/` folder is a content root, with `authors/` and `categories.yml` beside it; any other
 * DIR is read as a plain folder of posts.
 *
 * Exit status: 0 when clean, 1 when there are errors (with --strict, also when there are
 * warnings), 2 when the command itself is used wrongly.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../lib/content/index';
import { listContentFiles, loadContent, type ContentOptions } from '../lib/content/load';
import { contentOptions } from '../lib/content/options';
import { readEnv, type Env } from '../lib/env';
import { isHexoSite } from '../lib/hexo/config';

const USAGE = 'usage: npm run content:check [DIR] [--strict]';

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await fs.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

async function optionsFor(dir: string | undefined, env: Env): Promise<ContentOptions> {
  if (dir === undefined) return contentOptions(env);
  const root = path.resolve(dir);
  if (await isHexoSite(root)) return contentOptions({ ...env, contentDir: root, hexoDir: root });
  const articles = path.join(root, 'articles');
  return contentOptions({ ...env, contentDir: root, articlesDir: (await isDirectory(articles)) ? articles : root, hexoDir: undefined });
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { strict: { type: 'boolean', default: false } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.positionals.length > 1) {
    console.error(`expected at most one DIR, got ${args.positionals.length}\n${USAGE}`);
    return 2;
  }

  const env = readEnv();
  const options = await optionsFor(args.positionals[0], env);
  // A missing folder is reported by loadContent as a problem; here it simply has no files.
  const files = await listContentFiles(options).catch(() => []);
  const index = await loadContent(options);

  for (const problem of index.problems) console.log(formatProblem(problem));
  const errors = index.problems.filter((p) => p.severity === 'error').length;
  const warnings = index.problems.length - errors;
  const hidden = index.bySlug.size - index.articles.length;
  const notListed = [hidden && `${hidden} hidden`, index.unpublished.length && `${index.unpublished.length} unpublished`].filter(Boolean);
  const unpublished = notListed.length ? ` (${notListed.join(', ')})` : '';
  const articles = index.bySlug.size + index.unpublished.length;
  console.log(`${count(files.length, 'file')}, ${count(articles, 'article')}${unpublished}, ${count(errors, 'error')}, ${count(warnings, 'warning')}`);

  // `npm run content:check DIR --strict`, without `--`, hands the flag to npm, which passes it on
  // only as npm_config_strict.
  const strict = args.values.strict || process.env.npm_config_strict === 'true';
  return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
