import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { IMAGE_DEFAULTS, cssLength, safeUrl, warnAt } from './image';
import type { TagCall, TagContext, TagFamily, TagHandler } from './types';

/**
 * Pictures in groups: Butterfly's (and Stellar's) `gallery` block of Markdown images, Butterfly's
 * `galleryGroup` album card, NexT's `grouppicture` / `gp` and Fluid's `groupimage` / `gi` rows,
 * and the inline images of Volantis / Butterfly plus (`inlineimage`) and Butterfly (`inlineImg`).
 * The themes lay galleries out with their scripts (justified rows, lightboxes, "load more"); here a
 * CSS grid shows every image at once, and each stays the <img> Markdown made of it (alt, size).
 */

/** The images (or linked images, kept with their link) of rendered Markdown, in order. */
export function collectImages(nodes: ElementContent[]): Element[] {
  const found: Element[] = [];
  const walk = (node: ElementContent) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'img') found.push(node);
    else if (node.tagName === 'a' && containsImage(node)) found.push(node);
    else node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return found;
}

const containsImage = (node: Element): boolean => node.children.some((child) => child.type === 'element' && (child.tagName === 'img' || containsImage(child)));

/** An image made to fill its cell: cropped, not stretched; lazy and without referrer like every tag image. */
function fillCell(node: Element): Element {
  const fit = (img: Element) => {
    const own = img.properties.className;
    img.properties = {
      ...img.properties,
      ...IMAGE_DEFAULTS,
      className: [...(Array.isArray(own) ? own.map(String) : []), 'm-0', 'block', 'h-full', 'w-full', 'rounded-md', 'object-cover'],
    };
  };
  if (node.tagName === 'img') fit(node);
  else {
    node.properties = { ...node.properties, className: ['block', 'h-full'] };
    const visit = (parent: Element) => parent.children.forEach((child) => child.type === 'element' && (child.tagName === 'img' ? fit(child) : visit(child)));
    visit(node);
  }
  return node;
}

const GRID = ['not-prose', 'my-6', 'grid', 'grid-cols-2', 'gap-2', 'sm:grid-cols-3'];
const CELL = ['aspect-[4/3]', 'overflow-hidden', 'rounded-md', 'bg-stone-100', 'dark:bg-stone-800'];

/** A block's images, or (none found) its content as it is, with a warning. */
function imagesOf(call: TagCall, context: TagContext, body: string): { images: Element[] } | { fallback: ElementContent[] } {
  const rendered = context.markdown(body);
  const images = collectImages(rendered);
  if (images.length) return { images };
  warnAt(call, context, 'no images in it; its content is shown as it is');
  return { fallback: rendered };
}

/**
 * `{% gallery [lazyload],[rowHeight],[limit] %}` (older Butterfly), `{% gallery [button],[limit],[firstLimit] %}`
 * (current), Stellar's `{% gallery [layout:…] [size:…] [ratio:…] %}`: options for the theme's script,
 * none needed by a grid. `{% gallery url,… %}` loads a JSON list in the browser: nothing to show here.
 */
const gallery: TagHandler = (call, context) => {
  if (call.body === undefined) return undefined;
  if (call.args.join(' ').split(',')[0]!.trim() === 'url') {
    warnAt(call, context, 'a gallery loaded from a URL needs the theme\'s script; it is left out');
    return [];
  }
  const found = imagesOf(call, context, call.body);
  if ('fallback' in found) return found.fallback;
  return h('div', { className: GRID }, found.images.map((image) => h('div', { className: CELL }, [fillCell(image)])));
};

/**
 * `{% galleryGroup name description link img-url %}`: a card opening an album. The theme draws it as
 * a figure; here it is a link holding only inline elements, so that cards written on consecutive
 * lines sit side by side in their paragraph.
 */
