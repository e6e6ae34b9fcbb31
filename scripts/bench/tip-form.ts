// The no-JavaScript tip form as the soaks send it: found from the seed article's tip link, posted
// as the browser posts it (Next's server action fields included), and what the site answered.
import { randomUUID } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { articleHref } from '@/lib/content/href';
import { t } from '@/lib/strings';
import { SEED_SLUG } from './seed';

type Element = DefaultTreeAdapterMap['element'];
/** The hidden fields of the tip form (Next's action fields among them), read from the tip page. */
function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const walk = (node: DefaultTreeAdapterMap['node']) => {
    if ('tagName' in node && node.tagName === 'input') {
      const attrs = Object.fromEntries((node as Element).attrs.map((a) => [a.name, a.value]));
      if (attrs.type === 'hidden' && attrs.name) fields[attrs.name] = attrs.value ?? '';
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parse(html));
  return fields;
}

export type TipForm = { path: string; fields: Record<string, string> };

/** The seed article's tip page and its form's hidden fields, read from the site at `siteUrl`. */
export async function readTipForm(siteUrl: string): Promise<TipForm> {
  const articleHtml = await (await fetch(siteUrl + articleHref(SEED_SLUG))).text();
  const path = /href="(\/authors\/[^"]+\/tip\?article=[^"]+)"/.exec(articleHtml)?.[1]?.replaceAll('&amp;', '&');
  if (!path) throw new Error('the seed article has no tip link');
  return { path, fields: hiddenFields(await (await fetch(siteUrl + path)).text()) };
}

/** A tip of 5 yuan by WeChat with idempotency key `key`, as the form posts it. */
export function tipBody(form: TipForm, key: string): { body: string; type: string } {
  const fields = { ...form.fields, amount: '5', method: 'wechat', message: '', idempotencyKey: key };
  const boundary = `soak${randomUUID().replaceAll('-', '')}`;
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: `${parts.join('')}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` };
}

/** What the page answering a tip says: thanked, refused by the rate limit, or refused otherwise. */
export function tipAnswer(html: string): 'thanked' | 'rate-limited' | 'refused' {
  if (html.includes(t.tip.thanks)) return 'thanked';
  return html.includes(t.tip.errors['rate-limited']) ? 'rate-limited' : 'refused';
}
