import type { Element, ElementContent, Root, RootContent } from 'hast';
import { SLOT_MARKER } from './parse';

/**
 * Puts each tag's markup where its slot marker landed in the sanitized body (lib/hexo/tags/parse.ts).
 * A block (a note, a fold) that landed inside a paragraph — a tag written on the paragraph's own
 * lines — splits the paragraph around it, so that no <div> ends up inside a <p>.
 */
const PHRASING_OK = new Set(['a', 'abbr', 'b', 'bdi', 'br', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'img', 'input', 'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'button', 'audio', 'video', 'math']);

const isBlock = (node: RootContent) => node.type === 'element' && !PHRASING_OK.has(node.tagName);

function fill(children: RootContent[], slots: ElementContent[][]): RootContent[] {
  const out: RootContent[] = [];
  for (const child of children) {
    if (child.type === 'text' && child.value.includes('\uE000')) {
      let last = 0;
      for (const match of child.value.matchAll(SLOT_MARKER)) {
        if (match.index > last) out.push({ type: 'text', value: child.value.slice(last, match.index) });
        out.push(...(slots[Number(match[1])] ?? []));
        last = match.index + match[0].length;
      }
      if (last < child.value.length) out.push({ type: 'text', value: child.value.slice(last) });
      continue;
    }
    if (child.type === 'element') {
      child.children = fill(child.children, slots) as ElementContent[];
      if (child.tagName === 'p' && child.children.some(isBlock)) {
        out.push(...splitParagraph(child));
        continue;
      }
    }
    out.push(child);
  }
  return out;
}

/** A paragraph holding blocks: its runs of text as paragraphs (blank ones dropped), the blocks between them. */
function splitParagraph(paragraph: Element): RootContent[] {
  const out: RootContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    while (run[0]?.type === 'element' && run[0].tagName === 'br') run.shift();
    while (run.at(-1)?.type === 'element' && (run.at(-1) as Element).tagName === 'br') run.pop();
    if (run.some((node) => node.type !== 'text' || node.value.trim() !== '')) out.push({ ...paragraph, children: run });
    run = [];
  };
  for (const child of paragraph.children) {
    if (isBlock(child)) {
      flush();
      out.push(child);
    } else run.push(child);
  }
  flush();
  return out;
}

/** A marker that ended up in an attribute (a tag inside an image's alt text) is dropped there. */
function clean(node: Root | Element) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    for (const [key, value] of Object.entries(child.properties)) {
      if (typeof value === 'string' && value.includes('\uE000')) child.properties[key] = value.replace(SLOT_MARKER, '');
    }
    clean(child);
  }
}

export function rehypeTagSlots({ slots }: { slots: ElementContent[][] }) {
  return (tree: Root) => {
    if (slots.length === 0) return;
    tree.children = fill(tree.children, slots) as Root['children'];
    clean(tree);
  };
}
