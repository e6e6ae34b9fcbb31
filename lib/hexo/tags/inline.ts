import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { inlineContent, type Tone, TONES, toneOf } from './note';
import { splitTagArgs } from './parse';
import type { TagCall, TagContext, TagFamily, TagHandler } from './types';

/**
 * Small tags inside the text: NexT's / Fluid's / Butterfly's `label`, `kbd`, Butterfly plus' (and
 * Volantis') `checkbox` / `radio`, buttons (`btn` / `button`, `btns` with its `cell`s), the text
 * decorations `u` `emp` `wavy` `del` `sup` `sub` `psw`, `span` / `p`, `icon`, `bdage` / `badge`,
 * `progress` and `bubble`.
 *
 * As in Hexo (tags run after Markdown there), a decoration's text is text, never markup; only the
 * tags whose plugin renders Markdown itself (checkbox, radio) do so here.
 */

const warnAt = (call: TagCall, context: TagContext, message: string) => context.warn(`line ${call.line}: {% ${call.name}${call.args.length ? ` ${call.args.join(' ')}` : ''} %}: ${message}`);

/**
 * An address a post may link to: http(s) (`//host` read as https), mailto, or a path on this site
 * (`/…`, `#…`, `?…`). Anything else (javascript:, data:, a relative path) has none.
 */
