import type { ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { t } from '../strings';
import { absoluteUrl } from '../seo';
import { TIP_ELEMENT } from '../content/tip-block';

type MdxJsxElement = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: unknown[];
};

/** Attributes whose value is a URL a feed reader must be able to follow from anywhere. */
const URL_PROPERTIES = ['href', 'src', 'poster'];

type FeedHtmlOptions = {
  /** The article's absolute URL: relative links and `#heading` anchors resolve against it. */
  articleUrl: string;
  /** Where the site's tip button leads; the feed gets a plain link instead of the button. */
  tipUrl: string;
};

/**
 * An article body tree (from `bodyToHast`) as self-contained HTML for a feed: every URL absolute,
 * MDX reduced to plain HTML (lower-case JSX tags kept as elements, components unwrapped to their
 * children, imports, exports and expressions dropped) and the tip element turned into a link.
 */
export function feedHtml(tree: Root, options: FeedHtmlOptions): string {
  return toHtml({ type: 'root', children: plain(tree.children, options) });
}

function plain(nodes: readonly unknown[], options: FeedHtmlOptions): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    const typed = node as ElementContent | MdxJsxElement | { type: string };
    switch (typed.type) {
      case 'text':
      case 'comment':
        return [typed as ElementContent];
      case 'element': {
        const element = typed as Extract<ElementContent, { type: 'element' }>;
        if (element.tagName === TIP_ELEMENT) return [tipLink(element.properties, options.tipUrl)];
        return [{ ...element, properties: absoluteUrls(element.properties, options.articleUrl), children: plain(element.children, options) }];
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const jsx = typed as MdxJsxElement;
        const children = plain(jsx.children, options);
        if (!jsx.name || !/^[a-z]/.test(jsx.name)) return children;
        return [{ type: 'element', tagName: jsx.name, properties: absoluteUrls(stringAttributes(jsx), options.articleUrl), children }];
      }
      default:
        return [];
    }
  });
}

function absoluteUrls(properties: Properties, base: string): Properties {
  const result = { ...properties };
  for (const name of URL_PROPERTIES) {
    const value = result[name];
    if (typeof value === 'string') result[name] = absoluteUrl(value, base);
  }
  return result;
}

/** Literal JSX attributes only: an `{expression}` value has no meaning outside the page. */
function stringAttributes(jsx: MdxJsxElement): Properties {
  const properties: Properties = {};
  for (const attribute of jsx.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
    else if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
  }
  return properties;
}

function tipLink(properties: Properties, tipUrl: string): ElementContent {
  const prompt = typeof properties.dataPrompt === 'string' && properties.dataPrompt ? properties.dataPrompt : t.tip.prompt;
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [
      { type: 'text', value: `${prompt} ` },
      { type: 'element', tagName: 'a', properties: { href: tipUrl }, children: [{ type: 'text', value: t.tip.button }] },
    ],
  };
}
