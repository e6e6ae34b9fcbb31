import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { IMAGE_DEFAULTS, hostOf, safeUrl, warnAt } from './image';
import type { TagCall, TagContext, TagFamily, TagHandler } from './types';

/**
 * Links: Hexo core's `a` / `link` / `anchor` (`{% link text url [external] [title] %}` → a plain
 * <a>), the themes' link cards (`{% link title, url[, img] %}` of Butterfly plus and Volantis,
 * `{% link url [title] [icon:…] [desc:…] %}` of Stellar), `ghcard` / `ghcardgroup`, and Butterfly
 * plus' `site` / `sitegroup`.
 *
 * Every card is an <a> holding only inline elements (display set by class), so that a card inside a
 * paragraph or a table cell is valid HTML where the tag was written. Nothing is fetched: a card
 * shows what its tag says, never a remote preview (the GitHub cards' stats images included).
 */

const CARD = [
  'not-prose',
  'my-3',
  'flex',
  'max-w-md',
  'items-center',
  'gap-3',
  'rounded-lg',
  'border',
  'border-stone-200',
  'bg-white',
  'px-4',
  'py-3',
  'no-underline',
  'transition-colors',
  'hover:border-stone-400',
  'hover:bg-stone-50',
  'dark:border-stone-700',
  'dark:bg-stone-900',
  'dark:hover:border-stone-500',
  'dark:hover:bg-stone-800',
];
const TITLE = ['block', 'truncate', 'font-medium', 'text-stone-900', 'dark:text-stone-50'];
const SUBTITLE = ['block', 'truncate', 'text-sm', 'text-stone-600', 'dark:text-stone-400'];

const isAbsolute = (href: string) => /^https?:/i.test(href);
/** An address off the site opens as the themes open it, in a new tab, telling the other site nothing. */
const external = (href: string) => (isAbsolute(href) ? { target: '_blank', rel: 'external nofollow noopener noreferrer' } : {});

/** A globe: the mark of a link card with no image of its own. Decoration only. */
const globe = () =>
  s('svg', { viewBox: '0 0 24 24', width: 24, height: 24, fill: 'none', stroke: 'currentColor', strokeWidth: 1.75, ariaHidden: 'true', focusable: 'false', className: ['shrink-0', 'text-stone-500', 'dark:text-stone-400'] }, [
    s('circle', { cx: 12, cy: 12, r: 9 }),
    s('path', { d: 'M3 12h18' }),
    s('path', { d: 'M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z' }),
  ]);

/** GitHub's mark (its public logo path), drawn in the text's colour. */
const githubMark = () =>
  s('svg', { viewBox: '0 0 16 16', width: 28, height: 28, fill: 'currentColor', ariaHidden: 'true', focusable: 'false', className: ['shrink-0', 'text-stone-800', 'dark:text-stone-100'] }, [
    s('path', {
      d: 'M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0016 8c0-4.42-3.58-8-8-8z',
    }),
  ]);

type Card = { href: string; title: string; subtitle?: string; image?: string; description?: string };

/** A link card: image (or a globe), title, and under it the host (or a description). */
function linkCard({ href, title, subtitle, image, description }: Card): Element {
  return h('a', { href, title, className: CARD, ...external(href) }, [
    image ? h('img', { src: image, alt: '', width: 40, height: 40, className: ['m-0', 'size-10', 'shrink-0', 'rounded-md', 'object-cover'], ...IMAGE_DEFAULTS }) : globe(),
    h('span', { className: ['block', 'min-w-0'] }, [
      h('span', { className: TITLE }, title || hostOf(href)),
      ...(description ? [h('span', { className: SUBTITLE }, description)] : []),
      h('span', { className: SUBTITLE }, subtitle ?? hostOf(href)),
    ]),
  ]);
}

/** A card whose address cannot be linked: its title as text, so no words are lost. */
const unlinked = (call: TagCall, context: TagContext, url: string, text: string): ElementContent[] => {
  warnAt(call, context, url ? `${url} is not an http(s) or site address; only the text is kept` : 'no address; only the text is kept');
  return text ? [{ type: 'text', value: text }] : [];
};

// ---------------------------------------------------------------- Hexo core's link

