import fs from 'node:fs';
import path from 'node:path';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import YAML from 'yaml';
import { contentDir } from './paths';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A page's HTML without the `<wbr>` break hints headlines carry, so a title can be found in it as written. */
export const withoutBreakHints = (html: string) => html.replaceAll('<wbr/>', '');

/** Text as a reader sees it: Unicode NFC, every run of whitespace one space, no edges. */
export function normalize(text: string | null | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Splits `---` YAML front matter (a leading blank line is allowed, as in scraped Hexo posts). */
export function splitFrontMatter(raw: string): { data: Record<string, unknown>; body: string } {
  const match = /^\s*---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw.replace(/^\uFEFF/, ''));
  if (!match) return { data: {}, body: raw };
  return { data: (YAML.parse(match[1]!) ?? {}) as Record<string, unknown>, body: raw.slice(match[0].length) };
}

const isElement = (node: Node): node is Element => 'tagName' in node;

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if (isElement(node) && node.tagName === 'template') yield* elements((node as DefaultTreeAdapterMap['template']).content);
}

/** DOM `textContent`. */
function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.map(textContent).join('');
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const hasClass = (el: Element, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

export type SourceImage = { src: string; width?: string; height?: string };

export type SourceArticle = {
  file: string;
  frontMatter: Record<string, unknown>;
  title: string;
  author: string;
  categories: string[];
  date: string;
  /** Non-empty h2 texts of the body, in order. */
  h2: string[];
  /** Non-empty <p> texts of the body (normalised textContent), in order. */
  paragraphs: string[];
  images: SourceImage[];
  hasSupportBlock: boolean;
  svgCount: number;
};

/** Reads an imported Hexo post the way a browser would read its raw-HTML body. */
export function readSourceArticle(file: string): SourceArticle {
  const { data, body } = splitFrontMatter(fs.readFileSync(file, 'utf8'));
  const all = [...elements(parseFragment(body))];
  const texts = (tag: string) => all.filter((e) => e.tagName === tag).map((e) => normalize(textContent(e))).filter(Boolean);
  const categories = data.categories;
  return {
    file,
    frontMatter: data,
    title: String(data.title),
    author: String(data.author),
    categories: Array.isArray(categories) ? categories.map(String) : [],
    date: String(data.date),
    h2: texts('h2'),
    paragraphs: texts('p'),
    images: all
      .filter((e) => e.tagName === 'img')
      .map((e) => ({ src: attr(e, 'src') ?? '', width: attr(e, 'width'), height: attr(e, 'height') })),
    hasSupportBlock: all.some((e) => e.tagName === 'div' && hasClass(e, 'support-author')),
    svgCount: all.filter((e) => e.tagName === 'svg').length,
  };
}

/** The seed article, as the brief fixes its addresses; everything else is read from the file. */
export const seed = {
  file: path.join(contentDir, 'articles', '新媒体', '人人都是产品经理', '最新文章', '去中心化：阿里、京东、拼多多布局的新风口.md'),
  slug: '去中心化-阿里-京东-拼多多布局的新风口',
  path: '/articles/去中心化-阿里-京东-拼多多布局的新风口',
  authorPath: '/authors/woshipm',
  tipPath: '/authors/woshipm/tip',
  categoryPath: '/categories/新媒体/人人都是产品经理/最新文章',
  displayDate: '2021年5月24日',
};

export function readSeed(): SourceArticle {
  return readSourceArticle(seed.file);
}

/** The CORS proxy scraped posts wrap images in, and the original URL inside it. */
export const PROXY_PREFIX = 'https://cors.zfour.workers.dev/?';
export function unproxied(src: string): string {
  return src.startsWith(PROXY_PREFIX) ? src.slice(PROXY_PREFIX.length) : src;
}
/** Same resource whichever scheme the page chose. */
export const withoutScheme = (url: string) => url.replace(/^https?:/i, '');

/** Percent-encodes a path segment by segment, with upper- or lower-case hex digits. */
export function encodePath(rawPath: string, hexCase: 'upper' | 'lower' = 'upper'): string {
  const encoded = rawPath
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return hexCase === 'upper' ? encoded : encoded.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
}

/** A link's path, decoded, for comparing with the raw form. */
export function decodedPath(href: string | null): string {
  if (!href) return '';
  const url = new URL(href, 'http://placeholder.invalid');
  return decodeURIComponent(url.pathname).normalize('NFC');
}

export type CorpusEntry = { file: string; title: string };

/** Every post in a corpus folder, with its title (from front matter, else the file name). */
export function readCorpus(dir: string): CorpusEntry[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown|mdx)$/i.test(e.name) && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .map((file) => {
      const { data } = splitFrontMatter(fs.readFileSync(file, 'utf8'));
      const title = data.title !== undefined ? String(data.title) : path.basename(file, path.extname(file));
      return { file: path.relative(dir, file), title: normalize(title) };
    });
}

/** Category paths of a post as Hexo reads them: a name, a list (one path) or a list of lists. */
export function categoryPaths(data: Record<string, unknown>): string[][] {
  const value = data.categories ?? data.category;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [[String(value)]];
  if (value.every((v) => !Array.isArray(v))) return value.length ? [value.map(String)] : [];
  return value.map((v) => (Array.isArray(v) ? v.map(String) : [String(v)]));
}

/** How many posts under `dir` are filed in the category `names` or below it. */
export function countInCategory(dir: string, names: string[]): number {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown|mdx)$/i.test(e.name))
    .filter((e) => {
      const { data } = splitFrontMatter(fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'));
      return categoryPaths(data).some((p) => names.every((n, i) => p[i]?.trim() === n));
    }).length;
}

/** Texts of the <h1> elements of an HTML document (server-rendered, before any script runs). */
export function htmlHeadings(html: string, tag = 'h1'): string[] {
  return [...elements(parse(html))].filter((e) => e.tagName === tag).map((e) => normalize(textContent(e)));
}
