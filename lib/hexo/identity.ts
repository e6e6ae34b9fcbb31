import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** What a Hexo site calls itself: its title, description and language, for the site's name and `lang`. */
export type HexoIdentity = { title?: string; description?: string; language?: string; url?: string };

/** The Hexo site root the environment names: HEXO_DIR, or an ARTICLES_DIR that is its `source/_posts`. */
function hexoRoot(env: NodeJS.ProcessEnv): string | undefined {
  if (env.HEXO_DIR?.trim()) return path.resolve(/*turbopackIgnore: true*/ env.HEXO_DIR.trim());
  const posts = env.ARTICLES_DIR?.trim() && path.resolve(/*turbopackIgnore: true*/ env.ARTICLES_DIR.trim());
  return posts && path.basename(posts) === '_posts' ? path.dirname(path.dirname(posts)) : undefined;
}

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined);
/** A BCP 47 tag such as zh-CN; Hexo configs also hold lists (the first is the site's) and `default`. */
const languageTag = (value: unknown) => {
  const tag = text(Array.isArray(value) ? value[0] : value);
  return tag && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : undefined;
};

/**
 * Read once, synchronously, when the site's settings are first used (lib/site.ts): the name and
 * language are needed by every page and feed, and the config is a small file. A missing or broken
 * config gives nothing here; the content step reports it.
 */
export function readHexoIdentity(env: NodeJS.ProcessEnv = process.env): HexoIdentity {
  const root = hexoRoot(env);
  if (!root) return {};
  try {
    const config = parseYaml(fs.readFileSync(/*turbopackIgnore: true*/ path.join(root, '_config.yml'), 'utf8')) as Record<string, unknown> | null;
    if (!config || typeof config !== 'object') return {};
    return { title: text(config.title), description: text(config.description) ?? text(config.subtitle), language: languageTag(config.language), url: text(config.url) };
  } catch {
    return {};
  }
}
