import type { ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { Fragment, isValidElement, type ReactNode } from 'react';

/** React's names for what HTML calls `value` and `checked`: the initial state of a form field. */
const REACT_ONLY_PROPS: Record<string, string> = { defaultValue: 'value', defaultChecked: 'checked' };

type Props = Record<string, unknown> & { children?: ReactNode };

/** `<a>`, or a component's name: a client component's is the export its reference was made for (`…#ThemeToggle`). */
function elementName(type: unknown): string {
  if (typeof type === 'string') return `<${type}>`;
  const { $$id, name } = (type ?? {}) as { $$id?: string; name?: string };
  return $$id?.split('#').pop() || name || 'a component';
}

/** An element's properties for hast: React's own names made HTML's, and nothing that only a browser could run. */
function properties(tagName: string, props: Props): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined) continue;
    if (typeof value === 'function' || (value !== null && typeof value === 'object')) {
      throw new Error(`static markup: ${elementName(tagName)} has a ${name} that is not text, a number or a boolean; render it outside the static markup`);
    }
    // React writes a boolean ARIA or data attribute as "true" or "false"; hast would write an
    // empty attribute, and aria-hidden="" hides nothing.
    const text = typeof value === 'boolean' && /^(aria|data)-/.test(name) ? String(value) : value;
    result[REACT_ONLY_PROPS[name] ?? name] = text;
  }
  return result;
}

/**
 * The HTML elements a tree of server components renders, as hast: host elements, text, fragments
 * and server components (awaited when async), called as React would. A client component has
 * nothing to run on the server here and is refused by name, as is an event handler: what must
 * act in the browser stays outside, rendered by React beside the static markup.
 */
export async function reactToHast(node: ReactNode, inSvg = false): Promise<ElementContent[]> {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return [{ type: 'text', value: String(node) }];
  if (Array.isArray(node)) return (await Promise.all(node.map((child: ReactNode) => reactToHast(child, inSvg)))).flat();
  if (!isValidElement<Props>(node)) throw new Error(`static markup: cannot render ${Object.prototype.toString.call(node)}`);
  const { type, props } = node;
  if (type === Fragment) return reactToHast(props.children, inSvg);
  if (typeof type === 'string') {
    const svg = inSvg || type === 'svg';
    const children = await reactToHast(props.children, svg);
    return [(svg ? s : h)(type, properties(type, props) as never, children)];
  }
  if (typeof type === 'function' && (type as { $$typeof?: symbol }).$$typeof !== Symbol.for('react.client.reference')) {
    return reactToHast(await (type as (props: Props) => ReactNode | Promise<ReactNode>)(props), inSvg);
  }
  throw new Error(`static markup: ${elementName(type)} is a client component (or not a component); render it outside the static markup`);
}
