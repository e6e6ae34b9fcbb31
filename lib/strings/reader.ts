/**
 * What the reader's islands on every page say: the account menu, the sign-in buttons, bookmark and
 * like, reading progress. The account pages' text is in ./account, the endpoints' in ./reader-errors.
 */
export const readerText = {
  signIn: '登录',
  signOut: '退出登录',
  menu: (name: string) => `${name} 的账户菜单`,
  unnamed: '读者',
  myPage: '我的主页',
  signInWith: (name: string) => `使用 ${name} 登录`,
  signingIn: '正在跳转…',
  bookmark: '收藏',
  bookmarked: '已收藏',
  like: '点赞',
  liked: '已点赞',
  count: (label: string, n: number) => `${label} ${n}`,
  signInToLike: '登录后才能点赞',
  remove: '移除',
  removeBookmark: (title: string) => `取消收藏《${title}》`,
  progress: (percent: number) => `读到 ${percent}%`,
  finished: '已读完',
  continueReading: (percent: number) => `继续阅读（上次读到 ${percent}%）`,
  dismiss: '不用了',
  unavailable: '暂时不可用：现在读不到你的账户数据，请稍后再试。文章阅读不受影响。',
  /** A bookmark, like or removal that was not saved, when the server gave no reason of its own. */
  saveFailed: '没有保存成功，请再试一次。',
} as const;
