import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import type { TagCall, TagContext, TagFamily, TagHandler } from './types';

/**
 * Callouts: `note` as NexT, Butterfly, Fluid, Volantis and Stellar write it, Butterfly plus' `tip`,
 * Volantis' `noteblock` / `blocknote` and Butterfly's `subnote`. Every theme's colour or class
 * names one of a few tones; every form becomes the same component. No theme ships its icons to us
 * (they are an icon font), so a tone draws its own small SVG, and icon class names never show.
 */

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'purple' | 'pink';

type ToneClasses = {
  /** Pale tinted background (dark: a deep tint), for text in the page's own colour or `ink`. */
  surface: string[];
  /** The coloured left edge of a callout. */
  edge: string[];
  /** A whole thin border in the tone. */
  outline: string[];
  /** Tinted text readable on `surface` and on the page (≥ 4.5:1 in both modes). */
  ink: string[];
  /** An icon or a dot: a graphic, needing 3:1 only. */
  icon: string[];
  /** A filled dot or marker. */
  solid: string[];
  /** A solid button: light text on a deep fill. */
  button: string[];
  /** An outlined button. */
  outlineButton: string[];
  /** The filled part of a <progress>. */
  bar: string[];
  /** A checkbox's or radio's own colour. */
  accent: string[];
};

