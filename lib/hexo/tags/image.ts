import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { TagCall, TagContext, TagFamily, TagHandler } from './types';

/**
 * Images by tag: Hexo core's `img` / `image` (`{% img [class names] /path [width] [height] '"title" "alt"' %}`),
 * Butterfly plus' and Volantis' comma form (`{% image url, width=…, height=…, alt=…, bg=… %}`) and
 * Stellar's (`{% image src [alt] [width:…] [height:…] [bg:…] %}`). Also the address checks every
 * family in this folder that draws links or images shares.
 */

// ---------------------------------------------------------------- addresses

/** A scheme (`javascript:`, `data:`, `http:`) at the start of an address. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * An address a post's tag may link to or show an image from: http(s), protocol-relative `//host`
 * (read as https), a path on this site (`/…`, `#…`, `?…`) or a relative path. Anything else —
 * `javascript:`, `data:`, control characters a browser would strip to reveal a scheme — has none.
 */
export function safeUrl(raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  // Browsers drop tabs and newlines inside URLs (`java\tscript:`), and read \ as /: neither is left to them.
  if (!value || /[\u0000-\u001F\u007F\\]/.test(value)) return undefined;
  const spaced = value.replace(/ /g, '%20');
  if (spaced.startsWith('//')) {
    try {
      return new URL(`https:${spaced}`).href;
    } catch {
      return undefined;
    }
  }
  if (SCHEME.test(spaced)) {
    try {
      const url = new URL(spaced);
      return url.protocol === 'http:' || url.protocol === 'https:' ? spaced : undefined;
    } catch {
      return undefined;
    }
  }
  // A path cannot smuggle a scheme in: resolved against a placeholder origin, it must stay there.
  try {
    return new URL(spaced, 'https://site.invalid/post/').origin === 'https://site.invalid' ? spaced : undefined;
  } catch {
    return undefined;
  }
}

/** The host a card names for an address: `example.com` for an absolute one, the path itself for the site's own. */
export function hostOf(href: string): string {
  if (!SCHEME.test(href) && !href.startsWith('//')) return href;
  try {
    return new URL(href.startsWith('//') ? `https:${href}` : href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}

/** The attributes every image a tag draws carries: lazy, and no referrer (image hosts refuse hot-links by it). */
export const IMAGE_DEFAULTS = { loading: 'lazy', decoding: 'async', referrerPolicy: 'no-referrer' } as const;

/**
 * A CSS length a post gives an image (`400px`, `50%`, `1.5em`, `40` read as px), or undefined: the
 * value goes into a style attribute, so nothing but a number and a unit gets there.
 */
export function cssLength(raw: string | undefined): string | undefined {
  const match = /^(\d+(?:\.\d+)?)(px|em|rem|%|vw|vh)?$/i.exec((raw ?? '').trim());
  if (!match) return undefined;
  return `${match[1]}${(match[2] ?? 'px').toLowerCase()}`;
}

export const warnAt = (call: TagCall, context: TagContext, message: string) =>
  context.warn(`line ${call.line}: {% ${call.name}${call.args.length ? ` ${call.args.join(' ')}` : ''} %}: ${message}`);

// ---------------------------------------------------------------- the figure

const FIGURE = ['my-6', 'flex', 'flex-col', 'items-center'];
const CAPTION = ['mt-2', 'text-center', 'text-sm', 'text-stone-600', 'dark:text-stone-400'];

type Picture = { src: string; alt?: string; title?: string; width?: string; height?: string; style?: string; classes?: string[] };

function imgElement({ src, alt, title, width, height, style, classes = [] }: Picture): Element {
  return h('img', {
    src,
    alt: alt ?? title ?? '',
    title: title || undefined,
    width: width || undefined,
    height: height || undefined,
    style: style || undefined,
    className: ['max-w-full', 'h-auto', ...classes],
    ...IMAGE_DEFAULTS,
  });
}

/** An image with its caption under it: the caption is the alt text, as the themes print it. */
function figure(picture: Picture, caption: string | undefined): Element {
  return h('figure', { className: FIGURE }, [imgElement(picture), ...(caption ? [h('figcaption', { className: CAPTION }, caption)] : [])]);
}

// ---------------------------------------------------------------- Hexo core's img

/** Hexo's own test for "this argument is the image's address" (lib/plugins/tag/img.js); a path from the root is one too. */
const HEXO_URL =
  /((([A-Za-z]{3,9}:(?:\/\/)?)(?:[-;:&=+$,\w]+@)?[A-Za-z0-9.-]+|(?:www.|[-;:&=+$,\w]+@)[A-Za-z0-9.-]+)((?:\/[+~%/.\w-_]*)?\??(?:[-+=&;%@.\w_]*)#?(?:[.!/\\w]*))?)/;
const META_DOUBLE = /"?([^"]+)?"?/;
const META_SINGLE = /'?([^']+)?'?/;

/** Hexo's class names mean whatever the theme's CSS made of them; only the placement ones are kept, as utilities. */
const PLACEMENT: Record<string, string[]> = {
  left: ['float-left', 'mr-4', 'mb-2'],
  right: ['float-right', 'ml-4', 'mb-2'],
  center: ['mx-auto', 'block'],
};

