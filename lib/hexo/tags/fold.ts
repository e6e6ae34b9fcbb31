import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { warnAt } from './image';
import { inlineContent, type Tone, TONES, toneOf } from './note';
import type { TagCall, TagContext, TagFamily, TagHandler } from './types';

/**
 * Folds, every theme's: Butterfly plus' and Volantis' `folding`, Stellar's `folding` (`color:` /
 * `open:` keys), Fluid's and hexo-fold's `fold`, hexo-sliding-spoiler's block `spoiler` and
 * hexo-spoiler's inline one, and Butterfly's `hideToggle` /
 * `hideBlock` / `hideInline` (no theme read defines a `details` tag).
 * Each is a native <details>/<summary> (open and closed by mouse and keyboard with no script) or,
 * inside a line of text, a native checkbox; the themes' colours become the site's tones.
 */

const DEFAULT_SUMMARY = '展开';
const DEFAULT_BUTTON = '查看内容';

// Prose margins would leave a gap at the top and bottom of the box.
const FLUSH = ['[&>*:first-child]:mt-0', '[&>*:last-child]:mb-0'];

type FoldOptions = { tone?: Tone; open?: boolean; summary: ElementContent[]; content: ElementContent[] };

/**
 * The one fold: a bordered box whose summary line carries the tone. The marker is the browser's own
 * (it shows open or closed to assistive technology as well).
 */
export function fold({ tone, open, summary, content }: FoldOptions): Element {
  const t = tone ? TONES[tone] : undefined;
  return h('details', { open: open || undefined, className: ['my-6', 'rounded-lg', 'border', ...(t ? t.outline : ['border-stone-200', 'dark:border-stone-700'])] }, [
    h(
      'summary',
      {
        className: [
          'cursor-pointer',
          'select-none',
          'rounded-lg',
          'px-4',
          'py-2',
          'font-medium',
          '[details[open]>&]:rounded-b-none',
          ...(t ? [...t.surface, ...t.ink] : ['bg-stone-100', 'text-stone-800', 'dark:bg-stone-800/70', 'dark:text-stone-100']),
        ],
      },
      summary,
    ),
    h('div', { className: ['px-4', 'py-3', ...FLUSH] }, content),
  ]);
}

/** A title written as the theme inserts it, raw HTML (sanitized here), as one line of inline content. */
const htmlLine = (text: string, context: TagContext) => inlineContent(context.html(text));

/** A title the theme renders as Markdown (Stellar). */
const markdownLine = (text: string, context: TagContext) => inlineContent(context.markdown(text));

const summaryOf = (title: string, context: TagContext, fallback = DEFAULT_SUMMARY): ElementContent[] => {
  const line = title.trim() ? htmlLine(title.trim(), context) : [];
  return line.some((node) => node.type !== 'text' || node.value.trim()) ? line : [{ type: 'text', value: fallback }];
};

/** Butterfly's and Volantis' class part and text: the arguments joined, split once at `::` if there is one, else at a comma. */
const classAndTitle = (args: string[]): [string, string] => {
  const joined = args.join(' ');
  const separator = joined.includes('::') ? '::' : ',';
  const at = joined.indexOf(separator);
  return at < 0 ? ['', joined.trim()] : [joined.slice(0, at).trim(), joined.slice(at + separator.length).trim()];
};

/** A colour word (`blue`, `cyan`, …) or an `open` among a fold's class words. */
function readStyle(words: string): { tone?: Tone; open: boolean } {
  let tone: Tone | undefined;
  let open = false;
  for (const word of words.split(/\s+/).filter(Boolean)) {
    if (word.toLowerCase() === 'open') open = true;
    else tone ??= toneOf(word);
  }
  return { tone, open };
}

const blockOnly =
  (handler: (call: TagCall, context: TagContext, body: string) => ElementContent | ElementContent[]): TagHandler =>
  (call, context) =>
    call.body === undefined ? undefined : handler(call, context, call.body);

/**
 * `{% folding [color] [open], title %}` (Butterfly plus, Volantis; `::` for the comma too) and
 * Stellar's `{% folding [color:x] [open:true] title %}`. One part is all title; the themes keep only
 * the second part as the title, but a title with a comma in it keeps the rest here.
 */
const folding = blockOnly((call, context, body) => {
  const keyed = call.args.filter((arg) => /^(color|child|open):/i.test(arg));
  if (keyed.length) {
    const color = keyed.find((arg) => /^color:/i.test(arg))?.slice(6);
    const open = keyed.some((arg) => /^open:true$/i.test(arg));
    const title = call.args.filter((arg) => !keyed.includes(arg)).join(' ').trim();
    const summary = title ? markdownLine(title, context) : [{ type: 'text' as const, value: DEFAULT_SUMMARY }];
    return fold({ tone: toneOf(color), open, summary, content: context.markdown(body) });
  }
  const [style, title] = classAndTitle(call.args);
  return fold({ ...readStyle(style), summary: summaryOf(title, context), content: context.markdown(body) });
});