// Written out in full so that Tailwind finds every class in this file.
export const TONES: Record<Tone, ToneClasses> = {
  neutral: {
    surface: ['bg-stone-100', 'dark:bg-stone-800/70'],
    edge: ['border-l-stone-400', 'dark:border-l-stone-500'],
    outline: ['border-stone-300', 'dark:border-stone-600'],
    ink: ['text-stone-800', 'dark:text-stone-100'],
    icon: ['text-stone-500', 'dark:text-stone-400'],
    solid: ['bg-stone-500', 'dark:bg-stone-400'],
    button: ['bg-stone-700', 'text-white', 'hover:bg-stone-800', 'dark:bg-stone-700', 'dark:text-stone-50', 'dark:hover:bg-stone-600'],
    outlineButton: ['border-stone-500', 'text-stone-800', 'hover:bg-stone-100', 'dark:border-stone-400', 'dark:text-stone-100', 'dark:hover:bg-stone-800'],
    bar: ['[&::-webkit-progress-value]:bg-stone-500', '[&::-moz-progress-bar]:bg-stone-500', 'dark:[&::-webkit-progress-value]:bg-stone-400', 'dark:[&::-moz-progress-bar]:bg-stone-400'],
    accent: ['accent-stone-600', 'dark:accent-stone-400'],
  },
  info: {
    surface: ['bg-sky-50', 'dark:bg-sky-950/50'],
    edge: ['border-l-sky-500', 'dark:border-l-sky-400'],
    outline: ['border-sky-200', 'dark:border-sky-800'],
    ink: ['text-sky-900', 'dark:text-sky-100'],
    icon: ['text-sky-600', 'dark:text-sky-400'],
    solid: ['bg-sky-500', 'dark:bg-sky-400'],
    button: ['bg-sky-700', 'text-white', 'hover:bg-sky-800', 'dark:bg-sky-800', 'dark:text-sky-50', 'dark:hover:bg-sky-700'],
    outlineButton: ['border-sky-600', 'text-sky-800', 'hover:bg-sky-50', 'dark:border-sky-400', 'dark:text-sky-200', 'dark:hover:bg-sky-950'],
    bar: ['[&::-webkit-progress-value]:bg-sky-600', '[&::-moz-progress-bar]:bg-sky-600', 'dark:[&::-webkit-progress-value]:bg-sky-400', 'dark:[&::-moz-progress-bar]:bg-sky-400'],
    accent: ['accent-sky-600', 'dark:accent-sky-400'],
  },
  success: {
    surface: ['bg-emerald-50', 'dark:bg-emerald-950/50'],
    edge: ['border-l-emerald-500', 'dark:border-l-emerald-400'],
    outline: ['border-emerald-200', 'dark:border-emerald-800'],
    ink: ['text-emerald-900', 'dark:text-emerald-100'],
    icon: ['text-emerald-600', 'dark:text-emerald-400'],
    solid: ['bg-emerald-500', 'dark:bg-emerald-400'],
    button: ['bg-emerald-700', 'text-white', 'hover:bg-emerald-800', 'dark:bg-emerald-800', 'dark:text-emerald-50', 'dark:hover:bg-emerald-700'],
    outlineButton: ['border-emerald-600', 'text-emerald-800', 'hover:bg-emerald-50', 'dark:border-emerald-400', 'dark:text-emerald-200', 'dark:hover:bg-emerald-950'],
    bar: ['[&::-webkit-progress-value]:bg-emerald-600', '[&::-moz-progress-bar]:bg-emerald-600', 'dark:[&::-webkit-progress-value]:bg-emerald-400', 'dark:[&::-moz-progress-bar]:bg-emerald-400'],
    accent: ['accent-emerald-600', 'dark:accent-emerald-400'],
  },
  warning: {
    surface: ['bg-amber-50', 'dark:bg-amber-950/50'],
    edge: ['border-l-amber-500', 'dark:border-l-amber-400'],
    outline: ['border-amber-200', 'dark:border-amber-800'],
    ink: ['text-amber-900', 'dark:text-amber-100'],
    icon: ['text-amber-600', 'dark:text-amber-400'],
    solid: ['bg-amber-500', 'dark:bg-amber-400'],
    button: ['bg-amber-700', 'text-white', 'hover:bg-amber-800', 'dark:bg-amber-800', 'dark:text-amber-50', 'dark:hover:bg-amber-700'],
    outlineButton: ['border-amber-600', 'text-amber-800', 'hover:bg-amber-50', 'dark:border-amber-400', 'dark:text-amber-200', 'dark:hover:bg-amber-950'],
    bar: ['[&::-webkit-progress-value]:bg-amber-500', '[&::-moz-progress-bar]:bg-amber-500', 'dark:[&::-webkit-progress-value]:bg-amber-400', 'dark:[&::-moz-progress-bar]:bg-amber-400'],
    accent: ['accent-amber-600', 'dark:accent-amber-400'],
  },
  danger: {
    surface: ['bg-red-50', 'dark:bg-red-950/50'],
    edge: ['border-l-red-500', 'dark:border-l-red-400'],
    outline: ['border-red-200', 'dark:border-red-800'],
    ink: ['text-red-900', 'dark:text-red-100'],
    icon: ['text-red-600', 'dark:text-red-400'],
    solid: ['bg-red-500', 'dark:bg-red-400'],
    button: ['bg-red-700', 'text-white', 'hover:bg-red-800', 'dark:bg-red-800', 'dark:text-red-50', 'dark:hover:bg-red-700'],
    outlineButton: ['border-red-600', 'text-red-800', 'hover:bg-red-50', 'dark:border-red-400', 'dark:text-red-200', 'dark:hover:bg-red-950'],
    bar: ['[&::-webkit-progress-value]:bg-red-600', '[&::-moz-progress-bar]:bg-red-600', 'dark:[&::-webkit-progress-value]:bg-red-400', 'dark:[&::-moz-progress-bar]:bg-red-400'],
    accent: ['accent-red-600', 'dark:accent-red-400'],
  },
  purple: {
    surface: ['bg-violet-50', 'dark:bg-violet-950/50'],
    edge: ['border-l-violet-500', 'dark:border-l-violet-400'],
    outline: ['border-violet-200', 'dark:border-violet-800'],
    ink: ['text-violet-900', 'dark:text-violet-100'],
    icon: ['text-violet-600', 'dark:text-violet-400'],
    solid: ['bg-violet-500', 'dark:bg-violet-400'],
    button: ['bg-violet-700', 'text-white', 'hover:bg-violet-800', 'dark:bg-violet-800', 'dark:text-violet-50', 'dark:hover:bg-violet-700'],
    outlineButton: ['border-violet-600', 'text-violet-800', 'hover:bg-violet-50', 'dark:border-violet-400', 'dark:text-violet-200', 'dark:hover:bg-violet-950'],
    bar: ['[&::-webkit-progress-value]:bg-violet-600', '[&::-moz-progress-bar]:bg-violet-600', 'dark:[&::-webkit-progress-value]:bg-violet-400', 'dark:[&::-moz-progress-bar]:bg-violet-400'],
    accent: ['accent-violet-600', 'dark:accent-violet-400'],
  },
  pink: {
    surface: ['bg-pink-50', 'dark:bg-pink-950/50'],
    edge: ['border-l-pink-500', 'dark:border-l-pink-400'],
    outline: ['border-pink-200', 'dark:border-pink-800'],
    ink: ['text-pink-900', 'dark:text-pink-100'],
    icon: ['text-pink-600', 'dark:text-pink-400'],
    solid: ['bg-pink-500', 'dark:bg-pink-400'],
    button: ['bg-pink-700', 'text-white', 'hover:bg-pink-800', 'dark:bg-pink-800', 'dark:text-pink-50', 'dark:hover:bg-pink-700'],
    outlineButton: ['border-pink-600', 'text-pink-800', 'hover:bg-pink-50', 'dark:border-pink-400', 'dark:text-pink-200', 'dark:hover:bg-pink-950'],
    bar: ['[&::-webkit-progress-value]:bg-pink-600', '[&::-moz-progress-bar]:bg-pink-600', 'dark:[&::-webkit-progress-value]:bg-pink-400', 'dark:[&::-moz-progress-bar]:bg-pink-400'],
    accent: ['accent-pink-600', 'dark:accent-pink-400'],
  },
};

