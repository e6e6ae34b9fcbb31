import { SaxesParser } from 'saxes';

/** An XML element with its qualified name (`content:encoded`), attributes, child elements and text. */
export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

/**
 * Parses a whole XML document with a strict, namespace-aware parser (saxes) and throws on the first
 * well-formedness error: characters XML does not allow, `<` in an attribute, unbound prefixes,
 * unbalanced tags. `text` joins an element's own text and CDATA, without its children's.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const element: XmlElement = { name: tag.name, attributes, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (text: string) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(xml).close();
  if (error) throw error;
  if (!root) throw new Error('no root element');
  return root;
}

/** Child elements named `name`. */
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

/** The one child element named `name`; throws when there is none. */
export function childNamed(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}