export function safeHref(raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  if (!value) return undefined;
  if (/^[/#?]/.test(value) && !/^[/\\]{2}/.test(value)) {
    // A site path cannot smuggle a scheme: it is resolved against a placeholder origin and must stay there.
    try {
      const url = new URL(value, 'https://site.invalid');
      return url.origin === 'https://site.invalid' ? value : undefined;
    } catch {
      return undefined;
    }
  }
  try {
    const url = new URL(value.startsWith('//') ? `https:${value}` : value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    if (url.protocol === 'mailto:') return value;
  } catch {
    // not an absolute address
  }
  return undefined;
}

/** An image a card may show: http(s) or a path on this site. */
const safeImage = (raw: string | undefined) => {
  const href = safeHref(raw);
  return href && !href.startsWith('mailto:') ? href : undefined;
};

/** Butterfly's and Volantis' argument lists: the arguments joined, split on `::` if there is one, else on commas. */
const parts = (args: string[]) => {
  const joined = args.join(' ');
  return (joined.includes('::') ? joined.split('::') : joined.split(',')).map((part) => part.trim());
};

const words = (part: string | undefined) => (part ?? '').split(/\s+/).filter(Boolean).map((word) => word.toLowerCase());

// ---------------------------------------------------------------- label, kbd

/**
 * NexT / Fluid `{% label class@text %}`, Butterfly `{% label text color %}`. The colour is the last
 * argument only when it names one, so a label of several words keeps them all.
 */
const label: TagHandler = (call, context) => {
  const joined = call.args.join(' ');
  let tone: Tone = 'neutral';
  let content: string;
  if (joined.includes('@')) {
    const at = joined.indexOf('@');
    tone = toneOf(joined.slice(0, at).trim() || 'default') ?? 'neutral';
    content = joined.slice(at + 1).trim();
  } else {
    const last = call.args.at(-1);
    const named = call.args.length > 1 ? toneOf(last) : undefined;
    tone = named ?? 'neutral';
    content = (named ? call.args.slice(0, -1) : call.args).join(' ');
  }
  if (!content) {
    warnAt(call, context, 'the label has no text; it is left out');
    return [];
  }
  return h('mark', { className: ['not-prose', 'rounded', 'px-1.5', 'py-0.5', 'font-medium', ...TONES[tone].surface, ...TONES[tone].ink] }, content);
};

const KBD = ['not-prose', 'mx-0.5', 'inline-block', 'rounded', 'border', 'border-b-2', 'border-stone-300', 'bg-stone-100', 'px-1.5', 'py-px', 'font-mono', 'text-[0.85em]', 'leading-snug', 'text-stone-800', 'dark:border-stone-600', 'dark:bg-stone-800', 'dark:text-stone-100'];

const kbd: TagHandler = ({ args }) => h('kbd', { className: KBD }, args.join(' '));

// ---------------------------------------------------------------- decorations

const decoration =
  (tagName: string, className: string[]): TagHandler =>
  ({ args }) =>
    h(tagName, className.length ? { className } : {}, args.join(' '));

const DECORATIONS: TagFamily = {
  u: decoration('u', ['underline', 'decoration-red-500', 'decoration-1', 'underline-offset-4', 'dark:decoration-red-400']),
  // Butterfly's "emp" is emphasis dots under the text: the page's own <em> in Chinese (globals.css).
  emp: decoration('em', []),
  wavy: decoration('span', ['underline', 'decoration-wavy', 'decoration-red-500', 'underline-offset-4', 'dark:decoration-red-400']),
  del: decoration('del', ['text-stone-600', 'dark:text-stone-400']),
  sup: decoration('sup', []),
  sub: decoration('sub', []),
  // Hidden until hovered or focused (a keyboard reaches it too), like a spoiler.
  psw: ({ args }) =>
    h(
      'span',
      {
        tabIndex: 0,
        title: '悬停或聚焦以显示',
        className: ['rounded-sm', 'bg-stone-400', 'px-0.5', 'text-transparent', 'transition-colors', 'hover:bg-transparent', 'hover:text-inherit', 'focus:bg-transparent', 'focus:text-inherit', 'dark:bg-stone-500'],
      },
      args.join(' '),
    ),
};

// ---------------------------------------------------------------- span, p

/**
 * Butterfly plus' `span` / `p` classes (lib/tag_plugins.css): alignment, size, heading sizes and
 * colours. Only these are honoured; each colour is one readable in both modes.
 */
const TEXT_CLASSES: Record<string, string[]> = {
  left: ['block', 'text-left'],
  center: ['block', 'text-center'],
  right: ['block', 'text-right'],
  small: ['text-sm'],
  large: ['text-4xl', 'leading-snug'],
  huge: ['text-6xl', 'leading-snug'],
  ultra: ['text-8xl', 'leading-snug'],
  bold: ['font-bold'],
  h1: ['block', 'text-2xl', 'font-medium', 'pt-8'],
  h2: ['block', 'text-2xl', 'font-medium', 'pt-8', 'border-b', 'border-stone-200', 'dark:border-stone-700'],
  h3: ['block', 'text-xl', 'font-medium', 'pt-8'],
  h4: ['block', 'text-lg', 'font-medium', 'pt-8'],
  h5: ['block', 'text-base', 'font-medium', 'pt-6'],
  subtitle: ['block', 'text-xl', 'font-bold', 'pt-6', 'text-teal-700', 'dark:text-teal-300'],
  red: ['text-red-700', 'dark:text-red-300'],
  yellow: ['text-amber-700', 'dark:text-amber-300'],
  green: ['text-green-700', 'dark:text-green-300'],
  cyan: ['text-cyan-700', 'dark:text-cyan-300'],
  blue: ['text-blue-700', 'dark:text-blue-300'],
  purple: ['text-purple-700', 'dark:text-purple-300'],
  gray: ['text-stone-600', 'dark:text-stone-400'],
};

const styledText =
  (tagName: 'span' | 'p'): TagHandler =>
  (call, context) => {
    const [classes = '', ...rest] = parts(call.args);
    const content = rest.join(', ');
    // Without a comma the plugin has no class part: the whole is the text.
    const [classWords, value] = rest.length ? [words(classes), content] : [[], classes];
    if (!value) {
      warnAt(call, context, 'no text is given; it is left out');
      return [];
    }
    const className = classWords.flatMap((word) => TEXT_CLASSES[word] ?? []);
    return h(tagName, { className: tagName === 'p' ? ['my-2', ...className] : className }, value);
  };

// ---------------------------------------------------------------- checkbox, radio

const CHOICE_WORDS = new Set(['checked', 'plus', 'minus', 'times', 'red', 'green', 'yellow', 'cyan', 'blue', 'purple', 'orange', 'pink', 'gray', 'grey', 'default']);

/**
 * Butterfly plus / Volantis `{% checkbox [style…] [checked], text %}` (`::` also separates), and
 * Fluid's `{% checkbox text, checked %}` (`true` / `false`). The box is shown, not used: disabled.
 */
const choice =
  (type: 'checkbox' | 'radio'): TagHandler =>
  (call, context) => {
    const [first = '', ...rest] = parts(call.args);
    let classes: string[] = [];
    let label = first;
    let checked = false;
    if (rest.length) {
      const second = rest[0]!.toLowerCase();
      const fluid = rest.length <= 3 && (second === 'true' || second === 'false') && !words(first).every((word) => CHOICE_WORDS.has(word));
      if (fluid) checked = second === 'true';
      else {
        classes = words(first);
        checked = classes.includes('checked');
        label = rest.join(', ');
      }
    }
    if (!label) {
      warnAt(call, context, 'no text is given; it is left out');
      return [];
    }
    const tone = classes.map((word) => toneOf(word)).find((found) => found !== undefined) ?? 'info';
    const id = context.id(type);
    return h('div', { className: ['my-1', 'flex', 'items-start', 'gap-2'] }, [
      h('input', { type, id, disabled: true, checked, className: ['mt-[0.45em]', 'size-4', 'shrink-0', ...TONES[tone].accent] }),
      h('label', { htmlFor: id }, inlineContent(context.markdown(label))),
    ]);
  };

// ---------------------------------------------------------------- buttons

const BUTTON_OPTIONS = new Set(['outline', 'center', 'block', 'larger', 'right', 'left', 'wide', 'fill']);

type Button = { url: string; text: string; title?: string; options: string[] };

/**
 * The themes' button arguments, told apart by where the address is:
 *  - NexT `url, text, icon, title`; Butterfly `url, text, icon, options`; Fluid `url, text, title`;
 *  - Volantis `text, url, icon` or `class, text, url[, icon]`.
 */
function readButton(args: string[]): Button {
  const p = parts(args);
  const looksLikeUrl = (part: string | undefined) => part !== undefined && /^(?:https?:|mailto:|\/|#|\.\/|\.\.\/)/i.test(part);
  const isIcon = (part: string | undefined) => part !== undefined && /(?:^|\s)fa[a-z]*(?:-[\w-]+)?(?:\s|$)/i.test(part);
  if (!looksLikeUrl(p[0]) && looksLikeUrl(p[1])) return { text: p[0] ?? '', url: p[1] ?? '', options: [] };
  if (!looksLikeUrl(p[0]) && !looksLikeUrl(p[1]) && looksLikeUrl(p[2])) return { options: words(p[0]), text: p[1] ?? '', url: p[2] ?? '' };
  const [url = '', label = '', third, fourth] = p;
  if (third !== undefined && third !== '' && !isIcon(third) && fourth === undefined) return { url, text: label, title: third, options: [] };
  const fourthWords = words(fourth);
  if (fourthWords.length && fourthWords.every((word) => BUTTON_OPTIONS.has(word) || toneOf(word) !== undefined)) return { url, text: label, options: fourthWords };
  return { url, text: label, title: fourth || undefined, options: [] };
}

const BUTTON = ['not-prose', 'inline-flex', 'items-center', 'gap-1.5', 'rounded-md', 'font-medium', 'no-underline', 'transition-colors', 'align-middle', 'my-1'];

const button: TagHandler = (call, context) => {
  const { url, text: label, title, options } = readButton(call.args);
  const href = safeHref(url);
  const name = label || url;
  if (!name) {
    warnAt(call, context, 'no address or text is given; it is left out');
    return [];
  }
  if (!href) {
    warnAt(call, context, url ? `${url} is not an http(s), mailto or site address; the button is shown as text` : 'no address is given; the button is shown as text');
    return h('span', name);
  }
  const tone = options.map((word) => toneOf(word)).find((found) => found !== undefined) ?? 'neutral';
  const outline = options.includes('outline');
  const placed = options.includes('block') || options.includes('center') || options.includes('right');
  const className = [
    ...BUTTON,
    ...(outline ? ['border', 'bg-transparent', ...TONES[tone].outlineButton] : TONES[tone].button),
    ...(options.includes('larger') ? ['px-5', 'py-2', 'text-base'] : ['px-4', 'py-1', 'text-sm']),
    ...(placed ? ['flex', 'w-fit'] : []),
    ...(options.includes('center') ? ['mx-auto'] : options.includes('right') ? ['ml-auto'] : []),
  ];
  return h('a', { href, title: title ?? label, className }, label || url);
};

/** The layout words of `{% btns … %}` (Butterfly plus / Volantis). */
const GRID: Record<string, string[]> = {
  grid2: ['grid', 'grid-cols-1', 'sm:grid-cols-2'],
  grid3: ['grid', 'grid-cols-1', 'sm:grid-cols-3'],
  grid4: ['grid', 'grid-cols-2', 'sm:grid-cols-3', 'md:grid-cols-4'],
  grid5: ['grid', 'grid-cols-2', 'sm:grid-cols-3', 'md:grid-cols-5'],
};

const CARD = ['flex', 'flex-col', 'items-center', 'gap-2', 'rounded-lg', 'border', 'border-stone-200', 'bg-white', 'p-3', 'text-center', 'text-sm', 'text-stone-700', 'no-underline', 'dark:border-stone-700', 'dark:bg-stone-900', 'dark:text-stone-200'];
const CARD_LINK = ['transition-colors', 'hover:border-stone-400', 'hover:bg-stone-100', 'dark:hover:border-stone-500', 'dark:hover:bg-stone-800'];

/**
 * `{% cell text, url[, image or icon] %}`: a card of a `btns` grid. An image is shown (http(s) or a
 * site path); an icon (Font Awesome) is not, having no font to draw it.
 */
function cell(args: string[], shape: string[], call: TagCall, context: TagContext): Element {
  const [label = '', url = '', picture] = parts(args);
  const href = safeHref(url);
  if (url && !href) warnAt(call, context, `${url} is not an http(s), mailto or site address; the card links nowhere`);
  const isIcon = picture !== undefined && / fa-|^fa-/.test(picture);
  const src = picture && !isIcon ? safeImage(picture) : undefined;
  const children: ElementContent[] = [
    ...(src ? [h('img', { src, alt: '', loading: 'lazy', decoding: 'async', className: ['size-16', 'object-cover', ...shape] })] : []),
    h('span', { className: ['font-medium', 'break-words'] }, label),
  ];
  return href ? h('a', { href, title: label, className: [...CARD, ...CARD_LINK] }, children) : h('div', { className: CARD }, children);
}

/**
 * What the author wrote between cells, as grid items: a hand-written `<a>` card (the plugin's other
 * form) gets the cards' look, a paragraph of them is unwrapped; anything else stays as rendered.
 */
function handWrittenCards(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && node.value.trim() === '') continue;
    const links = node.type === 'element' && node.tagName === 'p' ? node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && !(child.type === 'element' && child.tagName === 'br')) : [node];
    const allLinks = links.every((child) => child.type === 'element' && child.tagName === 'a');
    if (!allLinks) {
      out.push(node);
      continue;
    }
    for (const link of links as Element[]) {
      const own = link.properties.className;
      link.properties.className = [...(Array.isArray(own) ? own.map(String) : []), ...CARD, ...(link.properties.href ? CARD_LINK : []), '[&_img]:max-h-32', '[&_img]:w-auto'];
      out.push(link);
    }
  }
  return out;
}

