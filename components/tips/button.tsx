import type { Element } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { tipHref } from '@/lib/content';
import type { AuthorRef } from '@/lib/content/types';
import { t } from '@/lib/strings';
import { TIP_LINK_ATTRIBUTE } from '@/lib/tip-link';

type TipButtonProps = { author: AuthorRef; articleSlug: string; prompt?: string };

/**
 * The 赞赏 button as an HTML tree: a link to the author's tip page, which works without
 * JavaScript; with JavaScript the article's tip dialog opens instead. An imported body's own tip
 * block becomes this tree inside the body's HTML; elsewhere `TipButton` renders the same tree.
 */
export function tipButtonTree({ author, articleSlug, prompt = t.tip.prompt }: TipButtonProps): Element {
  const element = (tagName: string, properties: Element['properties'], children: Element['children']): Element => ({ type: 'element', tagName, properties, children });
  return element('div', { className: ['not-prose', 'my-10', 'flex', 'print:hidden', 'flex-col', 'items-center', 'gap-3', 'text-center'] }, [
    element('p', { className: ['text-stone-600', 'dark:text-stone-300'] }, [{ type: 'text', value: prompt }]),
    element(
      'a',
      {
        href: tipHref(author.slug, articleSlug),
        [TIP_LINK_ATTRIBUTE]: '',
        className: ['inline-flex', 'items-center', 'gap-2', 'rounded-full', 'bg-accent', 'px-6', 'py-2.5', 'font-semibold', 'text-white', 'shadow-sm', 'hover:bg-accent-strong'],
      },
      [element('span', { ariaHidden: 'true' }, [{ type: 'text', value: '¥' }]), { type: 'text', value: t.tip.button }],
    ),
  ]);
}

export function TipButton(props: TipButtonProps) {
  return toJsxRuntime(tipButtonTree(props), { Fragment, jsx, jsxs });
}
