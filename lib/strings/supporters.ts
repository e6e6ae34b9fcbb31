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
