import type { TagFamily } from './types';

/** `{% raw %}…{% endraw %}`: HTML the author wants untouched by Markdown; it is still sanitized, as any HTML in a post. */
export const rawTags: TagFamily = {
  raw: ({ body }, context) => (body === undefined ? [] : context.html(body)),
};
