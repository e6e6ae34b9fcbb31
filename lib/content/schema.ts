import { z } from 'zod';
import { AMOUNT_PLACEHOLDER, fillAmount } from '../tip-input';
import { parseContentDate } from './dates';
import { isValidSlug } from './slug';

/**
 * Front matter as Hexo and our authors write it. Unknown keys are kept out of the way (Hexo themes
 * add many); known keys must have the right shape, and the error names the field.
 */
const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
/**
 * YAML turns `2021-05-24` into a Date under some schemas and leaves it a string under others. Which
 * strings are dates is parseContentDate's to say (it needs the site's time zone); here only the
 * type, with its message for a value that is not one.
 */
const dateInput = z
  .union([z.string(), z.date()], { error: (issue) => describeNonDate(issue.input) })
  .optional();

function describeNonDate(value: unknown): string {
  const result = parseContentDate(value, 'UTC');
  return result.ok ? 'must be a date' : result.message;
}
const slug = z.string().refine(isValidSlug, {
  message: 'must be lower-case letters or digits of any script joined by "-" (e.g. go-generics, 去中心化)',
});
/** Hexo accepts a single name, a list (a path), or a list of lists (several paths). */
const name = z.union([z.string(), z.number()]).transform(String).pipe(text);
const categories = z
  .union([name.transform((n) => [[n]]), z.array(z.union([name, z.array(name).min(1)]))])
  .optional()
  .transform((value): string[][] => {
    if (!value) return [];
    if (value.every((v) => typeof v === 'string')) return value.length ? [value as string[]] : [];
    return value.map((v) => (typeof v === 'string' ? [v] : v));
  });
const tags = z
  .union([name.transform((n) => [n]), z.array(name)])
  .optional()
  .transform((v) => [...new Set(v ?? [])]);
const author = z
  .union([name, z.object({ name }).loose().transform((a) => a.name)])
  .optional();
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional();

/** `key:` with nothing after it is YAML null (Hexo's own scaffold writes `tags:` so): the key is not set. */
function dropNullKeys(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
}

export const frontMatterSchema = z.preprocess(
  dropNullKeys,
  z.object({
    title: z
      .union([z.string(), z.number()], { error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
      .transform(String)
      .pipe(text),
    date: dateInput,
    updated: dateInput,
    publishAt: dateInput,
    categories,
    category: categories,
    tags,
    author,
    headimg: optionalText,
    thumbnail: optionalText,
    cover: optionalText,
    comments: flag,
    excerpt: optionalText,
    description: optionalText,
    permalink: optionalText,
    draft: flag,
    published: flag,
    slug: slug.optional(),
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
