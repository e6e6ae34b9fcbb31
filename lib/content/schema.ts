import { z } from 'zod';
import { AMOUNT_PLACEHOLDER, fillAmount } from '../tip-input';
import { isValidSlug } from './slug';

/**
 * Front matter as Hexo and our authors write it. Unknown keys are kept out of the way (Hexo themes
 * add many). Known keys are read as leniently as Hexo and its themes read them, since every post
 * Hexo publishes must build here; what had to be dropped is counted for a warning. Only the
 * publishing flags stay strict: a typo must never publish a draft.
 */
const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
/**
 * Dates are parseContentDate's to read (it needs the site's time zone) and the article step's to
 * fall back from, as Hexo does, when they cannot be read.
 */
const dateInput = z.unknown().optional();
const slug = z.string().refine(isValidSlug, {
  message: 'must be lower-case letters or digits of any script joined by "-" (e.g. go-generics, 去中心化)',
});

/** A name in a list: text or a number; empty items (`- ` in YAML) are dropped by `names`. */
const isName = (v: unknown): v is string | number => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
const nameText = (v: string | number) => String(v).trim();

/**
 * `tags` as Hexo takes them: one name or a list; empty items are dropped and nested lists read
 * flat (Hexo makes a tag of each), so nothing a theme accepted is refused. `dropped` counts what was
 * left out, for a warning.
 */
const tags = z
  .unknown()
  .optional()
  .transform((value) => {
    if (value === undefined || value === null) return { names: [] as string[], dropped: 0 };
    if (isName(value)) return { names: [nameText(value)], dropped: 0 };
    if (!Array.isArray(value)) return { names: [] as string[], dropped: 1 };
    const flat = value.flat(Infinity);
    const names = flat.filter(isName).map(nameText);
    return { names: [...new Set(names)], dropped: flat.length - names.length };
  });

/**
 * Hexo accepts a single name, a list (a path), or a list of lists (several paths); empty items
 * are dropped, with a warning.
 */
const categories = z
  .unknown()
  .optional()
  .transform((value) => {
    if (value === undefined || value === null) return { paths: [] as string[][], dropped: 0 };
    if (isName(value)) return { paths: [[nameText(value)]], dropped: 0 };
    if (!Array.isArray(value)) return { paths: [] as string[][], dropped: 1 };
    let dropped = 0;
    const keep = (items: unknown[]) => {
      const names = items.filter(isName).map(nameText);
      dropped += items.length - names.length;
      return names;
    };
    if (!value.some(Array.isArray)) {
      const path = keep(value);
      return { paths: path.length ? [path] : [], dropped };
    }
    const paths = value.map((item) => (Array.isArray(item) ? keep(item.flat(Infinity)) : keep([item]))).filter((p) => p.length > 0);
    return { paths, dropped };
  });
/** `author: 名字` or `author: { name: 名字, … }` (some themes); anything else is no author. */
const author = z.unknown().optional().transform((v): string | undefined => {
  const name = v && typeof v === 'object' && !Array.isArray(v) ? (v as { name?: unknown }).name : v;
  return isName(name) ? nameText(name) : undefined;
});
/** On / off. Hexo reads YAML 1.1, where `yes` and `no` are flags too; anything else is an error, so a draft is never published by a typo. */
const ON = new Set(['true', 'yes', 'on']);
const OFF = new Set(['false', 'no', 'off']);
/** A flag that is neither on nor off: the article step refuses it, after reading the rest of the file. */
export type InvalidFlag = { invalid: unknown };
const flag = z
  .unknown()
  .optional()
  .transform((v): boolean | undefined | InvalidFlag => {
    if (v === undefined || typeof v === 'boolean') return v;
    const word = typeof v === 'string' ? v.trim().toLowerCase() : undefined;
    return word !== undefined && ON.has(word) ? true : word !== undefined && OFF.has(word) ? false : { invalid: v };
  });
