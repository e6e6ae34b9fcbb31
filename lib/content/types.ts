import type { TocEntry } from './analyze';
import type { BodyFormat } from './markdown';

export type Severity = 'error' | 'warning';

/** One thing wrong with one file; `field` names the front-matter key when there is one. */
export type ContentProblem = { file: string; field?: string; message: string; severity: Severity };

export type AuthorRef = { name: string; slug: string };

export type ArticleMeta = {
  slug: string;
  /** Path relative to the articles folder, for messages and for reading the body later. */
  file: string;
  format: BodyFormat;
  title: string;
  description?: string;
  excerpt: string;
  /** ISO 8601 instants: plain strings so metadata can cross into client components. */
  date: string;
  updated?: string;
  publishAt?: string;
  author: AuthorRef;
  /** Category paths, most specific last: [['新媒体', '人人都是产品经理', '最新文章']]. */
  categories: string[][];
  tags: string[];
  /** Image for the article header and cards, after proxy unwrapping. */
  cover?: string;
  /** The body already starts with the cover image, so the page does not show it twice. */
  coverInBody: boolean;
  /** The body ends with its own tip block, so the page adds no second tip button. */
  tipInBody: boolean;
  comments: boolean;
  /** `draft: true`, `published: false`, or filed under a `_drafts` folder. */
  draft: boolean;
  /** `top` / `sticky` / `pin`: first on the home page, highest first. */
  pinned?: number;
  /** `hidden` / `hide`: at its address, but in no list, feed, sitemap or search. */
  hidden: boolean;
  /** `keywords`, for the keywords meta tag. */
  keywords?: string[];
  /** `copyright`: show (true) or hide (false) the 版权声明; unset, the site's setting decides. */
  copyright?: boolean;
  /** `outdated`: the outdated-content notice on (true) or off (false); unset, the site decides. */
  outdated?: boolean;
  /** Where the post lived under Hexo, relative to the site root (`2020/05/14/foo/`): its old URL. */
  oldPath?: string;
  /** The file's modification time, shown to authors on /drafts. */
  modifiedAt?: string;
  permalink?: string;
  toc: TocEntry[];
  wordCount: number;
  readingMinutes: number;
};

/** How an author receives tips (validated by tipSettingsSchema). */
export type TipSettings = {
  /** Image of a WeChat receive code: a path under public/ or an http(s) URL. */
  wechat?: string;
  /** Image of an Alipay receive code. */
  alipay?: string;
  /** Payment links; `{amount}` in a URL is replaced by the amount in yuan. */
  links: readonly { label: string; url: string }[];
  /** Thank-you text shown after a reader tips. */
  message?: string;
};

export type Author = {
  slug: string;
  name: string;
  avatar?: string;
  bio?: string;
  links: { label: string; url: string }[];
  /** The author's own tip settings; without them the site's `tipDefaults` apply. */
  tip?: TipSettings;
  /** False for authors known only from an article's front matter. */
  hasProfile: boolean;
  articleCount: number;
};

export type CategoryNode = {
  name: string;
  /** URL segments from the root, e.g. ['新媒体', '人人都是产品经理']. */
  segments: string[];
  /** Names from the root, e.g. ['新媒体', '人人都是产品经理']. */
  names: string[];
  description?: string;
  order: number;
  children: CategoryNode[];
  /** Articles filed here or in any subcategory. */
  articleCount: number;
};

export type Tag = {
  /** As most articles write it. */
  name: string;
  /** URL segment: `slugify(name)`, shared by every spelling of the tag. */
  slug: string;
  articleCount: number;
};
