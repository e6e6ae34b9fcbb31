/**
 * Hexo's `slugize` (hexo-util): how Hexo turns a file name, category or tag into a URL part. Unlike
 * our own slugs (lib/content/slug.ts) it keeps case (unless `filename_case` says otherwise) and only
 * replaces ASCII punctuation and white space, so Chinese and full-width punctuation stay as they are.
 * Old URLs must be computed exactly as Hexo computed them.
 */
const CONTROL = /[\u0000-\u001f]/g;
const SPECIAL = /[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?/]+/g;

/** Latin letters with accents lose them (`é` → `e`), as hexo-util's escapeDiacritic does. */
function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/(?<=[A-Za-z])[\u0300-\u036f]+/g, '').normalize('NFC');
}

export function hexoSlugize(text: string, transform: 0 | 1 | 2 = 0): string {
  const result = stripDiacritics(text)
    .replace(CONTROL, '')
    .replace(SPECIAL, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return transform === 1 ? result.toLowerCase() : transform === 2 ? result.toUpperCase() : result;
}