/**
 * Every colour and class name the themes give a note, label, button, tip or bar, and its tone:
 * NexT's classes (its primary is purple), Butterfly's colours, Fluid's Bootstrap names, Volantis'
 * kinds (bug, idea, …), Stellar's colours and Butterfly plus' tip kinds (bolt, ban, cogs, …).
 */
const TONE_NAMES: Record<string, Tone> = {
  default: 'neutral', secondary: 'neutral', light: 'neutral', dark: 'neutral', gray: 'neutral', grey: 'neutral',
  clear: 'neutral', quote: 'neutral', paperclip: 'neutral', key: 'neutral',
  info: 'info', blue: 'info', cyan: 'info', theme: 'info', link: 'info', todo: 'info', message: 'info',
  download: 'info', up: 'info', undo: 'info', play: 'info', home: 'info', sync: 'info',
  success: 'success', green: 'success', done: 'success', guide: 'success', bolt: 'success',
  warning: 'warning', orange: 'warning', yellow: 'warning', radiation: 'warning', idea: 'warning', bell: 'warning',
  danger: 'danger', error: 'danger', red: 'danger', bug: 'danger', ban: 'danger',
  primary: 'purple', purple: 'purple', cogs: 'purple',
  pink: 'pink',
};

/** The tone a theme's colour or class name stands for, if it names one. */
export function toneOf(name: string | undefined): Tone | undefined {
  return name === undefined ? undefined : TONE_NAMES[name.trim().toLowerCase()];
}

/** Class names whose theme draws an icon by itself (NexT / Butterfly note types, Volantis kinds); plain colours draw none. */
const ICON_CLASSES = new Set(['default', 'primary', 'info', 'success', 'warning', 'danger', 'error', 'done', 'radiation', 'bug', 'idea', 'link', 'paperclip', 'todo', 'message', 'guide', 'download', 'up', 'undo', 'play', 'quote']);

/** Butterfly's note styles. */
export type NoteStyle = 'flat' | 'simple' | 'modern' | 'disabled';
const STYLES = new Set<string>(['flat', 'simple', 'modern', 'disabled']);

/**
 * Font Awesome (and its animation add-on's) class names: `fas`, `fa-fan`, `faa-flash`,
 * `animated-hover`. They only ever meant a glyph of a font we do not ship.
 */
