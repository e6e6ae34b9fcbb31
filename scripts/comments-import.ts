/**
 * Imports the comments of a blog's old comment service — a Waline, Twikoo or Valine (LeanCloud)
 * export, told apart by its content — into the site's comments, each under the article its page
 * was (the Hexo blog's old address, or the address's last segment as a slug). Prints what it did:
 * how many comments it imported, how many an earlier run had, and each one it skipped, with why.
 * Running it again imports nothing twice.
 *
 *   npm run comments:import -- <file> [--dry-run]
 *
 * The content comes from the same settings as the site's (HEXO_DIR, CONTENT_DIR, ARTICLES_DIR),
 * the database too (DATABASE_URL, else PGlite in DATA_DIR). `--dry-run` reports without writing.
 * Exit status: 0 with the report on stdout, skipped comments or not; 1 for a file that cannot be
 * read or is no export, or no database; 2 when used wrongly.
 */
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readCommentExport } from '../lib/comments/import';
import { serviceNames } from '../lib/comments/import/detect';
import { matchArticle } from '../lib/comments/import/match';
import { formatImportReport } from '../lib/comments/import/report';
import { storeImportedComments } from '../lib/comments/import/store';
import { loadContent } from '../lib/content/load';
import { contentOptions } from '../lib/content/options';
import { closeDb, getDb } from '../lib/db';
import { env } from '../lib/env';

const USAGE = 'usage: npm run comments:import -- <file> [--dry-run]';

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const [file, ...extra] = parsed.positionals;
if (!file || extra.length > 0) {
  console.error(USAGE);
  process.exit(2);
}
const dryRun = parsed.values['dry-run'];

let exported;
try {
  exported = readCommentExport(await fs.readFile(file, 'utf8'));
} catch (error) {
  console.error(`${file}: ${(error as Error).message}`);
  process.exit(1);
}
const rows = exported.comments.length + exported.skipped.length;
console.log(`${file}: a ${serviceNames[exported.format]} export of ${rows} ${rows === 1 ? 'comment' : 'comments'}`);

const config = env();
const content = await loadContent(await contentOptions(config));
console.log(`Matched against the ${content.bySlug.size} published articles of ${content.hexo?.dir ?? content.articlesDir}`);

try {
  const outcome = await storeImportedComments(await getDb(), exported, (pageUrl) => matchArticle(content, pageUrl), { dryRun });
  console.log(formatImportReport(outcome, { dryRun }));
} catch (error) {
  // What was stored before stays: it is skipped as already imported when the import runs again.
  console.error(`The comments could not be stored: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
