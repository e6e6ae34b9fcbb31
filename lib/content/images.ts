import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Element, Root } from 'hast';
import { visit } from './visit';

/**
 * Scraped posts wrap image URLs in a public CORS proxy (`https://cors.example.dev/?http://host/a.jpg`,
 * `https://proxy.example/https://host/a.jpg`). An <img> needs no CORS, the proxies come and go, and
 * they see every reader's IP, so the original URL is used instead. Hot-link refusal, the reason the
 * proxies were used, is handled by `referrerpolicy="no-referrer"` on every image.
 */
const PROXIED = /^https?:\/\/[^/?#]+\/\??(https?:\/\/.+)$/i;

export function unwrapImageUrl(src: string): string {
  const inner = PROXIED.exec(src.trim())?.[1];
  if (!inner) return src.trim();
  try {
    return new URL(inner).href;
  } catch {
    return src.trim();
  }
}

/**
 * The address an article shows an image from: the original (unproxied), over https. Browsers
 * upgrade an http image on an https page to https anyway (or block it as mixed content), so asking
 * for https from the start saves the insecure request and its console warning.
 */
export function articleImageUrl(src: string): string {
  return unwrapImageUrl(src).replace(/^http:\/\//i, 'https://');
}

/** Same image, whatever proxy or scheme it came through: used to avoid showing a cover twice. */
export function imageIdentity(src: string): string {
  return unwrapImageUrl(src).replace(/^https?:\/\//i, '//');
}

const sizeCache = new Map<string, { width: number; height: number } | null>();

/** Width and height of an image shipped in public/, so local images reserve their space too. */
export function localImageSize(src: string, publicDir: string): { width: number; height: number } | null {
  if (!src.startsWith('/') || src.startsWith('//')) return null;
  let file: string;
  try {
    file = path.join(publicDir, decodeURI(src.split(/[?#]/)[0]!));
  } catch {
    // A stray `%` (`/img/50%off.png`) is not a reason to reject the whole article.
    return null;
  }
  if (!file.startsWith(publicDir + path.sep)) return null;
  if (!sizeCache.has(file)) {
    try {
      const { width, height } = imageSize(fs.readFileSync(file));
      sizeCache.set(file, width && height ? { width, height } : null);
    } catch {
      sizeCache.set(file, null);
    }
  }
  return sizeCache.get(file) ?? null;
}

/** What an article image's `src` names, when it is one of the site's own files (lib/hexo/assets.ts). */
export type ResolveImage = (src: string) => { url: string; width?: number; height?: number } | { missing: string } | undefined;

export type ArticleImageOptions = {
  publicDir: string;
  /** A Hexo post's images: asset folder, relative and root paths, measured. */
  resolve?: ResolveImage;
  /** Told of every image that names a file that is not there. */
  warn?: (message: string) => void;
};

/**
 * Every article image: original URL over https, no referrer, known dimensions, the first one loaded eagerly
 * (it is usually above the fold) and the rest lazily. An image whose file is missing is taken out,
 * its alt text left in its place: no broken image on the page.
 */
export function rehypeArticleImages(options: ArticleImageOptions) {
  return (tree: Root) => {
    let seen = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img') return;
      const props = node.properties;
      const written = typeof props.src === 'string' ? props.src : '';
      const own = options.resolve?.(written);
      if (own && 'missing' in own) {
        options.warn?.(`image "${written}" not found (looked for ${own.missing}); it is left out of the page`);
        if (parent && index !== undefined) {
          const alt = typeof props.alt === 'string' ? props.alt.trim() : '';
          parent.children.splice(index, 1, ...(alt ? [{ type: 'text' as const, value: alt }] : []));
          return index;
        }
        return;
      }
      const src = own ? own.url : articleImageUrl(written);
      props.src = src;
      props.alt = typeof props.alt === 'string' ? props.alt : '';
      if (!(props.width && props.height)) {
        const size = own?.width && own.height ? { width: own.width, height: own.height } : localImageSize(src, options.publicDir);
        if (size) Object.assign(props, size);
      }
      props.referrerPolicy = 'no-referrer';
      props.decoding = 'async';
      props.loading = seen++ === 0 ? 'eager' : 'lazy';
    });
  };
}