const CELL_TAG = /\{%-?\s*cell\s((?:[^%]|%(?! ?\}))*?)-?% ?\}/g;

/**
 * `{% btns [shape] [layout] %}…{% endbtns %}`: its cells become cards; anything else between them
 * (the plugin also takes hand-written `<a>` cards) is rendered as Markdown in its place in the grid.
 */
const btns: TagHandler = (call, context) => {
  if (call.body === undefined) return undefined;
  const options = call.args.map((arg) => arg.toLowerCase());
  const shape = options.includes('circle') ? ['rounded-full'] : options.includes('rounded') ? ['rounded-2xl'] : ['rounded-md'];
  const grid = options.map((word) => GRID[word]).find(Boolean) ?? ['flex', 'flex-wrap'];
  const items: ElementContent[] = [];
  let cursor = 0;
  const other = (chunk: string) => {
    if (chunk.trim()) items.push(...handWrittenCards(context.markdown(chunk)));
  };
  for (const match of call.body.matchAll(CELL_TAG)) {
    other(call.body.slice(cursor, match.index));
    items.push(cell(splitTagArgs(match[1]!.trim()), shape, call, context));
    cursor = match.index + match[0].length;
  }
  other(call.body.slice(cursor));
  return h('div', { className: ['not-prose', 'my-6', 'gap-3', ...grid, ...(options.includes('center') ? ['justify-center', 'justify-items-center'] : [])] }, items);
};

