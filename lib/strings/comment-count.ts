/** The comment count and the list's placeholder, on every article's first load; the rest comes with the comments' own code. */
export const commentCountText = {
  title: '评论',
  count: (n: number) => `${n} 条评论`,
  loading: '正在加载评论…',
} as const;
