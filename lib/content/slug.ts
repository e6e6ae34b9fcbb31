import { createHash } from 'node:crypto';

/**
 * URL policy: a slug keeps every letter and digit of any script (so Chinese stays Chinese and
 * reads naturally in the address bar and in shares), lower-cases Latin letters, and turns every
 * run of anything else — spaces, ASCII and full-width punctuation, URL-reserved characters — into
 * a single `-`. The result never needs escaping beyond standard UTF-8 percent-encoding, so the raw
 * and the percent-encoded forms of a URL name the same article.
 */
const MAX_SLUG_LENGTH = 80;

export function slugify(text: string): string {
  const dashed = text
    .normalize('NFKC')
    .toLowerCase()
    // A mark with no letter or digit to sit on (the U+FE0F after an emoji) is invisible in a URL.
    .replace(/(?<![\p{L}\p{N}\p{M}])\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code point, never inside a surrogate pair.
  return Array.from(dashed).slice(0, MAX_SLUG_LENGTH).join('').replace(/-+$/, '');
}

/** An explicit slug must already be in the form `slugify` produces, so that it is its own URL. */
export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slugify(slug) === slug;
}

/**
 * A slug for a file: its name, or its title when the name is all punctuation, or as a last
 * resort a short hash of its path — all of which are stable across rebuilds.
 */
export function deriveSlug(fileStem: string, title: string, relativePath: string): string {
  return slugify(fileStem) || slugify(title) || hashSlug('a', relativePath);
}

/** A stable slug for text that has no letters or digits to keep. */
export function hashSlug(prefix: string, text: string): string {
  return `${prefix}-${createHash('sha1').update(text).digest('hex').slice(0, 8)}`;
}

/**
 * Route params arrive percent-encoded (upper or lower case hex) or raw depending on the client and
 * the runtime. Decoding is idempotent for our slugs because they never contain `%`.
 */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value).normalize('NFC');
  } catch {
    return value;
  }
}
