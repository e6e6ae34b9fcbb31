/**
 * An imported comment's text as comments are kept here: Markdown. Waline's is Markdown already;
 * Twikoo's and Valine's HTML is read into it. The @mention a service wrote in front of a reply
 * goes, since the site shows whom a reply answers beside it: Waline's `[@name](#<id>): ` and
 * Valine's `<a class="at" href="#<id>">@name </a> , ` (kept by Twikoo in comments it imported
 * from Valine), each naming the comment answered.
 */
import type { RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { htmlToMarkdown } from './html-markdown';
import type { ImportedComment } from './types';

export function importedText(comment: Pick<ImportedComment, 'source' | 'body' | 'replyToId'>): string {
  const mention = comment.replyToId && `#${comment.replyToId}`;
  if (comment.source === 'waline') {
    const text = mention ? comment.body.replace(new RegExp(`^\\s*\\[@[^\\]\\n]*\\]\\(${escapeRegExp(mention)}\\):?\\s*`), '') : comment.body;
    return text.trim();
  }
  const tree = fromHtml(comment.body, { fragment: true });
  if (mention) dropLeadingMention(tree, mention);
  return htmlToMarkdown(tree);
}

/** Removes a link to `href` that opens the text (inside its first paragraph), and the comma after it. */
function dropLeadingMention(parent: { children: RootContent[] }, href: string): void {
  const index = parent.children.findIndex((node) => node.type !== 'comment' && !(node.type === 'text' && node.value.trim() === ''));
  const first = parent.children[index];
  if (first?.type !== 'element') return;
  if (first.tagName !== 'a') return dropLeadingMention(first, href);
  if (first.properties.href !== href) return;
  parent.children.splice(index, 1);
  const next = parent.children[index];
  if (next?.type === 'text') next.value = next.value.replace(/^\s*[,，:：]?\s*/, '');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
