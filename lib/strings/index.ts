/**
 * Every string the interface shows, in one place (Simplified Chinese): `t` for server components,
 * and one file per group beside it. Client code imports the group file it needs, never this index:
 * the browser gets a module whole, so importing a group from here would ship every group with it.
 */
import { accountText } from './account';
import { articleText } from './article';
import { commentText } from './comments';
import { errorText } from './error';
import { themeText } from './page-controls';
import { previewText } from './preview';
import { readerErrorText } from './reader-errors';
import { readerText } from './reader';
import { readingSettingsText } from './reading-settings';
import { shareText } from './share';
import { signInErrorText } from './sign-in-error';
import { tipText } from './tip';

export const t = {
  comments: commentText,
  skipToContent: '跳到正文',
  home: '首页',
  latest: '最新文章',
  categories: '分类',
  allCategories: '全部分类',
  authors: '作者',
  allAuthors: '全部作者',
  allTags: '全部标签',
  archives: '文章归档',
  mainNav: '主导航',
  /** The phone header's disclosure that holds the navigation links. */
  navMenu: '栏目',
  footerNav: '页脚导航',
  footerNote: '为中文长文而做的阅读网站。',
  theme: themeText,
  pagination: { label: '分页', previous: '上一页', next: '下一页', page: (n: number) => `第 ${n} 页`, of: (p: number, total: number) => `第 ${p} / ${total} 页` },
  article: articleText,
  tip: tipText,
  reader: { ...readerText, ...accountText, errors: readerErrorText, signInError: signInErrorText },
  preview: previewText,
  category: {
    articles: (n: number) => `${n} 篇文章`,
    subcategories: '子分类',
    empty: '这个分类下还没有文章。',
  },
  tag: {
    label: '标签',
    articles: (n: number) => `${n} 篇文章`,
  },
  archive: {
    year: (year: number) => `${year}年`,
    month: (month: number) => `${month}月`,
    count: (n: number) => `${n} 篇`,
    day: (month: number, day: number) => `${month}月${day}日`,
  },
  share: shareText,
  readingSettings: readingSettingsText,
  author: {
    articles: (n: number) => `${n} 篇文章`,
    links: '链接',
    noProfile: '这位作者还没有填写简介。',
    allArticles: (name: string) => `${name} 的文章`,
  },
  notFound: {
    title: '找不到这个页面',
    body: '你要找的页面不存在，可能已被移动或删除。',
    back: '回到首页',
  },
  error: errorText,
  empty: '还没有文章。',
  feed: {
    category: (name: string) => `${name} · 分类`,
    author: (name: string) => `${name} 的文章`,
  },
  search: {
    label: '搜索',
    /** The header's search, named apart from the search page's own form (two landmarks, two names). */
    headerLabel: '站内搜索',
    field: '搜索文章',
    placeholder: '标题、正文、标签或作者',
    submit: '搜索',
    title: '搜索',
    titleFor: (query: string) => `搜索“${query}”`,
    description: '搜索本站全部文章的标题、正文、分类、标签和作者。',
    prompt: '输入关键词，搜索全部文章的标题、正文、分类、标签和作者。',
    results: (count: number) => `找到 ${count} 篇文章`,
    none: (query: string) => `没有找到与“${query}”相关的文章。`,
    suggestions: '换个关键词试试，或者从这些分类开始浏览：',
    unavailable: '搜索暂时不可用，请稍后再试。',
  },
  meta: {
    homePage: (n: number) => `最新文章，第 ${n} 页。`,
    categories: '按分类浏览全部文章。',
    category: (name: string, count: number) => `“${name}”分类下的 ${count} 篇文章。`,
    authors: '本站的全部作者。',
    author: (name: string, count: number) => `${name} 的 ${count} 篇文章。`,
    tip: (name: string) => `给 ${name} 赞赏的方式。`,
    tags: '按标签浏览全部文章。',
    tag: (name: string, count: number) => `标签“${name}”下的 ${count} 篇文章。`,
    archives: '按年份和月份浏览全部文章。',
  },
} as const;
