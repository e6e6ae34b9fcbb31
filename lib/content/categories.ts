import fs from 'node:fs/promises';
import YAML from 'yaml';
import { categorySettingsSchema, describeIssues, type CategorySettings } from './schema';
import { hashSlug, slugify } from './slug';
import type { CategoryNode, ContentProblem } from './types';

const FILE = 'categories.yml';

/** Optional `categories.yml`: keys are category paths (`新媒体/人人都是产品经理`). */
export async function loadCategorySettings(file: string): Promise<{ settings: CategorySettings; problems: ContentProblem[] }> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch {
    return { settings: {}, problems: [] };
  }
  let data: unknown;
  try {
    data = YAML.parse(raw) ?? {};
  } catch (error) {
    return { settings: {}, problems: [{ file: FILE, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}`, severity: 'error' }] };
  }
  const parsed = categorySettingsSchema.safeParse(data);
  if (!parsed.success) {
    return { settings: {}, problems: describeIssues(parsed.error).map((i) => ({ file: FILE, ...i, severity: 'error' as const })) };
  }
  return { settings: parsed.data, problems: [] };
}

export const categoryKey = (names: string[]) => names.join('/');

/**
 * The category hierarchy of the given articles. Hexo's `[新媒体, 人人都是产品经理, 最新文章]` is one
 * path; an article is counted once in every category along each of its paths.
 */
export function buildCategoryTree(
  articles: { slug: string; categories: string[][] }[],
  settings: CategorySettings,
  problems: ContentProblem[],
): { roots: CategoryNode[]; byNames: Map<string, CategoryNode>; bySegments: Map<string, CategoryNode>; members: Map<CategoryNode, Set<string>> } {
  const roots: CategoryNode[] = [];
  const byNames = new Map<string, CategoryNode>();
  const bySegments = new Map<string, CategoryNode>();
  const members = new Map<CategoryNode, Set<string>>();

  const nodeFor = (names: string[]): CategoryNode => {
    const key = categoryKey(names);
    const existing = byNames.get(key);
    if (existing) return existing;
    const parent = names.length > 1 ? nodeFor(names.slice(0, -1)) : undefined;
    const name = names[names.length - 1]!;
    const own = settings[key];
    const segment = own?.slug ?? (slugify(name) || hashSlug('c', key));
    const segments = [...(parent?.segments ?? []), segment];
    const clash = bySegments.get(categoryKey(segments));
    if (clash) {
      // "AI" and "ai" would share one URL: keep them as one category rather than hide either.
      byNames.set(key, clash);
      return clash;
    }
    const node: CategoryNode = { name, names, segments, description: own?.description, order: own?.order ?? 0, children: [], articleCount: 0 };
    byNames.set(key, node);
    bySegments.set(categoryKey(segments), node);
    members.set(node, new Set());
    (parent ? parent.children : roots).push(node);
    return node;
  };

  for (const article of articles) {
    for (const path of article.categories) {
      for (let depth = 1; depth <= path.length; depth++) members.get(nodeFor(path.slice(0, depth)))!.add(article.slug);
    }
  }
  for (const [node, slugs] of members) node.articleCount = slugs.size;
  const sort = (nodes: CategoryNode[]) => {
    nodes.sort((a, b) => a.order - b.order || b.articleCount - a.articleCount || a.name.localeCompare(b.name, 'zh-CN'));
    for (const n of nodes) sort(n.children);
  };
  sort(roots);
  for (const key of Object.keys(settings)) {
    if (!byNames.has(key)) problems.push({ file: FILE, field: key, message: 'names a category no article uses', severity: 'warning' });
  }
  return { roots, byNames, bySegments, members };
}