const isIconWord = (word: string) => /^fa[a-z]?$|^fa-|^faa-|^fa(?:solid|regular|brands)$|^animated(?:-hover)?$/i.test(word);
/** An argument made only of icon class names (`'fas fa-fan'` arrives as one argument). */
const isIconArg = (arg: string) => arg.trim() !== '' && arg.trim().split(/\s+/).every(isIconWord);
/** Whether it names an actual glyph (`fa-fan`), not only a family or an animation. */
const namesGlyph = (arg: string) => /(?:^|\s)fa-[\w-]+/i.test(arg);

// ---------------------------------------------------------------- icons

const ICON_PATHS: Record<Tone, Element[]> = {
  // A pencil: a note.
  neutral: [s('path', { d: 'M4 20h4L19 9l-4-4L4 16z' }), s('path', { d: 'm13.5 6.5 4 4' })],
  info: [s('circle', { cx: 12, cy: 12, r: 9 }), s('path', { d: 'M12 11v5' }), s('path', { d: 'M12 8h.01' })],
  success: [s('circle', { cx: 12, cy: 12, r: 9 }), s('path', { d: 'm8.5 12.5 2.5 2.5 4.5-5' })],
  warning: [s('path', { d: 'M12 3.5 2.5 20h19z' }), s('path', { d: 'M12 10v4' }), s('path', { d: 'M12 17h.01' })],
  danger: [s('circle', { cx: 12, cy: 12, r: 9 }), s('path', { d: 'm9 9 6 6' }), s('path', { d: 'm15 9-6 6' })],
  purple: [s('path', { d: 'm12 3.5 2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z' })],
  pink: [s('path', { d: 'M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z' })],
};

/** The tone's icon: decoration only, hidden from assistive technology (the text says it all). */
export function toneIcon(tone: Tone, extra: string[] = []): Element {
  return s(
    'svg',
    {
      viewBox: '0 0 24 24',
      width: 20,
      height: 20,
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 2,
      strokeLinecap: 'round',
      strokeLinejoin: 'round',
      ariaHidden: 'true',
      focusable: 'false',
      className: ['shrink-0', ...TONES[tone].icon, ...extra],
    },
    structuredClone(ICON_PATHS[tone]),
  );
}

// ---------------------------------------------------------------- the component

/** A rendered Markdown snippet's inline content: the children of its one paragraph, else the blocks as they are. */
export function inlineContent(nodes: ElementContent[]): ElementContent[] {
  const meaningful = nodes.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  const only = meaningful[0];
  if (meaningful.length === 1 && only?.type === 'element' && only.tagName === 'p') return only.children;
  return nodes;
}

export type CalloutOptions = {
  tone: Tone;
  style?: NoteStyle;
  icon?: boolean;
  /** A heading line inside the box (Stellar's title, Volantis' noteblock title). */
  title?: ElementContent[];
  /** NexT's summary: the callout folds, this line opening it. */
  summary?: ElementContent[];
  content: ElementContent[];
};

// Prose margins would leave a gap at the top and bottom of the box.
const FLUSH = ['[&>*:first-child]:mt-0', '[&>*:last-child]:mb-0'];

const boxClasses = (tone: Tone, style: NoteStyle): string[] => {
  const t = TONES[tone];
  switch (style) {
    case 'simple':
      return ['rounded-md', 'border', 'border-l-4', 'border-stone-200', 'bg-white', 'dark:border-stone-700', 'dark:bg-stone-900', ...t.edge, 'text-stone-800', 'dark:text-stone-100'];
    case 'modern':
      return ['rounded-md', 'border', ...t.outline, ...t.surface, ...t.ink];
    case 'disabled':
      return ['rounded-md', 'border', 'border-stone-200', 'bg-stone-100', 'dark:border-stone-700', 'dark:bg-stone-800/70', 'text-stone-800', 'dark:text-stone-100'];
    default:
      return ['rounded-r-md', 'border-l-4', ...t.edge, ...t.surface, 'text-stone-800', 'dark:text-stone-100'];
  }
};

