/** The article page around the body, rendered on the server. */
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
