/**
 * Every string the interface shows, in one place (Simplified Chinese). The groups that client
 * components use are exported on their own too, so the browser is sent only those groups, not
 * every page's text.
 */
export const themeText = { label: '主题', light: '浅色', dark: '深色', system: '跟随系统' } as const;

/** The header's switch to Traditional characters (components/chinese-script-switch.tsx). */
export const chineseScriptText = { label: '繁体字', short: '繁', hint: '以繁体字显示' } as const;

/** The article body's reading aids, in the browser (components/article). */
export const bodyText = {
  copyCode: '复制代码',
  codeCopied: '已复制',
  copyCodeFailed: '复制失败',
  zoomImage: (alt: string) => (alt ? `放大图片：${alt}` : '放大图片'),
  closeImage: '关闭',
  imageDialog: '图片查看',
  diagramSource: '图表源码',
  diagramFailed: '图表无法绘制，下面是它的源码。',
} as const;

/** Any page's own controls, in the browser. */
export const pageText = { backToTop: '回到顶部' } as const;

export const articleText = {
  breadcrumb: '分类路径',
  toc: '目录',
  readingTime: (minutes: number) => `约 ${minutes} 分钟读完`,
  words: (count: number) => `${count.toLocaleString('zh-CN')} 字`,
  updated: '更新于',
  /**
   * Above an article not updated for a while. The page is static and may be served for a long time,
   * so the age is a lower bound (已满 3 年): it only becomes truer while the page waits to be renewed.
   */
  outdated: {
    label: '时效提示',
    since: (updated: boolean) => (updated ? '本文最后更新于 ' : '本文发表于 '),
    age: (age: { unit: 'years' | 'months' | 'days'; count: number }) =>
      `，距今已满 ${age.count} ${{ years: '年', months: '个月', days: '天' }[age.unit]}，部分内容可能已经过时，请注意甄别。`,
  },
  /** Before the article's address, on paper only. */
  printedFrom: '原文链接：',
  related: '相关文章',
  pager: '上一篇和下一篇',
  newer: '较新的一篇',
  older: '较早的一篇',
  by: '作者',
  pinned: '置顶',
  copyright: {
    title: '版权声明',
    author: '本文作者',
    link: '本文链接',
    license: '版权声明',
    /** The licence line around the licence's name, when the site names one. */
    licensed: { before: '本文采用 ', after: ' 许可协议，转载请注明出处。' },
    reserved: '版权归作者所有，转载请注明出处。',
  },
} as const;

/**
 * What the supporter counts under every article say. Apart from the rest of the tip strings, which
 * only the tip dialog needs (its code loads when a reader opens it): every page's first load ships
 * the strings its islands import, whole.
 */
export const supporterText = {
  supporters: (n: number) => `${n} 人赞赏`,
  authorSupporters: (n: number) => `${n} 人赞赏过`,
  /** Shown where the supporter count goes while the database does not answer. */
  countsUnavailable: '赞赏人数暂时不可用',
  latestSupporters: '最近赞赏的读者',
  anonymous: '匿名读者',
} as const;

