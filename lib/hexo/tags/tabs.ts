import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { warnAt } from './image';
import { codeRanges } from './parse';
import type { TagCall, TagContext, TagFamily, TagHandler } from './types';

/**
 * Tabs: NexT's and Butterfly's `{% tabs name[, index] %}` (and their `subtabs` / `subsubtabs`),
 * Volantis' (`::` for the comma), Stellar's `{% tabs [active:n] [align:…] %}` whose tabs need no
 * `<!-- endtab -->`. Fluid has none.
 *
 * No script: each tab is a native radio (visually hidden, focusable; the arrow keys move between
 * radios of one name), its <label> the tab, and the panel after it shown by CSS alone when its radio
 * is checked. In a flex-wrap row the labels come first (order-0) and the full-width panels after
 * them (order-1), so the tab strip stays one strip whatever tab is open.
 */

type Tab = { caption: string; icon: boolean; body: string; line?: number };

/** `<!-- tab caption[@icon] -->`; NexT wants a space after `tab`, but `<!-- tab标题 -->` was meant as one too. */
const TAB_MARKER = /<!--\s*tab(?![\w-])\s*(.*?)\s*-->/g;
const END_MARKER = /<!--\s*endtab\s*-->/;

/**
 * The body with what Hexo never sees as tab markers blanked out, offsets kept: fenced and inline
 * code (Hexo escapes it before tags run), and nested tag blocks (rendered before this one, their
 * own tab markers are gone by the time NexT's regex runs).
 */
function maskNested(body: string): string {
  let masked = body;
  const blank = (start: number, end: number) => {
    masked = masked.slice(0, start) + masked.slice(start, end).replace(/[^\n]/g, ' ') + masked.slice(end);
  };
  for (const [start, end] of codeRanges(body)) blank(start, end);
  const tag = /\{%-?\s*([A-Za-z_][\w-]*)(?:[^%]|%(?! ?\}))*?-?% ?\}/g;
  const found = [...masked.matchAll(tag)].map((m) => ({ name: m[1]!, start: m.index, end: m.index + m[0].length }));
  for (let i = 0; i < found.length; i++) {
    const open = found[i]!;
    if (open.name.startsWith('end')) continue;
    let depth = 0;
    for (let j = i + 1; j < found.length; j++) {
      if (found[j]!.name === open.name) depth++;
      else if (found[j]!.name === `end${open.name}`) {
        if (depth-- === 0) {
          blank(open.end, found[j]!.start);
          i = j;
          break;
        }
      }
    }
  }
  return masked;
}

/** The tabs of a body: each marker to the next (or to its `<!-- endtab -->`, what follows that up to the next marker being no tab's). */
function readTabs(body: string): { tabs: Tab[]; stray: string } {
  const masked = maskNested(body);
  const markers = [...masked.matchAll(TAB_MARKER)];
  const tabs: Tab[] = [];
  let stray = markers.length ? body.slice(0, markers[0]!.index) : body;
  markers.forEach((marker, i) => {
    const start = marker.index + marker[0].length;
    const stop = markers[i + 1]?.index ?? body.length;
    const end = END_MARKER.exec(masked.slice(start, stop));
    const contentEnd = end ? start + end.index : stop;
    if (end) stray += body.slice(start + end.index + end[0].length, stop);
    const [caption = '', icon] = marker[1]!.split('@');
    tabs.push({ caption: caption.trim(), icon: icon !== undefined && icon.trim() !== '', body: body.slice(start, contentEnd) });
  });
  return { tabs, stray };
}

/** Which tab opens first (1-based; 0 = the first, as the themes read a missing or unreadable index), and the group's name. */
function readArgs(args: string[]): { name: string; active: number } {
  const stellar = args.filter((arg) => /^(active|align):/i.test(arg));
  if (stellar.length) {
    const active = stellar.find((arg) => /^active:/i.test(arg))?.slice(7);
    return { name: args.filter((arg) => !stellar.includes(arg)).join(' ').trim(), active: Number(active) || 0 };
  }
  const joined = args.join(' ');
  const [name = '', index] = joined.split(joined.includes('::') ? '::' : ',');
  return { name: name.trim(), active: Number(index) || 0 };
}

const LABEL = [
  'order-0',
  'cursor-pointer',
  'select-none',
  'border-b-2',
  'border-transparent',
  'px-4',
  'py-2',
  'text-sm',
  'font-medium',
  'text-stone-600',
  'hover:text-stone-900',
  'dark:text-stone-300',
  'dark:hover:text-stone-50',
  '[input:checked+&]:border-accent',
  '[input:checked+&]:text-stone-900',
  'dark:[input:checked+&]:text-stone-50',
  '[input:focus-visible+&]:outline-2',
  '[input:focus-visible+&]:-outline-offset-2',
  '[input:focus-visible+&]:outline-accent',
  '[input:focus-visible+&]:rounded-t-md',
];

// Shown by app/globals.css (`.tab-group:has(> input:nth-of-type(n):checked) > .tab-panel:nth-of-type(n)`).
const PANEL = ['tab-panel', 'order-1', 'hidden', 'w-full', 'border-t', 'border-stone-200', 'px-4', 'py-3', 'dark:border-stone-700', '[&>*:first-child]:mt-0', '[&>*:last-child]:mb-0'];

function tabGroup(tabs: Tab[], name: string, active: number, context: TagContext): Element {
  const group = context.id('tabs');
  const children: ElementContent[] = [];
  const panels: ElementContent[] = [];
  // Every tab first, then every panel, as the themes lay them out: the page reads in the same order.
  tabs.forEach((tab, i) => {
    const n = i + 1;
    const id = `${group}-${n}`;
    // NexT: no caption (an icon alone included) names the tab after the group; we show no icon, so the name stands in.
    const caption = tab.caption || `${name} ${n}`.trim();
    const checked = (active > 0 && active === n) || (active === 0 && n === 1);
    children.push(
      h('input', { type: 'radio', name: group, id, checked: checked || undefined, ariaControls: `${id}-panel`, className: ['sr-only'] }),
      h('label', { htmlFor: id, id: `${id}-tab`, className: LABEL }, caption),
    );
    panels.push(h('div', { id: `${id}-panel`, role: 'region', ariaLabelledBy: `${id}-tab`, className: PANEL }, context.markdown(tab.body)));
  });
  children.push(...panels);
  return h('div', { className: ['tab-group', 'relative', 'my-6', 'flex', 'flex-wrap', 'rounded-lg', 'border', 'border-stone-200', 'bg-stone-50', 'dark:border-stone-700', 'dark:bg-stone-900'] }, children);
}

const tabs: TagHandler = (call: TagCall, context: TagContext) => {
  if (call.body === undefined) return undefined;
  const { name, active } = readArgs(call.args);
  const { tabs: found, stray } = readTabs(call.body);
  if (found.length === 0) {
    warnAt(call, context, 'no <!-- tab --> in it; its content is shown as it is');
    return context.markdown(call.body);
  }
  if (stray.replace(/<!--[\s\S]*?-->/g, '').trim()) warnAt(call, context, 'text outside any <!-- tab … --> … <!-- endtab --> is left out, as the theme leaves it');
  // The group's name labels a tab without a caption; Stellar's tabs have no name, NexT's should.
  return tabGroup(found, name || '选项卡', active, context);
};

export const tabsTags: TagFamily = { tabs, subtabs: tabs, subsubtabs: tabs };
