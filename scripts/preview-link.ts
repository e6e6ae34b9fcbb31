/**
 * Prints a signed preview link for an article, for someone without an account to read a draft or
 * a scheduled article before it is public.
 *
 *   npm run preview-link -- <slug> [--days N]
 *
 * Needs PREVIEW_SECRET (the same as the site's) and SITE_URL (the address in the link). The link
 * works for N days (default 7). Exit status: 0 with the link on stdout, 1 for an unknown slug or
 * a missing secret, 2 when used wrongly.
 */
import { parseArgs } from 'node:util';
import { loadContent } from '../lib/content/load';
import { decodeParam } from '../lib/content/slug';
import { env } from '../lib/env';
import { PREVIEW_LINK_LIFETIME_MS, previewLinkPath } from '../lib/preview/link';
import { contentOptions } from '../lib/content/options';

const USAGE = 'usage: npm run preview-link -- <slug> [--days N]';

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { days: { type: 'string' } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const [slugArg, ...extra] = parsed.positionals;
const days = parsed.values.days === undefined ? PREVIEW_LINK_LIFETIME_MS / 86_400_000 : Number(parsed.values.days);
if (!slugArg || extra.length > 0 || !(days > 0 && days <= 365)) {
  console.error(USAGE + (days > 0 && days <= 365 ? '' : '\n--days must be a number of days from 1 to 365'));
  process.exit(2);
}

const config = env();
if (!config.preview.secret) {
  console.error('PREVIEW_SECRET is not set: set it to the same value as the site’s, so the site accepts the link.');
  process.exit(1);
}
const index = await loadContent(await contentOptions(config));
const slug = decodeParam(slugArg);
const article = index.unpublishedBySlug.get(slug) ?? index.bySlug.get(slug);
if (!article) {
  console.error(`No article has the slug "${slug}" in ${config.articlesDir}.`);
  process.exit(1);
}
const link = new URL(previewLinkPath(article.slug, config.preview.secret, { lifetimeMs: days * 86_400_000 }), `${config.siteUrl}/`);
console.log(link.href);
