import { h } from 'hastscript';
import type { TagFamily } from './types';

/**
 * Hexo core's `post_link` / `post_path`: another post of the blog, named by its file name (its
 * slug) or title, at its address on this site. A post that is not there (renamed, unpublished)
 * leaves its text, not a broken link, and a warning.
 */
export const postLinkTags: TagFamily = {
  post_link: ({ args, line }, context) => {
    const [slug = '', ...rest] = args;
    // Hexo's last argument `true`/`false` says whether to escape the title; we always escape.
    if (rest.at(-1) === 'true' || rest.at(-1) === 'false') rest.pop();
    const post = context.post(slug);
    const text = rest.join(' ') || post?.title || slug;
    if (!post) {
      context.warn(`line ${line}: {% post_link ${slug} %} names no post of the site; its text is shown without a link`);
      return { type: 'text', value: text };
    }
    return h('a', { href: post.href, title: post.title }, text);
  },
  post_path: ({ args, line }, context) => {
    const post = context.post(args[0] ?? '');
    if (post) return post.href;
    context.warn(`line ${line}: {% post_path ${args[0] ?? ''} %} names no post of the site; it is left out`);
    return '';
  },
};