const galleryGroup: TagHandler = (call, context) => {
  if (call.body !== undefined) return undefined;
  const [name = '', description = '', link = '', image = ''] = call.args.map((arg) => arg.trim());
  const href = safeUrl(link);
  const src = safeUrl(image);
  if (link && !href) warnAt(call, context, `${link} is not an http(s) or site address; the album is not linked`);
  if (image && !src) warnAt(call, context, `${image} is not an http(s) or site address; the cover is left out`);
  const children = [
    src
      ? h('img', { src, alt: '', className: ['m-0', 'block', 'aspect-[16/10]', 'w-full', 'object-cover'], ...IMAGE_DEFAULTS })
      : h('span', { className: ['block', 'aspect-[16/10]', 'w-full', 'bg-stone-200', 'dark:bg-stone-800'] }),
    h('span', { className: ['block', 'px-3', 'py-2'] }, [
      h('span', { className: ['block', 'font-semibold', 'text-stone-900', 'dark:text-stone-50'] }, name),
      ...(description ? [h('span', { className: ['block', 'text-sm', 'text-stone-600', 'dark:text-stone-300'] }, description)] : []),
    ]),
  ];
  const className = [
    'not-prose',
    'my-2',
    'mr-3',
    'inline-block',
    'w-full',
    'overflow-hidden',
    'rounded-lg',
    'border',
    'border-stone-200',
    'bg-white',
    'align-top',
    'no-underline',
    'sm:w-[calc(50%-0.75rem)]',
    'dark:border-stone-700',
    'dark:bg-stone-900',
  ];
  return href
    ? h('a', { href, className: [...className, 'transition-shadow', 'hover:shadow-md', 'focus-visible:shadow-md'] }, children)
    : h('span', { className }, children);
};

// ---------------------------------------------------------------- group pictures

/** NexT's layouts: for a group of N pictures, layout K is its row sizes (scripts/tags/group-pictures.js). */
const NEXT_LAYOUTS: Record<number, Record<number, number[]>> = {
  2: { 1: [1, 1], 2: [2] },
  3: { 1: [1, 2], 2: [2, 1], 3: [3] },
  4: { 1: [1, 2, 1], 2: [1, 3], 3: [2, 2], 4: [3, 1] },
  5: { 1: [1, 2, 2], 2: [2, 1, 2], 3: [2, 3], 4: [3, 2] },
  6: { 1: [1, 2, 3], 2: [1, 3, 2], 3: [2, 1, 3], 4: [2, 2, 2], 5: [3, 3] },
  7: { 1: [1, 2, 2, 2], 2: [1, 3, 3], 3: [2, 2, 3], 4: [2, 3, 2], 5: [3, 2, 2] },
  8: { 1: [1, 2, 2, 3], 2: [1, 2, 3, 2], 3: [1, 3, 2, 2], 4: [2, 2, 2, 2], 5: [2, 3, 3], 6: [3, 2, 3], 7: [3, 3, 2] },
  9: { 1: [1, 2, 3, 3], 2: [1, 3, 2, 3], 3: [2, 2, 2, 3], 4: [2, 2, 3, 2], 5: [2, 3, 2, 2], 6: [3, 2, 2, 2], 7: [3, 3, 3] },
  10: { 1: [1, 3, 3, 3], 2: [2, 2, 3, 3], 3: [2, 3, 2, 3], 4: [2, 3, 3, 2], 5: [3, 2, 2, 3], 6: [3, 2, 3, 2], 7: [3, 3, 2, 2] },
};

/** Fluid's defaults when a group's layout does not add up (scripts/tags/group-image.js). */
const FLUID_LAYOUTS: Record<number, number[]> = { 2: [1, 1], 3: [2, 1], 4: [2, 2], 5: [3, 2], 6: [3, 3], 7: [3, 2, 2], 8: [3, 2, 3], 9: [3, 3, 3], 10: [3, 2, 2, 3] };