export const tipText = {
  ...supporterText,
  button: '赞赏',
  prompt: '喜欢这篇文章？给作者一点鼓励。',
  title: (name: string) => `赞赏 ${name}`,
  notSetUp: '这位作者还没有开通赞赏。你的支持可以先留在心里，或者把文章分享给更多人。',
  back: '返回作者主页',
  backToArticle: (title: string) => `返回《${title}》`,
  close: '关闭',
  amount: '金额',
  yuan: (yuan: string) => `¥${yuan}`,
  customAmount: '其他金额（元）',
  customHint: (min: number, max: number) => `填写后以此为准：${min} 到 ${max} 元，最多两位小数。`,
  method: '赞赏方式',
  methods: { wechat: '微信', alipay: '支付宝', link: '支付链接' },
  code: { wechat: (name: string) => `${name}的微信收款码`, alipay: (name: string) => `${name}的支付宝收款码` },
  scan: { wechat: '用微信扫一扫', alipay: '用支付宝扫一扫' },
  scanAmount: (yuan: string | undefined) => (yuan ? `扫码后输入 ¥${yuan}` : '扫码后输入你选的金额'),
  payLink: (label: string, yuan: string) => `${label}：支付 ¥${yuan}`,
  payLinkAmounts: (label: string) => `${label}，选择金额：`,
  newTab: '（在新标签页打开）',
  message: '留言（可选）',
  messageCount: (used: number, max: number) => `${used}/${max}`,
  confirm: '我已赞赏',
  confirming: '正在记录…',
  confirmHint: '付款后点“我已赞赏”，这次赞赏会记在文章下。',
  thanks: '谢谢你的赞赏！',
  yourMessage: '你的留言：',
  done: '完成',
  errors: {
    amount: (min: number, max: number) => `请选择金额，或填写 ${min} 到 ${max} 元之间的金额（最多两位小数）。`,
    method: '请选择赞赏方式。',
    message: (max: number) => `留言最多 ${max} 字。`,
    invalid: '有些内容没有填对，请检查后再试。',
    'unknown-article': '找不到这篇文章，赞赏没有记录。',
    'rate-limited': '操作太频繁了，请过一会儿再试。',
    unavailable: '现在无法记录赞赏，请稍后再试。你的付款不受影响。',
    network: '网络出了问题，请再点一次“我已赞赏”。',
    article: '没有指明要赞赏的文章。',
    idempotencyKey: '这次赞赏缺少有效的编号，请刷新页面后再试。',
    noDatabaseOnVercel:
      '赞赏记录已关闭：站点运行在 Vercel 上，却没有设置 DATABASE_URL。Vercel 的文件系统只读且不会长久保存，内置数据库无处存放。请把 DATABASE_URL 设为一个 PostgreSQL 数据库的连接地址，再运行 npm run db:migrate。',
  },
  unavailable: '赞赏记录暂时不可用：你仍然可以扫码或通过链接赞赏，只是本站现在记不下来。',
  fromArticle: '从文章末尾的“赞赏”按钮来到这里，赞赏就会记在那篇文章下。',
  signedInAs: (name: string) => `将以“${name}”的名义记录`,
  stayAnonymous: '匿名赞赏（不在文章下显示我的名字）',
} as const;

export const readerText = {
  signIn: '登录',
  signOut: '退出登录',
  menu: (name: string) => `${name} 的账户菜单`,
  unnamed: '读者',
  myPage: '我的主页',
  signInTitle: '登录',
  signInIntro: '登录后，收藏、点赞和阅读记录会跟着你，换一台设备也在。阅读本站任何文章都不需要登录。',
  signInWith: (name: string) => `使用 ${name} 登录`,
  signingIn: '正在跳转…',
  alreadySignedIn: (name: string) => `你已经以“${name}”的身份登录。`,
  continue: '继续',
  loginOff: '本站没有开启登录。所有文章都可以直接阅读，收藏和阅读记录保存在这台设备的浏览器里。',
  localNote: '这些记录只保存在这台设备的浏览器里。',
  localSyncNote: '登录后，这台设备上的收藏和阅读记录会并入你的账户。',
  bookmark: '收藏',
  bookmarked: '已收藏',
  like: '点赞',
  liked: '已点赞',
  count: (label: string, n: number) => `${label} ${n}`,
  signInToLike: '登录后才能点赞',
  remove: '移除',
  removeBookmark: (title: string) => `取消收藏《${title}》`,
  bookmarks: '我的收藏',
  likes: '我的点赞',
  history: '阅读记录',
  tips: '我的赞赏',
  meTitle: '我的主页',
  meDescription: '你的收藏、点赞、阅读记录和赞赏。',
  empty: {
    bookmarks: '还没有收藏文章。在文章里点“收藏”，它就会出现在这里。',
    likes: '还没有点赞过文章。',
    history: '还没有阅读记录。',
    tips: '还没有赞赏记录。',
  },
  progress: (percent: number) => `读到 ${percent}%`,
  finished: '已读完',
  continueReading: (percent: number) => `继续阅读（上次读到 ${percent}%）`,
  dismiss: '不用了',
  removedArticle: (slug: string) => `已下线的文章（${slug}）`,
  tipLine: (yuan: string, method: string) => `¥${yuan} · ${method}`,
  anonymousTip: '匿名',
  unavailable: '暂时不可用：现在读不到你的账户数据，请稍后再试。文章阅读不受影响。',
  errors: {
    unauthorized: '请先登录。',
    forbidden: '这个请求不是从本站发出的。',
    tooLarge: '请求内容太大。',
    unsupportedType: '请求内容必须是 JSON（Content-Type: application/json）。',
    invalid: '请求内容不正确。',
    unknownArticle: '找不到这篇文章。',
    rateLimited: '操作太频繁了，请过一会儿再试。',
    unavailable: '暂时不可用，请稍后再试。',
    methodNotAllowed: (methods: string) => `这个地址只接受 ${methods} 请求。`,
    loginOff: '本站没有开启登录。',
    failed: '没有保存成功，请再试一次。',
  },
} as const;