export type CoreImage = { classes: string[]; src?: string; width?: string; height?: string; title?: string; alt?: string };

/** `[class names] src [width] [height] [meta]`, read exactly as Hexo reads it. */
export function readCoreImage(input: string[]): CoreImage {
  const args = [...input];
  const out: CoreImage = { classes: [] };
  while (args.length > 0) {
    const item = args.shift()!;
    if (HEXO_URL.test(item) || item.startsWith('/')) {
      out.src = item;
      break;
    }
    out.classes.push(item);
  }
  if (args.length) {
    if (!/\D+/.test(args[0]!)) {
      out.width = args.shift();
      if (args.length && !/\D+/.test(args[0]!)) out.height = args.shift();
    }
    // Nunjucks hands the quoted meta over without its outer quotes: `'"title" "alt"'` arrives as `"title" "alt"`.
    const meta = args.join(' ');
    const title = meta.startsWith('"') ? META_DOUBLE : META_SINGLE;
    const alt = meta.endsWith('"') ? META_DOUBLE : META_SINGLE;
    const match = new RegExp(`${title.source}\\s*${alt.source}`).exec(meta);
    if (match) {
      out.title = match[1];
      out.alt = match[2];
    }
  }
  return out;
}

function coreImage(call: TagCall, context: TagContext): ElementContent[] | Element {
  const image = readCoreImage(call.args);
  const src = safeUrl(image.src);
  if (!src) {
    warnAt(call, context, image.src ? `${image.src} is not an http(s) or site address; the image is left out` : 'no image address; the image is left out');
    const text = image.alt ?? image.title;
    return text ? [{ type: 'text', value: text }] : [];
  }
  const classes = image.classes.flatMap((name) => PLACEMENT[name.toLowerCase()] ?? []);
  const picture: Picture = { src, alt: image.alt, title: image.title, width: image.width, height: image.height, classes };
  // Hexo's img is an inline image; an alt text given on purpose is shown as its caption too.
  return image.alt ? figure(picture, image.alt) : imgElement(picture);
}

// ---------------------------------------------------------------- the themes' image

type ThemeImage = { src: string; alt?: string; width?: string; height?: string };

/** Butterfly plus (`, ` between parts) and Volantis (`,` or `::`): `url, key=value, …`. */
function readCommaImage(args: string[]): ThemeImage | undefined {
  const joined = args.join(' ');
  const parts = (joined.includes('::') ? joined.split('::') : joined.split(',')).map((part) => part.trim());
  if (parts.length < 2 || !parts.slice(1).some((part) => /^(alt|width|height|bg)=/i.test(part))) return undefined;
  const image: ThemeImage = { src: parts[0]! };
  let last: keyof ThemeImage | undefined;
  for (const part of parts.slice(1)) {
    const pair = /^(alt|width|height|bg)=(.*)$/is.exec(part);
    if (pair) {
      const key = pair[1]!.toLowerCase();
      last = key === 'bg' ? undefined : (key as keyof ThemeImage);
      if (last) image[last] = pair[2]!.trim();
    } else if (last === 'alt') {
      // A comma inside the caption split it: it belongs to the caption.
      image.alt = `${image.alt}, ${part}`;
    }
  }
  return image;
}

/** Stellar: `src [alt…] [width:…] [height:…] [bg:…] [download:…] [padding:…] [fancybox:…] [ratio:…]`. */
function readStellarImage(args: string[]): ThemeImage | undefined {
  const keyed = /^(width|height|bg|download|padding|fancybox|ratio):(.*)$/i;
  if (!args.some((arg) => keyed.test(arg))) return undefined;
  const others: string[] = [];
  const image: Partial<ThemeImage> = {};
  for (const arg of args) {
    const pair = keyed.exec(arg);
    if (!pair) others.push(arg);
    else if (pair[1]!.toLowerCase() === 'width') image.width = pair[2];
    else if (pair[1]!.toLowerCase() === 'height') image.height = pair[2];
  }
  const [src, ...alt] = others;
  return src ? { ...image, src, alt: alt.join(' ') || undefined } : undefined;
}

function themeImage(call: TagCall, context: TagContext, image: ThemeImage): Element | ElementContent[] {
  const src = safeUrl(image.src);
  if (!src) {
    warnAt(call, context, `${image.src} is not an http(s) or site address; the image is left out`);
    return image.alt ? [{ type: 'text', value: image.alt }] : [];
  }
  const width = cssLength(image.width);
  const height = cssLength(image.height);
  for (const [key, value, length] of [['width', image.width, width], ['height', image.height, height]] as const) {
    if (value && !length) warnAt(call, context, `${key}=${value} is not a length; it is left out`);
  }
  const style = [width && `width:${width}`, height && `height:${height}`].filter(Boolean).join(';');
  return figure({ src, alt: image.alt, style }, image.alt);
}

const image: TagHandler = (call, context) => {
  if (call.body !== undefined) return undefined;
  const theme = readCommaImage(call.args) ?? readStellarImage(call.args);
  return theme ? themeImage(call, context, theme) : coreImage(call, context);
};

export const imageTags: TagFamily = { img: image, image };
