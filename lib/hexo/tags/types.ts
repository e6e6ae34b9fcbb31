import type { ElementContent } from 'hast';

/**
 * One use of a Hexo tag plugin in a post: `{% name args %}` (inline) or
 * `{% name args %}body{% endname %}` (a block, recognised only when its end tag follows).
 */
export type TagCall = {
  name: string;
  /** Split as Nunjucks hands them to Hexo: on white space, a quoted argument being one. */
  args: string[];
  /** The text between the tag and its end tag, as written; undefined for an inline tag. */
  body?: string;
  /** 1-based line of the body where the tag starts, for warnings. */
  line: number;
};

/** A post Hexo's `post_link` / `post_path` can name, at its address on this site. */
export type LinkedPost = { href: string; title: string };

export type TagContext = {
  /**
   * Markdown as a post's body is rendered (nested tags expanded, HTML sanitized): for a block's body.
   * `firstLine` (the file's line the text starts at, for warnings) is filled in by the parser.
   */
  markdown(text: string, firstLine?: number): ElementContent[];
  /** The author's own HTML, sanitized like any HTML in a post: for `raw`. */
  html(text: string): ElementContent[];
  /** Reported with the file's name by the content step (content:check). */
  warn(message: string): void;
  /** An id unique in this body, for elements that refer to each other (a tab and its panel). */
  id(prefix: string): string;
  /** The post Hexo's `post_link` names (its file name under `_posts`, without extension, or its slug). */
  post(slug: string): LinkedPost | undefined;
};

/**
 * What a tag becomes:
 *  - a string: source text put where the tag was, before Markdown (a URL inside a Markdown link);
 *  - hast: the site's own markup, trusted, put in place after the body is sanitized;
 *  - undefined: the tag is not this handler's to render (treated as unknown).
 */
export type TagOutput = string | ElementContent | ElementContent[] | undefined;

export type TagHandler = (call: TagCall, context: TagContext) => TagOutput;

/** A family of tags (one file each under lib/hexo/tags): tag name → handler. */
export type TagFamily = Record<string, TagHandler>;
