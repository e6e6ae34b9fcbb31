import { resolvePostImage, type PostFiles } from '../assets';
import type { TagContext, TagFamily, TagHandler } from './types';

/**
 * Hexo core's asset tags (hexo plugins/tag asset_img, asset_path, asset_link): a file of the post's
 * asset folder, by name. They resolve as the post's images do, measured; a missing file warns and
 * leaves nothing broken behind.
 */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Hexo's img tag arguments after the file: width and height (digits), then "title" and "alt". */
function imageMeta(args: string[]): { width?: string; height?: string; title?: string; alt?: string } {
  const rest = [...args];
  const meta: { width?: string; height?: string; title?: string; alt?: string } = {};
  if (rest[0] && /^\d+$/.test(rest[0])) {
    meta.width = rest.shift();
    if (rest[0] && /^\d+$/.test(rest[0])) meta.height = rest.shift();
  }
  [meta.title, meta.alt] = rest;
  return meta;
}

export function assetTags(post: PostFiles): TagFamily {
  /** The argument that names a file of the post (Hexo tries each in turn; what comes before it are classes). */
  const find = (args: string[]) => {
    for (let i = 0; i < args.length; i++) {
      const image = resolvePostImage(args[i]!, post);
      if (image && !('missing' in image)) return { index: i, image };
    }
    return undefined;
  };
  const missing = (name: string, args: string[], line: number, context: TagContext) => {
    context.warn(`line ${line}: {% ${name} ${args.join(' ')} %}: no such file in the post's asset folder; it is left out of the page`);
    return '';
  };
  const assetImage: TagHandler = ({ name, args, line }, context) => {
    const found = find(args);
    if (!found) return missing(name, args, line, context);
    const { width, height, title, alt } = imageMeta(args.slice(found.index + 1));
    const classes = args.slice(0, found.index).join(' ');
    const size = width ? { width, height } : { width: found.image.width, height: found.image.height };
    const attributes = [
      ['src', found.image.url],
      ['class', classes || undefined],
      ['width', size.width],
      ['height', size.height],
      ['title', title],
      ['alt', alt ?? title ?? ''],
    ].filter(([, value]) => value !== undefined && value !== '') as [string, string | number][];
    return `<img ${attributes.map(([key, value]) => `${key}="${escape(String(value))}"`).join(' ')}>`;
  };
  return {
    asset_img: assetImage,
    asset_image: assetImage,
    asset_path: ({ name, args, line }, context) => {
      const found = find(args.slice(0, 1));
      return found ? found.image.url : missing(name, args, line, context);
    },
    asset_link: ({ name, args, line }, context) => {
      const [file = '', ...rest] = args;
      const found = find([file]);
      if (!found) return missing(name, args, line, context);
      if (rest.at(-1) === 'true' || rest.at(-1) === 'false') rest.pop();
      return `<a href="${escape(found.image.url)}" title="${escape(rest.join(' ') || file)}">${escape(rest.join(' ') || file)}</a>`;
    },
  };
}