/** The one callout every note form becomes: a tinted box, an optional icon, an optional title or folding summary. */
export function callout({ tone, style = 'flat', icon = false, title, summary, content }: CalloutOptions): Element {
  const classes = ['my-6', 'px-4', 'py-3', ...boxClasses(tone, style)];
  const body = [...(title?.length ? [h('p', { className: ['mb-2', 'mt-0', 'font-semibold'] }, title)] : []), ...content];
  if (summary?.length) {
    return h('details', { className: ['group', ...classes] }, [
      h('summary', { className: ['flex', 'cursor-pointer', 'items-center', 'gap-2', 'font-semibold', 'marker:text-current'] }, [
        ...(icon ? [toneIcon(tone)] : []),
        h('span', summary),
      ]),
      h('div', { className: ['mt-3', ...FLUSH] }, body),
    ]);
  }
  return h('div', { role: 'note', className: [...classes, 'flex', 'gap-3'] }, [
    ...(icon ? [toneIcon(tone, ['mt-[0.3em]'])] : []),
    h('div', { className: ['min-w-0', 'flex-1', ...FLUSH] }, body),
  ]);
}

// ---------------------------------------------------------------- reading the arguments

type NoteArgs = { tone?: Tone; toneWord?: string; style?: NoteStyle; noIcon: boolean; glyph: boolean; rest: string[]; stellar: boolean };

/**
 * A block note's arguments, whichever theme's they are: Stellar's `color:red` keys (the rest is its
 * title); otherwise leading class words — a colour or class (NexT, Butterfly, Fluid, Volantis),
 * `no-icon`, a style (Butterfly), Font Awesome names (Butterfly's icon) — in any order, and what
 * follows them is NexT's summary. Butterfly reads its style from the last argument, so a trailing
 * style word is one too.
 */
function readNoteArgs(args: string[]): NoteArgs {
  const out: NoteArgs = { noIcon: false, glyph: false, rest: [], stellar: false };
  const positional: string[] = [];
  for (const arg of args) {
    const key = /^(color|child):(.*)$/i.exec(arg);
    if (key) {
      out.stellar = true;
      if (key[1]!.toLowerCase() === 'color') out.tone = toneOf(key[2]) ?? 'neutral';
    } else positional.push(arg);
  }
  if (out.stellar) return { ...out, rest: positional };
  let i = 0;
  for (; i < positional.length; i++) {
    const arg = positional[i]!;
    const word = arg.toLowerCase();
    if (!out.tone && toneOf(word)) {
      out.tone = toneOf(word);
      out.toneWord = word;
    } else if (word === 'no-icon') out.noIcon = true;
    else if (STYLES.has(word)) out.style = word as NoteStyle;
    else if (word === 'icon-padding') continue;
    else if (isIconArg(arg)) out.glyph ||= namesGlyph(arg);
    else break;
  }
  const rest = positional.slice(i);
  const last = rest.at(-1)?.toLowerCase();
  if (last && STYLES.has(last)) {
    out.style = last as NoteStyle;
    rest.pop();
  }
  return { ...out, rest };
}

const showsIcon = (a: NoteArgs) => !a.noIcon && (a.glyph || (a.toneWord !== undefined && ICON_CLASSES.has(a.toneWord)));

/** Markdown for a line of text (a title or summary), as inline content. */
const inlineMarkdown = (text: string, context: TagContext) => inlineContent(context.markdown(text));

const warnAt = (call: TagCall, context: TagContext, message: string) => context.warn(`line ${call.line}: {% ${call.name}${call.args.length ? ` ${call.args.join(' ')}` : ''} %}: ${message}`);

/** `{% note … %}body{% endnote %}`. */
function blockNote(call: TagCall, context: TagContext, body: string): Element {
  const a = readNoteArgs(call.args);
  const tone = a.tone ?? 'neutral';
  const content = context.markdown(body);
  const heading = a.rest.join(' ').trim();
  if (a.stellar) return callout({ tone, style: a.style, content, title: heading ? inlineMarkdown(heading, context) : undefined });
  return callout({ tone, style: a.style, icon: showsIcon(a), content, summary: heading ? inlineMarkdown(heading, context) : undefined });
}

