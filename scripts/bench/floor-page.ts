// The floor: blank-app/, the smallest App Router page with one client component, built with the
// same Next.js and served the same way as the site (no ETag, the site's security headers). For
// serving, a second floor is the same page padded with Chinese prose to an article page's size
// (blank-app/app/padded/[bytes]): what any Next.js page that big costs to serve.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { articleHref } from '@/lib/content/href';
import { runMeasured } from './run-measured';
import { NEXT_BIN, startSite } from './servers';

const BLANK_APP = path.join('scripts', 'bench', 'blank-app');
const FLOOR_PORT = 3201;

/** Builds (quickly) and serves the blank page for as long as `fn` runs (given its address and process); `padding` is the prose the padded page is made of. */
export async function withFloorPage<T>(fn: (url: string, pid: number) => Promise<T>, padding?: string[]): Promise<T> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' } as NodeJS.ProcessEnv;
  const build = await runMeasured(process.execPath, [NEXT_BIN, 'build', BLANK_APP], { env, log: path.join(BLANK_APP, '.next', 'build.log') });
  if (build.code !== 0) throw new Error(`the blank page did not build:\n${build.output}`);
  // The padding, in a temporary folder.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-floor-'));
  const paddingFile = path.join(dir, 'padding.json');
  if (padding) fs.writeFileSync(paddingFile, JSON.stringify(padding));
  const floor = await startSite(FLOOR_PORT, { ...env, ...(padding && { FLOOR_PADDING_FILE: paddingFile }) }, BLANK_APP);
  try {
    return await fn(`${floor.url}/`, floor.pid);
  } finally {
    await floor.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const BLOCKS = new Set(['p', 'li', 'blockquote', 'figcaption', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The visible text of a page's blocks (paragraphs, list items, headings …), one string each. */
export function visibleParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (!BLOCKS.has(node.tagName)) return;
    const text = toText(node).trim();
    if (text) paragraphs.push(text);
    return SKIP;
  });
  return paragraphs;
}

/** The article pages a page links to, as addresses on the site. */
function articleLinks(html: string): string[] {
  const links = new Set<string>();
  visit(fromHtml(html), 'element', (node: Element) => {
    const href = node.tagName === 'a' ? String(node.properties.href ?? '') : '';
    if (href.startsWith(articleHref(''))) links.add(href);
  });
  return [...links];
}

/**
 * At least `bytes` bytes of prose to pad the floor with, read from the site as a reader sees it:
 * the article's own text, then that of the articles the `linking` pages (home, a category) link
 * to, and those they link to in turn. Text from the site, not one character repeated, so the
 * padded page compresses as articles do.
 */
export async function siteProse(siteUrl: string, article: string, linking: string[], bytes: number): Promise<string[]> {
  const prose = new Set(visibleParagraphs(article));
  let length = [...prose].reduce((sum, paragraph) => sum + Buffer.byteLength(paragraph), 0);
  const links = new Set(linking.flatMap(articleLinks));
  for (const link of links) {
    if (length >= bytes) return [...prose];
    const response = await fetch(siteUrl + link);
    if (!response.ok) continue;
    const html = await response.text();
    for (const paragraph of visibleParagraphs(html)) {
      if (!prose.has(paragraph)) length += Buffer.byteLength(paragraph);
      prose.add(paragraph);
    }
    for (const next of articleLinks(html)) links.add(next);
  }
  throw new Error(`the site's articles have ${length} bytes of prose, ${bytes} are needed to pad the floor`);
}

const htmlBytes = async (url: string) => {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return Buffer.byteLength(await response.text());
};

/**
 * The address of the padded page whose HTML is `targetBytes` long (within 1 %). The prose shows up
 * twice in the HTML (as text and in the React payload), so each try corrects by half the
 * difference; every size tried is rendered once and kept by the floor's server.
 */
export async function paddedFloorUrl(floorUrl: string, targetBytes: number): Promise<{ url: string; bytes: number }> {
  let paddingBytes = Math.max(0, Math.round((targetBytes - (await htmlBytes(floorUrl))) / 2));
  for (let tries = 0; tries < 5; tries++) {
    const url = `${floorUrl}padded/${paddingBytes}`;
    const bytes = await htmlBytes(url);
    if (Math.abs(bytes - targetBytes) <= targetBytes / 100) return { url, bytes };
    paddingBytes = Math.max(0, paddingBytes + Math.round((targetBytes - bytes) / 2));
  }
  throw new Error(`the padded floor page did not come within 1 % of ${targetBytes} bytes: too little prose to pad with?`);
}
