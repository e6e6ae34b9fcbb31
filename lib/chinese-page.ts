import { Converter } from 'opencc-js/cn2t';

/**
 * Converts the page the reader sees between Simplified and Traditional Chinese, in the browser. Loaded
 * with `import()` only once a reader chooses Traditional: OpenCC's phrase tables make this module's
 * chunk large, and no page needs it before.
 *
 * `{ from: 'cn', to: 'tw' }`: OpenCC's phrases and characters, then Taiwan's standard glyph forms
 * (為, 裡, 著 rather than OpenCC's inherited 爲, 裏, 着), the forms Traditional readers meet daily.
 * Not 'twp', which also swaps vocabulary (软件 → 軟體): the author's words stay the author's.
 * 去中心化：阿里、京东、拼多多布局的新风口 reads …京東、拼多多佈局的新風口 with either 't' or 'tw'.
 */
const toTraditional = Converter({ from: 'cn', to: 'tw' });

/** Code, scripts, form fields and what is marked translate="no" keep their exact characters. */
const KEPT = 'pre,code,kbd,samp,script,style,noscript,textarea,[translate="no"]';
/** Attributes readers see or hear. */
const ATTRIBUTES = ['title', 'alt', 'aria-label', 'placeholder'];

/** What was there and what this module wrote, so the original comes back exactly and our own writes are recognised. */
type Written = { original: string; converted: string };
const texts = new WeakMap<Text, Written>();
const attributes = new WeakMap<Element, Map<string, Written>>();
let observer: MutationObserver | undefined;

const kept = (element: Element | null) => !element || element.closest(KEPT) !== null;

function convertText(node: Text) {
  if (texts.get(node)?.converted === node.data) return;
  const written = { original: node.data, converted: toTraditional(node.data) };
  texts.set(node, written);
  if (written.converted !== written.original) node.data = written.converted;
}

function convertAttribute(element: Element, name: string) {
  const value = element.getAttribute(name);
  if (value === null) return;
  const byName = attributes.get(element) ?? new Map<string, Written>();
  attributes.set(element, byName);
  if (byName.get(name)?.converted === value) return;
  const written = { original: value, converted: toTraditional(value) };
  byName.set(name, written);
  if (written.converted !== value) element.setAttribute(name, written.converted);
}

/** Calls `visit` for every element and text node under `root` (itself included) outside kept subtrees. */
function walk(root: Node, visit: (node: Node) => void) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node instanceof Element && node.matches(KEPT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) visit(node);
}

function convertTree(root: Node) {
  if (root instanceof Element ? kept(root) : kept(root.parentElement)) return;
  walk(root, (node) => {
    if (node instanceof Text) convertText(node);
    else if (node instanceof Element) for (const name of ATTRIBUTES) convertAttribute(node, name);
  });
}

/** Converts the whole document, the <title> included, and whatever React or the islands add or change later. */
export function showTraditional() {
  convertTree(document.documentElement);
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach(convertTree);
      else if (record.type === 'characterData' && record.target instanceof Text && !kept(record.target.parentElement)) convertText(record.target);
      else if (record.type === 'attributes' && record.target instanceof Element && !kept(record.target)) convertAttribute(record.target, record.attributeName!);
    }
  });
  observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
}

/** Puts back the exact text and attributes the page had, wherever they still hold what this module wrote. */
export function showSimplified() {
  observer?.disconnect();
  observer = undefined;
  walk(document.documentElement, (node) => {
    if (node instanceof Text) {
      const written = texts.get(node);
      if (written?.converted === node.data) node.data = written.original;
      texts.delete(node);
    } else if (node instanceof Element) {
      attributes.get(node)?.forEach((written, name) => {
        if (node.getAttribute(name) === written.converted) node.setAttribute(name, written.original);
      });
      attributes.delete(node);
    }
  });
}