/** The sign-in error page (/login/error), rendered on the server. */
export const signInErrorText = {
  title: '登录没有完成',
  retry: '重新登录',
  home: '回到首页',
  // next-auth's error codes (?error=…), in words a reader understands.
  reasons: {
    OAuthSignin: '无法连接登录服务，请稍后再试。',
    OAuthCallback: '登录服务没有确认你的身份：可能是你取消了登录，或者登录已过期。',
    OAuthCreateAccount: '无法创建账户，请稍后再试。',
    OAuthAccountNotLinked: '这个身份已经和另一个账户关联。',
    Callback: '登录没有完成：你可能取消了登录，或者登录服务返回了错误。请重新登录。',
    AccessDenied: '你取消了登录，或者没有访问权限。',
    Configuration: '站点的登录设置有误，请联系站长。',
    Verification: '登录链接已失效，请重新登录。',
    Default: '登录时出了问题，请重新登录。',
  },
} as const;

/** The reading settings panel (components/reading-settings.tsx). */
export const readingSettingsText = {
  button: '阅读设置',
  size: '字号',
  sizes: { sm: '小', md: '标准', lg: '大', xl: '特大', '2xl': '超大' },
  spacing: '行距',
  spacings: { normal: '标准', loose: '宽松' },
  reset: '恢复默认',
} as const;

export const shareText = {
  button: '分享',
  copy: '复制链接',
  copied: '已复制',
  copyFailed: '复制失败，请从地址栏复制链接',
  weibo: '分享到微博',
  wechat: '微信扫一扫，分享给朋友',
  qr: '本文链接的二维码',
} as const;

export const previewText = {
  banner: '草稿预览 · 未公开',
  draft: '草稿',
  scheduled: (when: string) => `定时发布于 ${when}`,
  exit: '退出预览',
  devNote: '开发模式：草稿对所有人可见。',
  draftsTitle: '草稿与定时发布',
  draftsDescription: '尚未公开的文章：只有作者本人、编辑和持有预览链接的人能看到。',
  draftsEmpty: '没有你可以预览的未公开文章。',
  modified: (when: string) => `最后修改 ${when}`,
  open: '预览',
  makeLink: '生成预览链接',
  linkLabel: (title: string) => `《${title}》的预览链接`,
  linkNote: (days: number) => `链接 ${days} 天内有效，任何拿到它的人都能看到这篇文章，请只发给需要的人。`,
  noSecret: '站点没有设置 PREVIEW_SECRET，无法生成预览链接。',
  errorTitle: '预览链接无效',
  errors: {
    expired: '这个预览链接已经过期。请向作者要一个新的链接。',
    invalid: '这个预览链接不完整或被改动过，无法打开。请确认复制了完整的链接。',
    unknown: '这篇文章不存在，或者已经删除。',
    forbidden: '你没有预览这篇文章的权限：只有作者本人和编辑可以预览。',
    off: '站点没有开启预览链接（没有设置 PREVIEW_SECRET）。',
  },
  home: '回到首页',
} as const;

/** Comments under an article: the list island, the form and what the comment endpoints answer. */
/** The comment count and the list's placeholder, on every article's first load; the rest comes with the comments' own code. */
export const commentCountText = {
  title: '评论',
  count: (n: number) => `${n} 条评论`,
  loading: '正在加载评论…',
} as const;

