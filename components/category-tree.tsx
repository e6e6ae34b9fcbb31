import { categoryHref, type CategoryNode } from '@/lib/content';
import { t } from '@/lib/strings';

/** Nested list of categories with their article counts (subcategories included). */
export function CategoryTree({ nodes, level = 0 }: { nodes: CategoryNode[]; level?: number }) {
  return (
    <ul className={level === 0 ? 'space-y-4' : 'mt-2 space-y-2 border-l border-stone-200 pl-4 dark:border-stone-800'}>
      {nodes.map((node) => (
        <li key={node.segments.join('/')}>
          <a href={categoryHref(node)} className={`hover:text-accent ${level === 0 ? 'text-lg font-semibold' : ''}`}>
            {node.name}
          </a>
          <span className="ml-2 text-sm text-muted">{t.category.articles(node.articleCount)}</span>
          {node.description && level === 0 && <p className="text-sm text-stone-600 dark:text-stone-400">{node.description}</p>}
          {node.children.length > 0 && <CategoryTree nodes={node.children} level={level + 1} />}
        </li>
      ))}
    </ul>
  );
}