/** Hexo's own test for "this argument is the address" (lib/plugins/tag/link.js). */
const HEXO_URL =
  /((([A-Za-z]{3,9}:(?:\/\/)?)(?:[-;:&=+$,\w]+@)?[A-Za-z0-9.-]+|(?:www.|[-;:&=+$,\w]+@)[A-Za-z0-9.-]+)((?:\/[+~%/.\w-_]*)?\??(?:[-+=&;%@.\w_]*)#?(?:[.!/\\w]*))?)/;

/** `{% link text… url [external] [title…] %}`: the words before the first address are the text. */
function coreLink(call: TagCall, context: TagContext): ElementContent | ElementContent[] {
  const at = call.args.findIndex((arg) => HEXO_URL.test(arg));
  const text = (at < 0 ? call.args : call.args.slice(0, at)).join(' ');
  const url = at < 0 ? '' : call.args[at]!;
  const rest = at < 0 ? [] : call.args.slice(at + 1);
  const opensNew = rest[0] === 'true';
  if (rest[0] === 'true' || rest[0] === 'false') rest.shift();
  const href = safeUrl(url);
  if (!href) return unlinked(call, context, url, text);
  return h('a', { href, title: rest.join(' ') || undefined, ...(opensNew ? { target: '_blank', rel: 'noopener noreferrer' } : {}) }, text || url);
}

// ---------------------------------------------------------------- the themes' link card

/** Butterfly plus / Volantis: `title, url[, img]` (`::` for the comma in Volantis). */
function commaCard(call: TagCall, context: TagContext, parts: string[]): ElementContent | ElementContent[] {
  const [title = '', url = '', img = ''] = parts;
  const href = safeUrl(url);
  if (!href) return unlinked(call, context, url, title);
  const image = img ? safeUrl(img) : undefined;
  if (img && !image) warnAt(call, context, `${img} is not an http(s) or site address; the card shows no image`);
  return linkCard({ href, title, image });
}

/** Stellar: `url [title…] [icon:src] [desc:text]` (`desc:true` asked Stellar to fetch one: nothing is fetched here). */
function stellarCard(call: TagCall, context: TagContext): ElementContent | ElementContent[] {
  const keyed = /^(icon|desc):(.*)$/i;
  const others = call.args.filter((arg) => !keyed.test(arg) || /^https?:\/\//i.test(arg));
  const option = (key: string) => call.args.map((arg) => keyed.exec(arg)).find((match) => match?.[1]!.toLowerCase() === key)?.[2];
  const [url = '', ...title] = others;
  const href = safeUrl(url);
  if (!href) return unlinked(call, context, url, title.join(' '));
  const icon = option('icon');
  const desc = option('desc');
  return linkCard({ href, title: title.join(' '), image: icon ? safeUrl(icon) : undefined, description: desc && desc !== 'true' && desc !== 'false' ? desc : undefined });
}

const commaParts = (args: string[]) => {
  const joined = args.join(' ');
  return (joined.includes('::') ? joined.split('::') : joined.split(',')).map((part) => part.trim());
};

/**
 * `link` as a site with Butterfly plus, Volantis or Stellar reads it: commas make the themes' card,
 * an address first makes Stellar's; otherwise it is Hexo's own (text first), which those themes
 * would have printed as nothing or as a card with no address: the plain link is what was meant.
 */
const link: TagHandler = (call, context) => {
  if (call.body !== undefined) return undefined;
  const parts = commaParts(call.args);
  if (parts.length >= 2) return commaCard(call, context, parts);
  if (call.args[0] && (/^(https?:)?\/\//i.test(call.args[0]) || /^\/(?!\/)/.test(call.args[0]))) return stellarCard(call, context);
  return coreLink(call, context);
};

/** `linkcard`: always a card, whichever way it is written. */
const linkcard: TagHandler = (call, context) => {
  if (call.body !== undefined) return undefined;
  const parts = commaParts(call.args);
  return parts.length >= 2 ? commaCard(call, context, parts) : stellarCard(call, context);
};

const anchor: TagHandler = (call, context) => (call.body !== undefined ? undefined : coreLink(call, context));

// ---------------------------------------------------------------- GitHub cards

const GITHUB_PATH = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/;

/**
 * `{% ghcard user[/repo][, theme=…] %}` (Butterfly plus: `, ` between parts; Volantis: `,` or `::`)
 * and Stellar's `{% ghcard user[/repo] [theme:…] %}`. The themes show a github-readme-stats image;
 * here the card names the user or repository, as nothing may be fetched; the options styled that image.
 */
const ghcard: TagHandler = (call, context) => {
  if (call.body !== undefined) return undefined;
  const path = (commaParts(call.args)[0] ?? '').split(/\s+/)[0]!.replace(/^\/+|\/+$/g, '');
  if (!GITHUB_PATH.test(path)) {
    warnAt(call, context, path ? `${path} is not a GitHub user or user/repo; it is left as text` : 'no GitHub user or repository; it is left out');
    return path ? [{ type: 'text', value: path }] : [];
  }
  const href = `https://github.com/${path}`;
  const repo = path.includes('/');
  return h('a', { href, title: path, className: [...CARD.map((name) => (name === 'flex' ? 'inline-flex' : name)), 'align-top'], ...external(href) }, [
    githubMark(),
    h('span', { className: ['block', 'min-w-0'] }, [
      h('span', { className: TITLE }, path),
      h('span', { className: SUBTITLE }, repo ? 'GitHub 仓库' : 'GitHub 用户'),
    ]),
  ]);
};

/** `{% ghcardgroup %}…{% endghcardgroup %}`: its cards side by side. */
const ghcardgroup: TagHandler = (call, context) =>
  call.body === undefined ? undefined : h('div', { className: ['not-prose', 'my-6', 'flex', 'flex-wrap', 'gap-3', '[&>p]:contents'] }, context.markdown(call.body));

// ---------------------------------------------------------------- site cards

type Site = { title: string; url?: string; screenshot?: string; avatar?: string; description?: string };

/**
 * Butterfly plus: `title, url=…, screenshot=…, avatar=…, description=…` (parts split at `, `). A
 * part without a key continues the one before it: a comma in a description is not lost.
 */
function readSite(args: string[]): Site {
  const [title = '', ...parts] = args.join(' ').split(/,\s+/);
  const site: Site = { title: title.trim() };
  let last: keyof Site | undefined;
  for (const part of parts) {
    const pair = /^(url|screenshot|avatar|description)=(.*)$/is.exec(part.trim());
    if (pair) {
      last = pair[1]!.toLowerCase() as keyof Site;
      site[last] = pair[2]!.trim();
    } else if (last) site[last] = `${site[last]}, ${part.trim()}`;
  }
  return site;
}

const SITE_CARD = [
  'not-prose',
  'my-3',
  'flex',
  'flex-col',
  'overflow-hidden',
  'rounded-lg',
  'border',
  'border-stone-200',
  'bg-white',
  'no-underline',
  'transition-shadow',
  'hover:shadow-md',
  'dark:border-stone-700',
  'dark:bg-stone-900',
];

/** `{% site title, url=…, … %}`: a screenshot, then the avatar, title and description. */
const site: TagHandler = (call, context) => {
  if (call.body !== undefined) return undefined;
  const info = readSite(call.args);
  const href = safeUrl(info.url);
  if (!href) return unlinked(call, context, info.url ?? '', info.title);
  const screenshot = safeUrl(info.screenshot);
  const avatar = safeUrl(info.avatar);
  for (const [key, value, safe] of [['screenshot', info.screenshot, screenshot], ['avatar', info.avatar, avatar]] as const) {
    if (value && !safe) warnAt(call, context, `${key} ${value} is not an http(s) or site address; it is left out`);
  }
  return h('a', { href, title: info.title, className: SITE_CARD, ...external(href) }, [
    screenshot
      ? h('img', { src: screenshot, alt: '', className: ['m-0', 'block', 'aspect-video', 'w-full', 'object-cover'], ...IMAGE_DEFAULTS })
      : h('span', { className: ['block', 'aspect-video', 'w-full', 'bg-stone-100', 'dark:bg-stone-800'] }),
    h('span', { className: ['flex', 'items-center', 'gap-3', 'px-3', 'py-2'] }, [
      ...(avatar ? [h('img', { src: avatar, alt: '', width: 32, height: 32, className: ['m-0', 'size-8', 'shrink-0', 'rounded-full', 'object-cover'], ...IMAGE_DEFAULTS })] : []),
      h('span', { className: ['block', 'min-w-0'] }, [
        h('span', { className: TITLE }, info.title || hostOf(href)),
        h('span', { className: SUBTITLE }, info.description || hostOf(href)),
      ]),
    ]),
  ]);
};

/**
 * `{% sitegroup [title] %}{% site … %}…{% endsitegroup %}`: the cards in a grid. Cards that Markdown
 * put in one paragraph become cells of their own; anything else in the body spans the grid.
 */
const sitegroup: TagHandler = (call, context) => {
  if (call.body === undefined) return undefined;
  const cells: ElementContent[] = [];
  for (const node of context.markdown(call.body)) {
    if (node.type === 'text' && !node.value.trim()) continue;
    const inner = node.type === 'element' && node.tagName === 'p' ? node.children.filter((child) => !(child.type === 'text' && !child.value.trim()) && !(child.type === 'element' && child.tagName === 'br')) : [];
    if (inner.length && inner.every((child) => child.type === 'element' && child.tagName === 'a')) {
      cells.push(...(inner as Element[]).map((card) => ({ ...card, properties: { ...card.properties, className: [...((card.properties.className as string[] | undefined) ?? []).filter((name) => name !== 'my-3'), 'm-0', 'h-full'] } })));
    } else cells.push(h('div', { className: ['col-span-full'] }, [node]));
  }
  const title = call.args.join(' ').trim();
  return h('div', { className: ['my-6'] }, [
    ...(title ? [h('p', { className: ['mb-3', 'text-xl', 'font-semibold'] }, title)] : []),
    h('div', { className: ['not-prose', 'grid', 'grid-cols-1', 'gap-4', 'sm:grid-cols-2', 'lg:grid-cols-3'] }, cells),
  ]);
};

export const cardTags: TagFamily = { a: anchor, anchor, link, linkcard, ghcard, ghcardgroup, site, sitegroup };