// ---------------------------------------------------------------- badge, progress, bubble

/**
 * `{% bdage right,left[,logo][||color,link,title][||options] %}`: the plugin draws a shields.io
 * badge reading `left | right` (its argument names are the other way round). We draw the two parts
 * as text; the logo and shields options need the image service, so are not drawn.
 */
const badge: TagHandler = (call, context) => {
  const [base = '', message = ''] = call.args.join(' ').split('||');
  const [right = '', left = ''] = base.split(',').map((part) => part.trim());
  const [color = '', link = '', title = ''] = message.split(',').map((part) => part.trim());
  if (!right && !left) {
    warnAt(call, context, 'the badge has no text; it is left out');
    return [];
  }
  const tone = toneOf(color) ?? (color === 'brightgreen' ? 'success' : 'warning');
  const badgeParts = [
    ...(left ? [h('span', { className: ['bg-stone-600', 'px-1.5', 'py-0.5', 'text-white', 'dark:bg-stone-700', 'dark:text-stone-50'] }, left)] : []),
    h('span', { className: ['px-1.5', 'py-0.5', ...TONES[tone].surface, ...TONES[tone].ink] }, right || left),
  ];
  const href = safeHref(link);
  if (link && !href) warnAt(call, context, `${link} is not an http(s), mailto or site address; the badge links nowhere`);
  const className = ['not-prose', 'mx-1', 'inline-flex', 'overflow-hidden', 'rounded', 'align-middle', 'font-sans', 'text-xs', 'leading-5', 'no-underline'];
  return href
    ? h('a', { href, title: title || undefined, className }, badgeParts)
    : h('span', { title: title || undefined, className }, badgeParts);
};

