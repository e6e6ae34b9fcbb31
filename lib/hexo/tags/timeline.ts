import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { inlineContent, type Tone, TONES, toneOf } from './note';
import { splitTagArgs } from './parse';
import type { TagCall, TagContext, TagFamily, TagHandler } from './types';

/**
 * Timelines: Butterfly's `{% timeline [title][,color] %}` with `<!-- timeline title -->…<!-- endtimeline -->`
 * nodes, Volantis' (and older Stellar's) `{% timenode title %}…{% endtimenode %}` nodes, Stellar's
 * `<!-- node title -->` nodes. Whatever the form, the same list: a rule down the side, a dot and
 * the node's title (a date, usually), its content as Markdown below.
 */

type TimeNode = { title: string; body: string };

// Butterfly's own pattern, but also taking a node whose closing `-->` is not directly followed by a newline.
const BUTTERFLY_NODE = /<!--\s*timeline\s*(.*?)\s*-->[ \t]*\r?\n?([\s\S]*?)<!--\s*endtimeline\s*-->/g;
const TIMENODE = /\{%-?\s*timenode\b((?:[^%]|%(?! ?\}))*?)-?% ?\}([\s\S]*?)\{%-?\s*endtimenode\s*-?% ?\}/g;
const STELLAR_NODE = /<!--\s*node\s+(.*?)\s*-->/g;

/** The nodes of a timeline's body, in whichever form it is written (the first form found wins). */
function readNodes(body: string): TimeNode[] {
  const butterfly = [...body.matchAll(BUTTERFLY_NODE)].map((m) => ({ title: m[1]!, body: m[2]! }));
  if (butterfly.length) return butterfly;
  const timenodes = [...body.matchAll(TIMENODE)].map((m) => ({ title: timenodeTitle(splitTagArgs(m[1]!.trim())), body: m[2]! }));
  if (timenodes.length) return timenodes;
  // Stellar: the body split at each node comment, each comment's text heading what follows it.
  const pieces = body.split(STELLAR_NODE);
  if (pieces.length < 3) return [];
  const nodes: TimeNode[] = [];
  for (let i = 1; i < pieces.length; i += 2) nodes.push({ title: pieces[i]!, body: pieces[i + 1] ?? '' });
  return nodes;
}

/** Volantis' `{% timenode time %}` (`time, …` or `time:: …`: the part before the separator). */
const timenodeTitle = (args: string[]) => {
  const joined = args.join(' ');
  return (joined.includes('::') ? joined.split('::')[0]! : joined.split(',')[0]!).trim();
};

const item = (node: TimeNode, tone: Tone, context: TagContext): Element =>
  h('li', { className: ['relative', 'my-0', 'pb-6', 'pl-6', 'last:pb-0'] }, [
    // The dot sits on the list's rule (2px wide, so its centre is 1px left of the item).
    h('span', { ariaHidden: 'true', className: ['absolute', '-left-1.5', 'top-[0.55em]', 'size-2.5', 'rounded-full', 'ring-4', 'ring-stone-50', 'dark:ring-stone-950', ...TONES[tone].solid] }),
    ...(node.title.trim()
      ? [h('p', { className: ['my-0', 'text-sm', 'font-semibold', 'tabular-nums', 'text-stone-700', 'dark:text-stone-200'] }, inlineContent(context.markdown(node.title.trim())))]
      : []),
    h('div', { className: ['mt-1', '[&>*:first-child]:mt-0', '[&>*:last-child]:mb-0'] }, context.markdown(node.body)),
  ]);

const RULE: Record<Tone, string[]> = {
  neutral: ['border-stone-300', 'dark:border-stone-600'],
  info: ['border-sky-300', 'dark:border-sky-700'],
  success: ['border-emerald-300', 'dark:border-emerald-700'],
  warning: ['border-amber-300', 'dark:border-amber-700'],
  danger: ['border-red-300', 'dark:border-red-700'],
  purple: ['border-violet-300', 'dark:border-violet-700'],
  pink: ['border-pink-300', 'dark:border-pink-700'],
};

function timelineOf(title: string, tone: Tone, nodes: TimeNode[], context: TagContext): Element {
  const children: ElementContent[] = [];
  if (title) children.push(h('p', { className: ['mb-3', 'mt-0', 'text-lg', 'font-semibold', 'text-stone-900', 'dark:text-stone-100'] }, inlineContent(context.markdown(title))));
  children.push(h('ol', { className: ['my-0', 'ml-1.5', 'list-none', 'border-l-2', 'pl-0', ...RULE[tone]] }, nodes.map((node) => item(node, tone, context))));
  return h('div', { className: ['timeline', 'my-8'] }, children);
}

/**
 * `{% timeline [title][,color] %}…{% endtimeline %}`. Butterfly reads `title,color`; Volantis' title
 * is all of it. A body with no nodes in any form is rendered as it is, under the title.
 */
const timeline: TagHandler = (call, context) => {
  if (call.body === undefined) return undefined;
  const joined = call.args.join(' ');
  const comma = joined.lastIndexOf(',');
  const named = comma >= 0 ? toneOf(joined.slice(comma + 1)) : undefined;
  const title = (named ? joined.slice(0, comma) : joined).trim();
  const tone = named ?? 'info';
  const nodes = readNodes(call.body);
  if (!nodes.length) {
    warnAt(call, context, 'no timeline nodes (<!-- timeline title --> … <!-- endtimeline -->, {% timenode %} or <!-- node title -->) were found; the content is shown as it is');
    return h('div', { className: ['timeline', 'my-8'] }, [
      ...(title ? [h('p', { className: ['mb-3', 'mt-0', 'text-lg', 'font-semibold'] }, inlineContent(context.markdown(title)))] : []),
      ...context.markdown(call.body),
    ]);
  }
  return timelineOf(title, tone, nodes, context);
};

/** A `timenode` standing alone (outside any timeline): a timeline of one node. */
const timenode: TagHandler = (call, context) => {
  if (call.body === undefined) return undefined;
  return timelineOf('', 'info', [{ title: timenodeTitle(call.args), body: call.body }], context);
};

const warnAt = (call: TagCall, context: TagContext, message: string) => context.warn(`line ${call.line}: {% ${call.name}${call.args.length ? ` ${call.args.join(' ')}` : ''} %}: ${message}`);

export const timelineTags: TagFamily = { timeline, timenode };
