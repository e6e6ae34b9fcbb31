import type { TipSettings } from './content/types';
import { readHexoIdentity } from './hexo/identity';

/** A Hexo site's own title, description and language replace the defaults below. */
const hexo = readHexoIdentity();

/**
 * How readers tip authors whose profile has no `tip:` (same fields, see README). With no wechat,
 * alipay or links here, such authors' tip pages say they have not set up tips. These are demos.
 */
const tipDefaults: TipSettings = {
  wechat: '/images/tips/site-wechat-demo.svg',
  alipay: '/images/tips/site-alipay-demo.svg',
  links: [{ label: '示例支付页', url: 'https://example.com/support?site=yuedu&amount={amount}' }],
  message: '谢谢你的赞赏，作者会收到你的心意。（示例：站点默认的赞赏设置）',
};

/** Site-wide settings that are not secrets and do not change between deployments. */
export const site = {
  name: hexo.title ?? '阅读',
  /** Latin name used where a short ASCII identifier reads better (feeds, manifests). */
  shortName: 'Yuedu',
  description: hexo.description ?? '为中文长文而做的阅读网站：安静的排版、清楚的分类，和给作者的赞赏。',
  locale: hexo.language ?? 'zh-CN',
  /**
   * What `next build` renders ahead of time; the rest renders on its first request and is cached
   * from then on. Build time and memory grow with these, not with the number of articles.
   * PRERENDER_ARTICLES and PRERENDER_LIST_PAGES override them per deployment.
   */
  prerender: {
    /** The newest articles. */
    articles: 1000,
    /**
     * The first pages of every list: the home page, each category, tag and author. The number of
     * lists grows with the site (every author and tag has one), so only their first pages are built;
     * a deeper page renders in a few milliseconds on its first request.
     */
    listPages: 1,
  },
  /** Articles per page on the home, category and author listings. */
  pageSize: 10,
  /** Shown for articles whose front matter names no author. */
  defaultAuthor: '佚名',
  /** How many top-level categories the header shows. */
  headerCategories: 4,
  /** How many related articles an article page suggests. */
  relatedCount: 4,
  /** Characters a generated excerpt keeps before it is cut with an ellipsis. */
  excerptLength: 120,
  /** Reading speed used for the reading-time estimate. */
  readingSpeed: { hanPerMinute: 400, wordsPerMinute: 200 },
  tipDefaults,
  /**
   * Sign-in identities (emails, `github:<login>`) that may preview every draft and scheduled
   * article. EDITORS (comma-separated) adds more per deployment.
   */
  editors: [] as string[],
  /**
   * Comments under articles (an article's `comments: false` closes its own). COMMENTS=on|off and
   * COMMENT_GUESTS=on|off override these per deployment.
   */
  comments: {
    /** The site-wide switch: off, no article shows a comment list or form. */
    enabled: true,
    /** Readers who are not signed in may comment with a nickname; their comments wait for a moderator. */
    guests: false,
  },
  /**
   * A note above an article not updated for a while (「本文最后更新于…，部分内容可能已经过时」). Off
   * unless turned on here for every article (`enabled`), for the articles of some `categories`, or
   * by an article's own `outdated: true`, which uses `days` too; `outdated: false` keeps an article
   * free of it whatever the site says. A Hexo site's Butterfly `noticeOutdate` (enable, limit_day)
   * replaces `enabled` and `days`; OUTDATED_NOTICE=on|off and OUTDATED_NOTICE_DAYS override both
   * per deployment.
   */
  outdatedNotice: {
    enabled: false,
    /** Days since the last update (or, without one, publication) before the notice shows. */
    days: 365,
    /** Category paths from the top, as the front matter names them (`编程`, `编程/前端`); subcategories are included. */
    categories: [] as string[],
  },
  feed: {
    /** Whole articles in the feeds (sanitized HTML, images kept); false for the excerpt only. */
    fullContent: true,
    /** Latest articles each feed carries. */
    size: 20,
  },
} as const;
