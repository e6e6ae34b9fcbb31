import type { ElementContent } from 'hast';
import type { LinkedPost, TagContext } from '@/lib/hexo/tags/types';

/**
 * A TagContext for testing one tag family's handlers alone: a body's Markdown comes back as one
 * paragraph of its trimmed text (the real rendering is tested with the whole pipeline), warnings
 * and ids are recorded.
 */
export function testTagContext(posts: Record<string, LinkedPost> = {}) {
  const warnings: string[] = [];
  let next = 0;
  const paragraph = (text: string): ElementContent[] => [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text.trim() }] }];
  const context: TagContext = {
    markdown: paragraph,
    html: paragraph,
    warn: (message) => warnings.push(message),
    id: (prefix) => `${prefix}-${++next}`,
    post: (slug) => posts[slug],
  };
  return { context, warnings };
}
