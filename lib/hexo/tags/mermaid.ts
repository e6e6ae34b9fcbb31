import { h } from 'hastscript';
import type { TagFamily } from './types';

/**
 * `{% mermaid [type] %}…{% endmermaid %}` (hexo-filter-mermaid-diagrams, NexT, Butterfly): the same
 * as a ```mermaid fence. The diagram's source is the content; a type argument (`graph TD`) starts it.
 */
export const mermaidTags: TagFamily = {
  mermaid: ({ args, body }) => {
    if (body === undefined) return undefined;
    const source = [args.join(' '), body.replace(/^\n+|\s+$/g, '')].filter(Boolean).join('\n');
    return h('pre', h('code', { className: ['language-mermaid'] }, source));
  },
};