/** A flag themes read loosely: `true`, `"true"`, `yes`, 1. */
const looseFlag = z.unknown().optional().transform((v) => v === true || v === 1 || (typeof v === 'string' && ['true', 'yes', '1'].includes(v.trim().toLowerCase())));
/** Text that themes also write as a number (`abbrlink: 3121`). */
const looseText = z.unknown().optional().transform((v) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() || undefined : undefined));
/** `top` / `sticky` / `pin`: true, or a number (higher first); false, 0 and empty mean not pinned. */
const pin = z.unknown().optional().transform((v): number | undefined => {
  if (v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true')) return 1;
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
});
/** `keywords: a, b` or a list. */
const keywords = z.unknown().optional().transform((v): string[] | undefined => {
  const list = Array.isArray(v) ? v.flat(Infinity) : typeof v === 'string' ? v.split(/[,，、]/) : [];
  const names = list.filter(isName).map(nameText).filter(Boolean);
  return names.length ? [...new Set(names)] : undefined;
});

/** `key:` with nothing after it is YAML null (Hexo's own scaffold writes `tags:` so): the key is not set. */
function dropNullKeys(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
}

export const frontMatterSchema = z.preprocess(
  dropNullKeys,
  z
    .object({
      /** Hexo publishes a post without a title; the article step names one from the file. */
      title: z.unknown().optional().transform((v) => (isName(v) ? nameText(v) || undefined : undefined)),
      date: dateInput,
      updated: dateInput,
      publishAt: dateInput,
      categories,
      category: categories,
      tags,
      author,
      headimg: looseText,
      thumbnail: looseText,
      cover: looseText,
      top_img: looseText,
      index_img: looseText,
      banner_img: looseText,
      banner: looseText,
      comments: z.unknown().optional().transform((v) => !(v === false || v === 'false' || v === 'no' || v === 'off')),
      excerpt: optionalText,
      description: looseText,
      keywords,
      permalink: optionalText,
      abbrlink: looseText,
      draft: flag,
      published: flag,
      /** Any text: the URL is its slugified form. */
      slug: looseText,
      top: pin,
      sticky: pin,
      pin,
      hidden: looseFlag,
      hide: looseFlag,
      /** `toc: false` turns the table of contents off. */
      toc: z.unknown().optional().transform((v) => !(v === false || v === 'false')),
      /** `outdated: true|false`: the outdated-content notice on or off for this article (lib/content/outdated.ts). */
      outdated: flag,
      copyright: z.unknown().optional().transform((v) => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined)),
      password: looseText,
    })
    .loose(),
);

export type FrontMatter = z.output<typeof frontMatterSchema>;

const url = z.string().trim().min(1);

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A receive-code image: a file under `public/` (`/images/…`) or an http(s) URL. */
const image = url.refine((v) => /^\/(?!\/)/.test(v) || isHttpUrl(v), {
  message: 'must be a path under public/ starting with "/" (e.g. /images/tips/wechat.png) or an http(s) URL',
});

/** A payment link; `{amount}` is replaced by the amount in yuan (`5`, `5.20`), the only placeholder. */
const paymentUrlTemplate = url
  .refine((v) => !/[{}]/.test(v.replaceAll(AMOUNT_PLACEHOLDER, '')), {
    message: `may contain no placeholder other than ${AMOUNT_PLACEHOLDER}`,
  })
  .refine((v) => isHttpUrl(fillAmount(v, '5.20')), { message: `must be an http(s) URL, with ${AMOUNT_PLACEHOLDER} where the amount goes` });

/** How an author receives tips. Strict: a misspelt key would otherwise silently hide a method. */
export const tipSettingsSchema = z.strictObject({
  /** Image of a WeChat receive code (赞赏码 / 收款码). */
  wechat: image.optional(),
  /** Image of an Alipay receive code. */
  alipay: image.optional(),
  links: z.array(z.strictObject({ label: text, url: paymentUrlTemplate })).default([]),
  /** Shown to the reader after they tip. */
  message: optionalText,
});

export const authorSchema = z.object({
  name: text,
  slug: slug.optional(),
  avatar: url.optional(),
  bio: z.string().trim().optional(),
  /** Other spellings articles use for this author (a pen name, an English name). */
  aliases: z.array(text).default([]),
  links: z.array(z.object({ label: text, url })).default([]),
  tip: tipSettingsSchema.optional(),
  /**
   * Who this author is when signed in, so they may preview their unpublished articles: emails, or
   * `github:<login>`. Never shown on the site.
   */
  identities: z
    .array(z.string().trim().toLowerCase().regex(/^(github:[a-z0-9-]+|[^\s@]+@[^\s@]+)$/, { message: 'must be an email or github:<login>' }))
    .default([]),
});

export type AuthorInput = z.output<typeof authorSchema>;

export const categorySettingsSchema = z.record(
  z.string(),
  z.object({
    slug: slug.optional(),
    description: z.string().trim().optional(),
    order: z.number().int().optional(),
  }),
);

export type CategorySettings = z.output<typeof categorySettingsSchema>;

/** Turns a zod error into `field: message` pairs that name the offending front-matter key. */
export function describeIssues(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(front matter)',
    message: issue.message,
  }));
}