/** Butterfly plus' bar colours. */
const BAR_TONES: Record<string, Tone> = { red: 'danger', yellow: 'warning', green: 'success', cyan: 'info', blue: 'info', gray: 'neutral', grey: 'neutral' };

/** `{% progress width color text %}`: a native <progress> (readable without script) under its text and value. */
const progress: TagHandler = (call, context) => {
  const [width = '', color = '', ...rest] = call.args.join(',').split(',').map((part) => part.trim());
  const number = Number.parseFloat(width.replace(/%$/, ''));
  if (!Number.isFinite(number)) {
    warnAt(call, context, `${width || 'nothing'} is not a percentage; the bar is left out`);
    return rest.length ? h('p', rest.join(' ')) : [];
  }
  const value = Math.min(100, Math.max(0, number));
  const tone = BAR_TONES[color.toLowerCase()] ?? toneOf(color) ?? 'info';
  const label = rest.filter(Boolean).join(' ');
  const id = context.id('progress');
  return h('div', { className: ['not-prose', 'my-4'] }, [
    h('div', { className: ['mb-1', 'flex', 'justify-between', 'gap-4', 'text-sm', 'text-stone-700', 'dark:text-stone-200'] }, [
      h('span', { id }, label || `${value}%`),
      ...(label ? [h('span', { className: ['tabular-nums'] }, `${value}%`)] : []),
    ]),
    h(
      'progress',
      {
        value,
        max: 100,
        ariaLabelledBy: id,
        className: [
          'block', 'h-2.5', 'w-full', 'appearance-none', 'overflow-hidden', 'rounded-full', 'border-0', 'bg-stone-200', 'dark:bg-stone-700',
          '[&::-webkit-progress-bar]:bg-stone-200', 'dark:[&::-webkit-progress-bar]:bg-stone-700', '[&::-webkit-progress-value]:rounded-full', '[&::-moz-progress-bar]:rounded-full',
          ...TONES[tone].bar,
        ],
      },
      `${value}%`,
    ),
  ]);
};