/**
 * `fold`: Fluid's `{% fold [class] @ title %}`, hexo-fold's `{% fold title %}`, and a leading colour
 * word (`{% fold info title %}`) as Stellar-like themes write it.
 */
const foldTag = blockOnly((call, context, body) => {
  const joined = call.args.join(' ');
  if (joined.includes('@')) {
    const at = joined.indexOf('@');
    return fold({ tone: toneOf(joined.slice(0, at).trim()), summary: summaryOf(joined.slice(at + 1), context), content: context.markdown(body) });
  }
  const [first, ...rest] = call.args;
  const tone = rest.length ? toneOf(first) : undefined;
  return fold({ tone, summary: summaryOf((tone ? rest : call.args).join(' '), context), content: context.markdown(body) });
});

const REVEAL = [
  'cursor-help',
  'rounded-sm',
  'bg-stone-400',
  'px-0.5',
  'text-transparent',
  '[&_*]:text-transparent',
  'transition-colors',
  'hover:bg-transparent',
  'hover:text-inherit',
  'hover:[&_*]:text-inherit',
  'focus:bg-transparent',
  'focus:text-inherit',
  'focus:[&_*]:text-inherit',
  'dark:bg-stone-500',
];

/**
 * `{% spoiler title %}body{% endspoiler %}` (hexo-sliding-spoiler): a fold. `{% spoiler text %}`
 * (hexo-spoiler): the text in the line, covered until hovered or focused (a keyboard reaches it,
 * a tap focuses it).
 */
const spoiler: TagHandler = (call, context) => {
  if (call.body !== undefined) return fold({ summary: summaryOf(call.args.join(' '), context), content: context.markdown(call.body) });
  const text = call.args.join(' ').trim();
  if (!text) {
    warnAt(call, context, 'the spoiler has no text; it is left out');
    return [];
  }
  return h('span', { tabIndex: 0, title: '剧透：悬停或聚焦以显示', className: REVEAL }, inlineContent(context.markdown(text)));
};

/** Butterfly's `hide*` arguments: the joined arguments split on commas (its button text may not hold one). */
const hideParts = (args: string[]) => args.join(' ').split(',').map((part) => part.trim());

/** `{% hideToggle title[,bg][,color] %}body{% endhideToggle %}`: a fold; a named colour gives its tone. */
const hideToggle = blockOnly((call, context, body) => {
  const [title = '', bg] = hideParts(call.args);
  return fold({ tone: toneOf(bg), summary: summaryOf(title, context), content: context.markdown(body) });
});

/** `{% hideBlock [button text][,bg][,color] %}body{% endhideBlock %}`: a fold whose summary is a button. */
const hideBlock = blockOnly((call, context, body) => {
  const [text = '', bg] = hideParts(call.args);
  const tone = toneOf(bg);
  const button = tone ? TONES[tone].button : ['bg-stone-700', 'text-white', 'hover:bg-stone-800', 'dark:bg-stone-700', 'dark:text-stone-50', 'dark:hover:bg-stone-600'];
  return h('details', { className: ['my-6'] }, [
    h('summary', { className: ['inline-block', 'cursor-pointer', 'select-none', 'rounded-md', 'px-4', 'py-1.5', 'text-sm', 'font-medium', ...button] }, summaryOf(text, context, DEFAULT_BUTTON)),
    h('div', { className: ['mt-3', ...FLUSH] }, context.markdown(body)),
  ]);
});

/**
 * `{% hideInline content[,button text][,bg][,color] %}`: inside a line, where no <details> may go,
 * so a native checkbox (visually hidden, reached by the keyboard) whose label is the button; checked,
 * the button gives way to the content.
 */
const hideInline: TagHandler = (call, context) => {
  if (call.body !== undefined) return undefined;
  const [content = '', text = '', bg] = hideParts(call.args);
  if (!content) {
    warnAt(call, context, 'nothing to hide; it is left out');
    return [];
  }
  const id = context.id('hide');
  const tone = toneOf(bg);
  const button = tone ? TONES[tone].button : ['bg-stone-700', 'text-white', 'hover:bg-stone-800', 'dark:bg-stone-700', 'dark:text-stone-50', 'dark:hover:bg-stone-600'];
  return h('span', { className: ['not-prose'] }, [
    h('input', { type: 'checkbox', id, className: ['peer', 'sr-only'] }),
    h(
      'label',
      {
        htmlFor: id,
        className: [
          'cursor-pointer',
          'select-none',
          'rounded',
          'px-2',
          'py-0.5',
          'text-sm',
          'font-medium',
          'peer-checked:hidden',
          'peer-focus-visible:outline-2',
          'peer-focus-visible:outline-offset-2',
          'peer-focus-visible:outline-accent',
          ...button,
        ],
      },
      summaryOf(text, context, DEFAULT_BUTTON),
    ),
    h('span', { className: ['hidden', 'peer-checked:inline'] }, htmlLine(content, context)),
  ]);
};

export const foldTags: TagFamily = { fold: foldTag, folding, spoiler, hideToggle, hideBlock, hideInline };