/** Rows of the given sizes; pictures left over (or no layout) go three to a row, as both themes do. */
function rowsOf<T>(items: T[], layout: number[] | undefined): T[][] {
  const rows: T[][] = [];
  let rest = items;
  for (const size of layout ?? []) {
    if (!rest.length) break;
    rows.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  for (let i = 0; i < rest.length; i += 3) rows.push(rest.slice(i, i + 3));
  return rows;
}

function pictureRows(rows: Element[][]): Element {
  return h(
    'div',
    { className: ['not-prose', 'my-6', 'flex', 'flex-col', 'gap-2'] },
    rows.map((row) =>
      h(
        'div',
        { className: ['flex', 'gap-2'] },
        row.map((picture) => h('div', { className: ['min-w-0', 'flex-1', 'overflow-hidden', 'rounded-md', 'bg-stone-100', 'dark:bg-stone-800', row.length === 1 ? 'max-h-[32rem]' : 'aspect-[4/3]'] }, [fillCell(picture)])),
      ),
    ),
  );
}

/** NexT `{% grouppicture N-K %}` / `{% gp N-K %}`: N pictures in layout K. */
const groupPicture: TagHandler = (call, context) => {
  if (call.body === undefined) return undefined;
  const [group, layout] = (call.args[0] ?? '').split('-').map(Number);
  const found = imagesOf(call, context, call.body);
  if ('fallback' in found) return found.fallback;
  return pictureRows(rowsOf(found.images, NEXT_LAYOUTS[group ?? 0]?.[layout ?? 0]));
};

/** Fluid `{% groupimage total [n1-n2-…] %}` / `{% gi … %}`: the rows given when they add up to the total, else Fluid's default for it. */
const groupImage: TagHandler = (call, context) => {
  if (call.body === undefined) return undefined;
  const total = parseInt(call.args[0] ?? '', 10);
  const layout = call.args[1]?.split('-').map((size) => parseInt(size, 10));
  const valid = layout && layout.every((size) => size > 0) && layout.reduce((a, b) => a + b, 0) === total;
  const found = imagesOf(call, context, call.body);
  if ('fallback' in found) return found.fallback;
  return pictureRows(rowsOf(found.images, valid ? layout : FLUID_LAYOUTS[total]));
};

// ---------------------------------------------------------------- inline images

/** An image the height of the line (or the height given), in the text. */
function inlineImage(call: TagCall, context: TagContext, url: string, height: string | undefined): ElementContent[] | Element {
  const src = safeUrl(url);
  if (!src) {
    warnAt(call, context, url ? `${url} is not an http(s) or site address; the image is left out` : 'no image address; it is left out');
    return [];
  }
  const length = cssLength(height);
  if (height && !length) warnAt(call, context, `height ${height} is not a length; the line's height is used`);
  return h('img', {
    src,
    alt: '',
    style: length ? `height:${length}` : undefined,
    className: ['not-prose', 'm-0', 'inline-block', 'w-auto', 'align-middle', ...(length ? [] : ['h-[1.5em]'])],
    ...IMAGE_DEFAULTS,
  });
}

/** Volantis / Butterfly plus `{% inlineimage url[, height=…] %}`. */
const inlineimage: TagHandler = (call, context) => {
  if (call.body !== undefined) return undefined;
  const joined = call.args.join(' ');
  const [url = '', ...options] = joined.split(joined.includes('::') ? '::' : ',').map((part) => part.trim());
  const height = options.map((option) => /^height=(.*)$/i.exec(option)?.[1]).find(Boolean);
  return inlineImage(call, context, url, height);
};

/** Butterfly `{% inlineImg src [height] %}`. */
const inlineImg: TagHandler = (call, context) => (call.body !== undefined ? undefined : inlineImage(call, context, call.args[0] ?? '', call.args[1]));

export const galleryTags: TagFamily = { gallery, galleryGroup, grouppicture: groupPicture, gp: groupPicture, groupimage: groupImage, gi: groupImage, inlineimage, inlineImg };