/**
 * `{% bubble word,note[,colour] %}`: the word, its note shown on hover and on keyboard focus. The
 * author's colour is not used: our tooltip keeps one readable pair of colours in both modes.
 */
const bubble: TagHandler = (call, context) => {
  const all = call.args.join(' ').split(',').map((part) => part.trim());
  // The plugin keeps only the second part as the note; a note with commas of its own is kept whole here.
  if (all.length > 2 && /^(?:#[0-9a-f]{3,8}|[a-z]+|rgba?\(.*\))$/i.test(all.at(-1)!)) all.pop();
  const [word = '', ...noteParts] = all;
  const note = noteParts.join(', ');
  if (!word) {
    warnAt(call, context, 'no word is given; it is left out');
    return [];
  }
  if (!note) return h('span', word);
  const id = context.id('bubble');
  return h('span', { className: ['group', 'relative', 'inline-block'] }, [
    h(
      'span',
      {
        tabIndex: 0,
        ariaDescribedBy: id,
        className: ['cursor-help', 'underline', 'decoration-sky-600', 'decoration-dotted', 'decoration-2', 'underline-offset-4', 'dark:decoration-sky-400'],
      },
      word,
    ),
    h(
      'span',
      {
        id,
        role: 'tooltip',
        className: [
          'invisible', 'absolute', 'bottom-full', 'left-1/2', 'z-10', 'mb-2', 'w-max', 'max-w-[min(20rem,80vw)]', '-translate-x-1/2', 'rounded-md',
          'bg-stone-800', 'px-3', 'py-2', 'text-left', 'text-sm', 'leading-6', 'font-normal', 'text-stone-50', 'opacity-0', 'shadow-lg', 'transition-opacity',
          'group-hover:visible', 'group-hover:opacity-100', 'group-focus-within:visible', 'group-focus-within:opacity-100',
          'dark:bg-stone-100', 'dark:text-stone-900',
        ],
      },
      note,
    ),
  ]);
};

export const inlineTags: TagFamily = {
  label,
  kbd,
  ...DECORATIONS,
  span: styledText('span'),
  p: styledText('p'),
  checkbox: choice('checkbox'),
  radio: choice('radio'),
  btn: button,
  button,
  btns,
  cell: (call, context) => cell(call.args, ['rounded-md'], call, context),
  // The Butterfly plus iconfont symbol needs its script; we draw nothing rather than its class name.
  icon: () => [],
  bdage: badge,
  badge,
  progress,
  bubble,
};