/** Volantis' `a, b` or `a:: b`: the class part and the text, split once. */
function splitClassAndText(joined: string): [string, string] | undefined {
  const separator = joined.includes('::') ? '::' : joined.includes(',') ? ',' : undefined;
  if (!separator) return undefined;
  const at = joined.indexOf(separator);
  return [joined.slice(0, at).trim(), joined.slice(at + separator.length).trim()];
}

/** Whether every word of a class part is one a note understands. */
const allNoteWords = (part: string) =>
  part === '' || part.split(/\s+/).every((word) => toneOf(word) !== undefined || STYLES.has(word.toLowerCase()) || word.toLowerCase() === 'no-icon' || isIconWord(word));

/**
 * `{% note … %}` with no end tag: Volantis' one-line `{% note info, text %}` (or `info:: text`), and
 * Stellar's `{% note [color:x] [title] content %}`. Anything else is all text, so nothing is lost.
 */
function inlineNote(call: TagCall, context: TagContext): Element | ElementContent[] {
  const joined = call.args.join(' ');
  const parts = splitClassAndText(joined);
  if (parts && allNoteWords(parts[0])) {
    const a = readNoteArgs(parts[0] ? parts[0].split(/\s+/) : []);
    if (!parts[1]) return empty(call, context);
    return callout({ tone: a.tone ?? 'neutral', style: a.style, icon: showsIcon(a), content: context.markdown(parts[1]) });
  }
  const a = readNoteArgs(call.args);
  if (a.stellar) {
    const [first, ...others] = a.rest;
    if (first === undefined) return empty(call, context);
    // Stellar: with one word it is the content; with more, the first is the title.
    return others.length
      ? callout({ tone: a.tone ?? 'neutral', title: inlineMarkdown(first, context), content: context.markdown(others.join(' ')) })
      : callout({ tone: a.tone ?? 'neutral', content: context.markdown(first) });
  }
  if (!joined.trim()) return empty(call, context);
  return callout({ tone: 'neutral', content: context.markdown(joined) });
}

const empty = (call: TagCall, context: TagContext): ElementContent[] => {
  warnAt(call, context, 'the note has no text; it is left out');
  return [];
};

const note: TagHandler = (call, context) => (call.body === undefined ? inlineNote(call, context) : blockNote(call, context, call.body));

/** Volantis' `{% noteblock class, title %}` / `{% blocknote … %}`: a callout with a bold title. */
const noteBlock: TagHandler = (call, context) => {
  if (call.body === undefined) return undefined;
  const joined = call.args.join(' ');
  const [classes, title] = splitClassAndText(joined) ?? [joined, ''];
  const a = readNoteArgs(classes ? classes.split(/\s+/) : []);
  // Words that are no class (Volantis would print them as classes) are the title rather than lost.
  const heading = [a.rest.join(' '), title].filter(Boolean).join(' ');
  return callout({ tone: a.tone ?? 'neutral', style: a.style, icon: showsIcon(a), title: heading ? inlineMarkdown(heading, context) : undefined, content: context.markdown(call.body) });
};

/** Butterfly plus' tip kinds: each its tone; no kind is its blue "info". */
const TIP_KINDS = new Set(['info', 'success', 'warning', 'error', 'bolt', 'ban', 'home', 'sync', 'cogs', 'key', 'bell']);

/**
 * `{% tip [kind] [fa-icon] [animation…] %}text{% endtip %}`: always with an icon (the plugin's tip
 * always has its badge). Unknown words (animation classes, `ping`) are dropped.
 */
const tip: TagHandler = (call, context) => {
  if (call.body === undefined) return undefined;
  const kind = call.args.map((arg) => arg.toLowerCase()).find((word) => TIP_KINDS.has(word));
  return callout({ tone: toneOf(kind) ?? 'info', style: 'modern', icon: true, content: context.markdown(call.body) });
};

export const noteTags: TagFamily = {
  note,
  subnote: (call, context) => (call.body === undefined ? undefined : blockNote(call, context, call.body)),
  noteblock: noteBlock,
  blocknote: noteBlock,
  tip,
};
