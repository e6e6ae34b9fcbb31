import path from 'node:path';
import { readText } from '../content/files';
import { splitFrontMatter } from '../content/front-matter';
import type { ContentProblem } from '../content/types';
import type { HexoSite } from './config';

/** A Hexo page (`source/about/index.md`): shown at its Hexo address, rendered like an article body. */
export type HexoPage = {
  /** Hexo's path: `about/index.html`, `secret/list.html`. */
  oldPath: string;
  /** Ours: `/about`, `/secret/list`. */
  href: string;
  /** Relative to the source folder. */
  file: string;
  title: string;
  description?: string;
};

/** Theme placeholders: Hexo themes fill these pages with their category / tag lists, which the site has of its own. */
const LIST_PAGE_TYPES = new Set(['categories', 'tags', 'archives']);

/** First address segments the site uses itself: a page there could never be reached. */
const RESERVED = new Set(['articles', 'authors', 'categories', 'tags', 'archives', 'search', 'page', 'login', 'me', 'drafts', 'api', 'feeds', 'preview', 'moved', 'site-files', 'sitemap', '_next']);

/** Hexo's path of a page (processor/asset processPage): its file with `.html`, or its own `permalink`. */
function pagePath(file: string, permalink: unknown): string {
  if (typeof permalink === 'string' && permalink.trim()) {
    let own = permalink.trim().replace(/^\/+/, '');
    if (own.endsWith('/') || own === '') own += 'index';
    return path.posix.extname(own) ? own : `${own}.html`;
  }
  return `${file.slice(0, file.length - path.posix.extname(file).length)}.html`;
}

const hrefOf = (oldPath: string) => `/${oldPath.replace(/(^|\/)index\.html?$/, '').replace(/\.html?$/, '')}`.replace(/\/+$/, '') || '/';

export async function readHexoPages(site: HexoSite, files: string[], problems: ContentProblem[]): Promise<HexoPage[]> {
  const pages: HexoPage[] = [];
  for (const file of files) {
    const shown = path.posix.join(path.basename(site.sourceDir), file);
    let raw: string;
    try {
      raw = await readText(path.join(site.sourceDir, file));
    } catch (error) {
      problems.push({ file: shown, message: (error as Error).message, severity: 'warning' });
      continue;
    }
    const split = splitFrontMatter(raw);
    if (!split.ok) {
      problems.push({ file: shown, message: `${split.message}; the page is left out`, severity: 'warning' });
      continue;
    }
    const { data } = split;
    if (typeof data.type === 'string' && LIST_PAGE_TYPES.has(data.type)) continue;
    const oldPath = pagePath(file, data.permalink);
    const href = hrefOf(oldPath);
    if (href === '/' || RESERVED.has(href.split('/')[1]!)) {
      problems.push({ file: shown, message: `would be at ${href}, an address the site uses itself; the page is left out (give it another \`permalink\`)`, severity: 'warning' });
      continue;
    }
    const title = typeof data.title === 'string' || typeof data.title === 'number' ? String(data.title).trim() : '';
    pages.push({
      oldPath,
      href,
      file,
      title: title || path.posix.basename(path.posix.dirname(`/${file}`)) || path.posix.basename(file, path.posix.extname(file)),
      description: typeof data.description === 'string' ? data.description : undefined,
    });
  }
  return pages;
}