export const commentText = {
  ...commentCountText,
  authorBadge: '作者',
  editorBadge: '编辑',
  pending: '你的评论已提交，审核通过后会显示。',
  posted: '评论已发表。',
  withdrawn: '这条评论已被作者撤回。',
  anonymousReader: '读者',
  /** The section under an article, and the page of its comments that works without JavaScript. */
  section: '评论区',
  empty: '还没有评论，来说第一句吧。',
  readAll: (title: string) => `在单独页面阅读《${title}》的评论`,
  pageTitle: (title: string) => `《${title}》的评论`,
  backToArticle: '回到文章',
  sort: { label: '排序', oldest: '最早', newest: '最新' },
  reply: '回复',
  replyTo: (name: string) => `回复 @${name}`,
  cancelReply: '取消回复',
  edit: '修改',
  save: '保存',
  cancel: '取消',
  remove: '删除',
  confirmRemove: '确定删除这条评论？',
  edited: '已修改',
  ownWindow: '发表后 10 分钟内可以修改或删除。',
  previousPage: '上一页评论',
  nextPage: '下一页评论',
  pageOf: (page: number, pages: number) => `第 ${page} / ${pages} 页`,
  form: {
    label: '写评论',
    body: '评论内容',
    bodyHint: (max: number) => `支持链接、代码和引用（Markdown），最多 ${max} 字。`,
    name: '昵称',
    email: '邮箱（选填，不会公开）',
    site: '网站（选填）',
    honeypot: '请不要填写这一栏',
    submit: '发表评论',
    submitting: '正在发表…',
    signInToComment: '登录后发表评论',
    guestNote: '游客的评论需要审核后才会显示。',
    signedInAs: (name: string) => `以 ${name} 的身份评论`,
  },
  errors: {
    closed: '这篇文章没有开启评论。',
    unknownArticle: '找不到这篇文章。',
    loginRequired: '请先登录再发表评论。',
    nameRequired: '请填写昵称。',
    empty: '评论内容不能为空。',
    tooLong: (max: number) => `评论不能超过 ${max} 个字。`,
    invalid: '评论内容不正确。',
    noSuchComment: '要回复的评论不存在。',
    bot: '这条评论像是自动程序提交的，没有发表。',
    blocked: '你已被禁止在本站发表评论。',
    duplicate: '你已经发表过同样的评论。',
    rateLimited: '评论太频繁了，请过一会儿再试。',
    unavailable: '评论暂时不可用，请稍后再试。文章阅读不受影响。',
    invalidQuery: '排序或页码不正确。',
    notYours: '找不到这条评论，或者它不是你发表的。',
    tooLate: '发表超过 10 分钟的评论不能再修改或删除。',
    network: '网络出了问题，请再试一次。',
  },
  /** /moderation: where authors and editors decide on the comments under their articles. */
  moderation: {
    title: '评论审核',
    description: '通过、隐藏或删除你的文章下的评论（编辑：全部文章）。',
    link: '评论审核',
    signedOut: '请先登录：只有文章的作者和编辑可以审核评论。',
    signIn: '登录',
    nothingToModerate: '这里没有需要你审核的评论：只有文章的作者和编辑可以审核评论。',
    unavailable: '评论暂时不可用：现在读不到评论数据，请稍后再试。',
    tabs: '评论状态',
    statuses: { pending: '待审核', approved: '已通过', hidden: '已隐藏', spam: '垃圾' },
    empty: { pending: '没有待审核的评论。', approved: '还没有通过的评论。', hidden: '没有隐藏的评论。', spam: '没有标为垃圾的评论。' },
    newestOnly: (shown: number, total: number) => `共 ${total} 条，这里列出最新的 ${shown} 条。`,
    onlyArticle: (title: string) => `只显示《${title}》下的评论。`,
    allArticles: '显示全部文章的评论',
    writer: { reader: '登录读者', guest: '游客' },
    withdrawn: '已被作者撤回',
    actionsFor: (name: string) => `处理 ${name} 的评论`,
    actions: { approve: '通过', hide: '隐藏', spam: '标为垃圾', delete: '删除', block: '屏蔽评论者' },
    confirmDelete: '删除后无法恢复，它的回复会留下。只想不让读者看到，请用“隐藏”。',
    deleteNow: '确认删除',
    confirmBlock: '屏蔽后，这位评论者不能再发表评论；已有的评论不受影响。',
    blockNow: '确认屏蔽',
    cannotBlock: '这位游客没有留下邮箱，无法屏蔽。',
    done: {
      approve: '评论已通过，读者现在可以看到它。',
      hide: '评论已隐藏：读者看不到它，它仍保留在“已隐藏”里。',
      spam: '评论已标为垃圾：读者看不到它，它仍保留在“垃圾”里。',
      delete: '评论已删除。',
      block: '已屏蔽这位评论者：今后不能再发表评论。',
    },
    errors: {
      invalid: '请求不正确，请刷新页面再试。',
      'not-found': '这条评论已经不存在，可能已被别人删除。',
      forbidden: '你不能审核这篇文章下的评论。',
      'no-email': '这位游客没有留下邮箱，无法屏蔽。',
      self: '不能屏蔽你自己。',
      unavailable: '评论暂时不可用，没有保存成功，请稍后再试。',
    },
  },
} as const;

export const errorText = {
  title: '页面出错了',
  body: '加载这个页面时出了问题。请稍后再试。',
  retry: '重试',
} as const;

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
  reader: { ...readerText, signInError: signInErrorText },
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
